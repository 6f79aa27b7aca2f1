// `npm start`: check the bundled examples with the CLI. The examples hold deliberate mistakes, so
// findings (exit 1) are the expected outcome here; only a crash or a usage error (exit 2) fails.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status === 1) console.log('\nThe examples contain deliberate mistakes: the findings above are what UC Config is for.');
process.exit(r.status === 2 || r.status === null ? 1 : 0);
