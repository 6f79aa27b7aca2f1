// The CLI as CI pipelines use it: the built dist/cli.js, its formats and exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

function tmpFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

const GOOD = '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Policies><EnableVideo>true</EnableVideo></Policies></config>\n';
const WARN = '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Policies><EnableVidoe>true</EnableVidoe></Policies></config>\n';
const BROKEN = '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Policies><EnableVideo>true</Policies></config>\n';

test('exit 0 on warnings only, 1 on an error', () => {
  assert.equal(run('check', tmpFile('jabber-config.xml', GOOD)).status, 0);
  const w = run('check', tmpFile('jabber-config.xml', WARN));
  assert.equal(w.status, 0);
  assert.match(w.stdout, /2:\d+\s+warning\s+Unknown parameter <EnableVidoe>.*unknown-parameter/);
  const e = run('check', tmpFile('jabber-config.xml', BROKEN));
  assert.equal(e.status, 1);
  assert.match(e.stdout, /1 error\(s\)/);
});

test('--format json is an array of {file, range, severity, code, message, source}', () => {
  const f = tmpFile('jabber-config.xml', WARN);
  const out = JSON.parse(run('check', '--format', 'json', f).stdout);
  assert.equal(out.length, 1);
  assert.deepEqual(Object.keys(out[0]).sort(), ['code', 'file', 'message', 'range', 'severity', 'source']);
  assert.equal(out[0].code, 'unknown-parameter');
  assert.equal(out[0].severity, 'warning');
});

test('--format sarif is SARIF 2.1.0 with rules and locations', () => {
  const sarif = JSON.parse(run('check', '--format', 'sarif', tmpFile('jabber-config.xml', WARN)).stdout);
  assert.equal(sarif.version, '2.1.0');
  const r = sarif.runs[0].results[0];
  assert.equal(r.ruleId, 'unknown-parameter');
  assert.equal(r.locations[0].physicalLocation.region.startLine, 2);
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'unknown-parameter'));
});

test('--mra turns on the MRA checks, --severity re-grades, folders are walked by file pattern', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-dir-'));
  fs.writeFileSync(
    path.join(dir, 'jabber-config.xml'),
    '<?xml version="1.0"?>\n<config version="1.0"><Client><PrtLogServerURL>https://p.example.com/u</PrtLogServerURL></Client></config>',
  );
  fs.writeFileSync(path.join(dir, 'notes.xml'), '<not-ours/>');
  assert.doesNotMatch(run('check', dir).stdout, /mra-unsupported/);
  const mra = run('check', '--mra', dir);
  assert.match(mra.stdout, /mra-unsupported/);
  assert.doesNotMatch(mra.stdout, /notes\.xml/);
  const re = run('check', '--mra', '--severity', 'mra-unsupported=error', dir);
  assert.equal(re.status, 1);
});

test('--locale ko speaks Korean', () => {
  const out = run('check', '--locale', 'ko', tmpFile('jabber-config.xml', WARN)).stdout;
  assert.match(out, /알 수 없는 매개 변수/);
  // The count line too, not only the messages.
  assert.match(out, /파일 1개 검사: 오류 0개, 경고 1개/);
  assert.doesNotMatch(out, /checked/);
});

test('usage errors exit 2 with the usage text', () => {
  const r = run('check', '--format', 'xml', 'x');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: uc-config check/);
  assert.equal(run('--help').status, 0);
  assert.equal(run('check', '/no/such/file.xml').status, 2);
});

test('the bundled examples are all checked and each format reports its deliberate mistakes (npm start)', () => {
  const r = run('check', '--format', 'json', path.resolve(__dirname, '../../examples'));
  assert.notEqual(r.status, 2, r.stderr);
  const files = new Set<string>(JSON.parse(r.stdout).map((d: { file: string }) => path.basename(d.file)));
  assert.ok(files.has('jabber-config.xml'));
  assert.ok(
    [...files].some((f) => f.includes('.appconfig.')),
    [...files].join(','),
  );
  assert.ok(
    [...files].some((f) => f.includes('.expressway.') || f.includes('.cucm.')),
    [...files].join(','),
  );
});

