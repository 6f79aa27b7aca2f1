// dist/cli.js runs the checker bundle from V8's code cache (server/cli/launch.ts): written after a first
// check in the user's cache folder, used by the next runs, written again when V8 refuses it or it is of
// another build; a cache that cannot be read or written changes nothing the user sees.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { parseArgs, runCheck } from '../../server/cli';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const FOLDER = path.resolve(__dirname, '../fixtures/expressway');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-cache-'));
after(() => fs.rmSync(home, { recursive: true, force: true }));

const run = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', XDG_CACHE_HOME: home, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const check = (env: Record<string, string> = {}) => run(env, 'check', '--format', 'json', FOLDER);
const cacheFiles = () => (fs.existsSync(path.join(home, 'uc-config')) ? fs.readdirSync(path.join(home, 'uc-config')) : []);
const cacheFile = () => {
  const files = cacheFiles();
  assert.equal(files.length, 1, files.join(', '));
  return path.join(home, 'uc-config', files[0]);
};

test('the same findings with and without the code cache, whatever state the cache is in', () => {
  const plain = check({ UC_CONFIG_CODE_CACHE: 'off' });
  assert.equal(plain.status, 1, plain.stderr);
  assert.ok(JSON.parse(plain.stdout).length > 0);
  assert.deepEqual(cacheFiles(), [], 'UC_CONFIG_CODE_CACHE=off writes no cache');

  // --version compiles next to nothing of a check: no cache from it.
  assert.equal(run({}, '--version').status, 0);
  assert.deepEqual(cacheFiles(), []);

  // The first check writes the cache, named by the bundle's place and starting with the build it holds.
  assert.deepEqual(check(), plain);
  const file = cacheFile();
  assert.match(path.basename(file), /^cli-[0-9a-f]{16}\.cache$/);
  assert.match(fs.readFileSync(file).subarray(0, 32).toString('latin1'), /^[0-9a-f]{32}$/);

  // The next run uses it and leaves it as it is.
  const written = fs.statSync(file);
  assert.deepEqual(check(), plain);
  assert.equal(fs.statSync(file).ino, written.ino);
  assert.equal(fs.statSync(file).mtimeMs, written.mtimeMs);

  // The header names what the cache's code covers: the kinds of file checked and the output format.
  const bytes = fs.readFileSync(file);
  const headerEnd = bytes.indexOf(10) + 1;
  assert.equal(bytes.toString('latin1', 32, headerEnd - 1), 'certificate,dns,expressway-xconfiguration,json');

  // Damaged after the header: V8 refuses it, the bundle is compiled as usual and the cache written again.
  fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, headerEnd), Buffer.alloc(bytes.length - headerEnd, 0x5a)]));
  assert.deepEqual(check(), plain);
  assert.notDeepEqual(fs.readFileSync(file).subarray(headerEnd, headerEnd + 32), Buffer.alloc(32, 0x5a));

  // Another build's cache (its header differs) is not given to V8 at all, and replaced.
  fs.writeFileSync(file, Buffer.concat([Buffer.from('0'.repeat(32)), bytes.subarray(32)]));
  assert.deepEqual(check(), plain);
  assert.deepEqual(fs.readFileSync(file).subarray(0, 32), bytes.subarray(0, 32));

  // A truncated file and an empty one.
  fs.writeFileSync(file, bytes.subarray(0, 20));
  assert.deepEqual(check(), plain);
  fs.writeFileSync(file, '');
  assert.deepEqual(check(), plain);
  assert.ok(fs.statSync(cacheFile()).size > 1000);

  // A run that uses code the cache does not hold (another kind of file, another format) writes it again
  // with both; runs of either then leave it as it is.
  const jabber = path.resolve(__dirname, '../../examples/jabber-config.xml');
  const before = fs.readFileSync(cacheFile()).length;
  assert.equal(run({}, 'check', jabber).status, run({ UC_CONFIG_CODE_CACHE: 'off' }, 'check', jabber).status);
  const grown = fs.readFileSync(cacheFile());
  assert.equal(grown.toString('latin1', 32, grown.indexOf(10)), 'certificate,dns,expressway-xconfiguration,jabber-config,json,text');
  assert.ok(grown.length > before);
  const ino = fs.statSync(cacheFile()).ino;
  assert.deepEqual(check(), plain);
  run({}, 'check', jabber);
  assert.equal(fs.statSync(cacheFile()).ino, ino);
});

test('a cache folder that cannot be written changes nothing', () => {
  const plain = check({ UC_CONFIG_CODE_CACHE: 'off' });
  // XDG_CACHE_HOME names a file: the cache folder cannot be made.
  const notAFolder = path.join(home, 'a-file');
  fs.writeFileSync(notAFolder, 'x');
  assert.deepEqual(check({ XDG_CACHE_HOME: notAFolder }), plain);
  // A relative XDG_CACHE_HOME is not used: nothing is written in the folder the check runs in.
  const cwd = fs.mkdtempSync(path.join(home, 'cwd-'));
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', FOLDER], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', XDG_CACHE_HOME: 'relative' },
  });
  assert.equal(r.stdout, plain.stdout);
  assert.deepEqual(fs.readdirSync(cwd), []);
});

test('the process exits once its output is written: a large report arrives whole through a pipe', () => {
  // More JSON than a pipe holds (64 KB), read through a pipe (spawnSync) as a CI step or `| jq` reads it,
  // against the same check run in this process.
  const folder = path.join(home, 'deployments');
  for (let i = 0; i < 60; i++) fs.cpSync(path.join(FOLDER, i % 2 ? 'site-b' : 'site-a'), path.join(folder, `customer-${i}`), { recursive: true });
  const r = run({}, 'check', '--format', 'json', folder);
  const opts = parseArgs(['check', '--format', 'json', folder], { LANG: 'C' });
  assert.ok(!('message' in opts));
  const inProcess = runCheck(opts);
  assert.equal(r.status, inProcess.exitCode);
  assert.ok(r.stdout.length > 70_000, String(r.stdout.length));
  assert.equal(r.stdout, inProcess.output + '\n');
});
