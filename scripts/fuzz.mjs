// The long fuzz run: the properties of every test/**/fuzz-*.test.ts — fuzz-robustness (every format, hostile
// input), fuzz-hostile-xml and fuzz-hostile-settings (deep, wide and
// aliased shapes of every reader) with many more cases.
// Usage: npm run fuzz [-- RUNS [SEED]]   (default 2000 cases per property, a random seed).
// The seed is printed first (and by fast-check with the shrunk counterexample of any failure); re-run a
// failure with that seed. `npm test` runs the same properties with few cases from a fixed seed
// (test/fuzz.ts), so its verdict never changes from one run to the next.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const [runs = '2000', given] = process.argv.slice(2);
const seed = given ?? process.env.FUZZ_SEED ?? String(randomInt(2 ** 31 - 1));
const env = { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed };
console.log(`fuzz: ${runs} runs per property, seed ${seed} (again: npm run fuzz -- ${runs} ${seed})`);
// Every property file: test/**/fuzz-*.test.ts.
const files = readdirSync('test', { recursive: true })
  .filter((f) => /(^|[/\\])fuzz-[^/\\]*\.test\.ts$/.test(f))
  .sort()
  .map((f) => join('test', f));
const r = spawnSync(process.execPath, [join(import.meta.dirname, 'run-tests.mjs'), ...files], { stdio: 'inherit', env });
if (r.status !== 0) console.log(`fuzz failed with seed ${seed}; again: npm run fuzz -- ${runs} ${seed}`);
process.exit(r.status ?? 1);