test('a folder of jabber-config files named otherwise is checked: formats are recognised by content', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-sniff-'));
  // Group configuration files have any name (TAC 213406 names one jabber-config-test.xml; sites use anything).
  fs.writeFileSync(path.join(dir, 'emea-group.xml'), WARN);
  fs.writeFileSync(
    path.join(dir, 'pair.yaml'),
    'expressway:\n  version: X14.2\n  expresswayC:\n    zones:\n      - type: Unified Communications traversal\n        sip: { tlsVerifyMode: Off }\n',
  );
  fs.writeFileSync(path.join(dir, 'ios.xml'), '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n</dict>\n');
  fs.writeFileSync(path.join(dir, 'other.xml'), '<?xml version="1.0"?>\n<project><config/></project>');
  fs.writeFileSync(path.join(dir, 'notes.yaml'), 'title: not ours\n');
  const r = run('check', '--format', 'json', dir);
  const rows = JSON.parse(r.stdout) as { file: string; code: string }[];
  assert.ok(rows.some((x) => x.file.endsWith('emea-group.xml') && x.code === 'unknown-parameter'));
  assert.ok(rows.some((x) => x.file.endsWith('pair.yaml') && x.code === 'uc-zone-tls-verify-off'));
  assert.ok(!rows.some((x) => /other\.xml|notes\.yaml/.test(x.file)), 'files of no format we check are left alone in a folder walk');
  assert.match(run('check', dir).stdout, /3 files checked/);
});

test('a file named on the command line that is none of ours gets a warning, as ESLint does for an ignored file', () => {
  const f = tmpFile('notes.txt', 'Meeting notes, not a configuration.\n');
  const r = run('check', f);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /1:1\s+warning\s+File ignored: .*file-not-checked/);
  assert.match(r.stdout, /0 files checked: 0 error\(s\), 1 warning\(s\)/, 'the ignored file is not counted as checked');
  // It names every kind of file the CLI reads, the Expressway artifacts included.
  assert.match(r.stdout, /Expressway xConfiguration or xStatus output, certificate or CSR, HTTP allow-list CSV, DNS lookup/);
  assert.equal(run('check', '--max-warnings', '0', f).status, 1);
  assert.doesNotMatch(run('check', '--severity', 'file-not-checked=off', f).stdout, /file-not-checked/);
  // Named explicitly, a <config> root is enough to be checked as a jabber-config.
  assert.match(run('check', tmpFile('group.xml', '<config version="1.0"><Polices/></config>')).stdout, /1 file checked/);
});

const ROOT_PKG = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));

test('--version prints the package.json version; --help documents the exit codes', () => {
  for (const flag of ['--version', '-v']) {
    const r = run(flag);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), ROOT_PKG.version);
  }
  const h = run('--help');
  assert.match(h.stdout, /Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /);
});

test('--name=value is the same as --name value', () => {
  const f = tmpFile('jabber-config.xml', WARN);
  const eq = run('check', '--format=sarif', f);
  const sp = run('check', '--format', 'sarif', f);
  assert.equal(eq.status, 0, eq.stderr);
  assert.equal(eq.stdout, sp.stdout);
  assert.equal(JSON.parse(eq.stdout).version, '2.1.0');
  assert.equal(run('check', '--max-warnings=0', f).status, 1);
  assert.equal(run('check', '--max-warnings=1', f).status, 0);
});

test('option values are validated: a wrong one is exit 2 with a message naming it', () => {
  const f = tmpFile('jabber-config.xml', GOOD);
  for (const args of [
    ['--max-warnings', 'abc'],
    ['--max-warnings=-1'],
    ['--max-warnings', '1.5'],
    ['--severity', 'unknown-parameter=loud'],
    ['--severity', 'nonsense'],
    ['--jabber-release', 'latest'],
    ['--format=xml'],
    ['--mra=yes'],
    ['--max-warnings'],
  ]) {
    const r = run('check', ...args, f);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, /^uc-config: /, args.join(' '));
  }
  assert.match(run('check', '--max-warnings', 'abc', f).stderr, /--max-warnings takes a whole number of 0 or more, not 'abc'/);
});
