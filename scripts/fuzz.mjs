// The long fuzz run: the same properties as test/unit/fuzz-robustness.test.ts (every format, hostile
// input), test/unit/fuzz-hostile-xml.test.ts and test/unit/fuzz-hostile-settings.test.ts (deep, wide and
// aliased shapes of every reader) with many more cases.
// Usage: npm run fuzz [-- RUNS [SEED]]   (default 2000 cases per property, a random seed).
// fast-check prints the seed and the shrunk counterexample of any failure; re-run with that seed.
import { spawnSync } from 'node:child_process';

const [runs = '2000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
console.log(`fuzz: ${runs} runs per property${seed ? `, seed ${seed}` : ''}`);
const r = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    'test/unit/fuzz-robustness.test.ts',
    'test/unit/fuzz-hostile-xml.test.ts',
    'test/unit/fuzz-hostile-settings.test.ts',
  ],
  { stdio: 'inherit', env },
);
process.exit(r.status ?? 1);
