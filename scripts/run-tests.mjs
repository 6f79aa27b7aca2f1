// Runs node's built-in test runner over test/unit and test/protocol, or the folders and files given.
// Node 20's --test takes no globs, so the files are found here (every *.test.ts and *.test.mjs).
//
// The TypeScript tests are bundled with esbuild first (their own sources only; packages stay in
// node_modules), one bundle per test file, and node runs the bundles: tsx's loader cost about 0.25 s of
// CPU in each of the ~90 test processes, more than half of some files' whole run, and esbuild writes
// every bundle in about a second. tsx itself compiles with esbuild, so the code run is the same. Each
// module keeps its own __dirname and __filename (fixtures, schemas and dist/ are found beside the
// sources), and stack traces point into the .ts sources (--enable-source-maps).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/protocol'];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.test\.(ts|mjs)$/.test(e)) files.push(p);
  }
};
for (const r of roots) {
  if (statSync(r).isDirectory()) walk(r);
  else files.push(r);
}

// One folder per run, so two runs in one worktree (npm test beside a targeted run) never share bundles.
const cache = path.join(root, 'node_modules', '.cache', 'tests');
const out = path.join(cache, `run-${process.pid}`);
mkdirSync(cache, { recursive: true });
for (const old of readdirSync(cache).filter((e) => e.startsWith('run-'))) {
  // A run that was killed leaves its folder; an hour on, it is nobody's.
  const p = path.join(cache, old);
  if (Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
}
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

/** Each of our modules gets its own file's __dirname and __filename (on its first line, so lines keep their numbers). */
const ownPaths = {
  name: 'own-paths',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      let prefix = `var __filename = ${JSON.stringify(args.path)}, __dirname = ${JSON.stringify(path.dirname(args.path))};`;
      // A module that asks whether it is the program (server/cli.ts) is not one inside a test's bundle.
      if (/\brequire\.main\b/.test(text)) prefix += ` var module = { id: ${JSON.stringify(args.path)} };`;
      return { contents: prefix + text, loader: 'ts' };
    });
  },
};

const typescript = files.filter((f) => f.endsWith('.ts'));
const bundling = Date.now();
// esbuild prints what it cannot build; the run stops there.
await esbuild
  .build({
    entryPoints: typescript.map((f) => path.resolve(f)),
    outbase: root,
    outdir: out,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [ownPaths],
  })
  .catch(() => process.exit(1));
console.log(`bundled ${typescript.length} test files in ${((Date.now() - bundling) / 1000).toFixed(1)} s`);
const runnable = files.map((f) => (f.endsWith('.ts') ? path.join(out, path.relative(root, path.resolve(f))).replace(/\.ts$/, '.js') : f));

// The longest files start first (as long as they took last time; a file not seen yet counts as long),
// so no long file starts last and runs alone while the other core idles.
const timesFile = path.join(cache, 'durations.json');
const readTimes = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return {};
  }
};
const times = readTimes(timesFile);
const source = (f) => path.relative(root, path.resolve(f));
const order = (f) => times[source(f)] ?? Infinity;
const jobs = files.map((f, i) => ({ file: f, run: runnable[i] })).sort((a, b) => order(b.file) - order(a.file));
const thisRun = path.join(out, 'durations.json');

// Node runs one file at a time on two cores (its default is one less than the cores); the files spend
// much of their time starting processes and waiting on the server, so one file per core keeps both busy.
// TEST_CONCURRENCY overrides it.
const concurrency = Number(process.env.TEST_CONCURRENCY ?? Math.max(2, availableParallelism()));
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
reporters.push(`--test-reporter=${pathToFileURL(path.join(import.meta.dirname, 'test-durations.mjs'))}`, `--test-reporter-destination=${thisRun}`);
const r = spawnSync(process.execPath, ['--enable-source-maps', '--test', `--test-concurrency=${concurrency}`, ...reporters, ...jobs.map((j) => j.run)], {
  stdio: 'inherit',
});
// Bundles are named after their sources; a targeted run updates the times of its own files only.
const measured = Object.entries(readTimes(thisRun)).map(([f, ms]) => [
  f.startsWith(out) ? path.relative(out, f).replace(/\.js$/, '.ts') : path.relative(root, f),
  ms,
]);
writeFileSync(timesFile, JSON.stringify({ ...readTimes(timesFile), ...Object.fromEntries(measured) }, null, 1));
process.exit(r.status ?? 1);
