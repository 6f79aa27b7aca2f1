// dist/cli.js, the `uc-config` command: starts the checker (dist/cli-core.js, bundled from server/cli.ts)
// from V8's code cache. A command-line run is short, so compiling the 430 KB bundle and each function it
// calls for the first time is a good part of it; the cache holds the bytecode of every function a check
// has compiled, written after the first check in the user's cache folder and read by the next runs.
// Node 20 has no module.enableCompileCache, so this is what v8-compile-cache does: the module compiled
// with vm.Script and `cachedData`. The cache is named after the bundle's content (and node's version),
// because V8 itself only compares the source's length; V8 rejects a cache of another node or other flags,
// and then the bundle is compiled as usual and the cache written again. Reading or writing the cache
// never changes what the CLI does: any failure there is silent, and the check runs as without it.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import * as vm from 'node:vm';

type Core = typeof import('../cli');

const CORE = path.join(__dirname, 'cli-core.js');
/** The cache file starts with this many characters naming the bundle and node it was made for (see load). */
const BUILD_LENGTH = 32;

/** The user's cache folder (XDG_CACHE_HOME, ~/.cache, ~/Library/Caches, %LOCALAPPDATA%), or none: then no cache. */
function cacheFolder(): string | undefined {
  const env = process.env;
  if (env.UC_CONFIG_CODE_CACHE === 'off') return undefined;
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? env.LOCALAPPDATA
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Caches')
        : path.join(os.homedir(), '.cache'));
  return base && path.isAbsolute(base) ? path.join(base, 'uc-config') : undefined;
}

/**
 * The bundle run from the code cache when there is one. The cache file is the build it was made for
 * (BUILD_LENGTH characters), the uses its code covers (`uses`, comma-separated: the kinds of file
 * checked, the output format), a line feed, then V8's data. `save(used)` writes it when there was none,
 * when V8 refused it, or when this run used more (a cache made by checking one jabber-config holds no
 * deployment code): V8's data after a run holds what was read from the cache and what the run compiled.
 */
function load(): { core: Core; save: (used: string[]) => void } {
  const fallback = () => ({ core: createRequire(CORE)(CORE) as Core, save: () => undefined });
  let script: vm.Script;
  let file: string | undefined;
  let folder: string | undefined;
  let cached: Buffer | undefined;
  let build: Buffer | undefined;
  let uses: string[] = [];
  try {
    const bytes = fs.readFileSync(CORE);
    const source = bytes.toString('utf8');
    folder = cacheFolder();
    if (folder) {
      // One cache file per installed bundle (named by its path), starting with the build it holds.
      file = path.join(folder, `cli-${createHash('sha256').update(CORE).digest('hex').slice(0, 16)}.cache`);
      build = Buffer.from(createHash('sha256').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, BUILD_LENGTH));
      try {
        const saved = fs.readFileSync(file);
        const end = saved.indexOf(10, BUILD_LENGTH);
        if (end > 0 && end < 1024 && saved.subarray(0, BUILD_LENGTH).equals(build)) {
          uses = saved.toString('latin1', BUILD_LENGTH, end).split(',').filter(Boolean);
          cached = saved.subarray(end + 1);
        }
      } catch {
        cached = undefined;
      }
    }
    script = new vm.Script(wrap(source), { filename: CORE, cachedData: cached });
  } catch {
    return fallback();
  }
  const mod = { exports: {} as Core, id: CORE, filename: CORE, loaded: false };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run.call(mod.exports, mod.exports, createRequire(CORE), mod, CORE, path.dirname(CORE));
  mod.loaded = true;
  const fresh = !cached || script.cachedDataRejected === true;
  const save = (used: string[]) => {
    const all = [...new Set([...(fresh ? [] : uses), ...used])].sort();
    if (!file || !folder || !build || (!fresh && all.length === uses.length)) return;
    try {
      const data = script.createCachedData();
      fs.mkdirSync(folder, { recursive: true });
      // The caches of bundles not run for a month (an install removed, say) are of no further use.
      const monthAgo = Date.now() - 30 * 86_400_000;
      for (const old of fs.readdirSync(folder)) {
        const p = path.join(folder, old);
        if (/^cli-\w+\.cache$/.test(old) && fs.statSync(p).mtimeMs < monthAgo) fs.rmSync(p, { force: true });
      }
      // Written whole under another name first, so a run reading it at the same moment sees the old file or the new one.
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, Buffer.concat([build, Buffer.from(`${all.join(',')}\n`, 'latin1'), data]));
        fs.renameSync(tmp, file);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    } catch {
      /* no cache this time: the next run compiles the bundle as this one did */
    }
  };
  return { core: mod.exports, save };
}

/** What node wraps a CommonJS module in (module.wrap), so the bundle sees the usual exports, require, module, __filename, __dirname. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

// A check is over in a fraction of a second, and V8 otherwise starts optimising the rules' functions with
// TurboFan after a few milliseconds of use, on a second thread: for a folder of 50 deployments that cost
// ~80 ms of CPU time (more than it saved), for 500 deployments ~350 ms. Sixteen times V8's budget (67 584
// bytes of bytecode run before a function is optimised) leaves TurboFan the functions that run long (a
// 25 000-parameter jabber-config checks as fast or faster) and the rest to the baseline compiler; 8× and
// 32× measured within a few per cent of it. Set for the command only, before the bundle is compiled (V8's
// code cache records the flags it was made with).
if (require.main === module) setFlagsFromString('--interrupt-budget=1081344');

const { core, save } = load();
module.exports = core;

if (require.main === module) {
  const used = core.main();
  // Only a check (or a settings export) has compiled what the next check needs; --help and --version have not.
  if (used.length) save(used);
  // Nothing is left to do once the output has reached the system: exit then (with process.exitCode), rather
  // than let node tear the process down, which finished a garbage collection V8 had started (~10 ms).
  let open = 2;
  const done = () => {
    if (--open === 0) process.exit();
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
