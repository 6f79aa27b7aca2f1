// The CLI's findings must not change when its checks are made faster. `uc-config check --format json`
// runs on the Expressway corpus, on the fixture sites and on a generated folder of several deployments
// (with variations: a verify mode changed, certificates absent, a settings file and a jabber-config
// beside the dumps, CRLF line ends), and its output is compared with the output recorded before the
// speed work (test/fixtures/cli-expected/). A change of findings on purpose is recorded again with
//   UPDATE_CLI_EXPECTED=1 node scripts/run-tests.mjs test/unit/cli-findings-stable.test.ts
// and reviewed in the diff. The clock is fixed, so certificate validity reads the same on any day.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, mock, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runCheck } from '../../server/cli';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const ROOT = path.resolve(__dirname, '../..');
const EXPECTED = path.join(ROOT, 'test/fixtures/cli-expected');
const SITES = path.join(ROOT, 'test/fixtures/expressway');
const CORPUS = path.resolve(ROOT, '../shared/corpus/expressway');
const UPDATE = process.env.UPDATE_CLI_EXPECTED === '1';

/**
 * The JSON output, with what it leaves out of each diagnostic (related information, quick-fix data)
 * beside it, and the path of `base` (the checked folder) taken out, so it reads the same on every machine.
 */
function check(folder: string, base = folder): unknown[] {
  const { output, results } = runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [folder] });
  const extras = results.flatMap((r) => r.diagnostics.map((d) => ({ relatedInformation: d.relatedInformation, data: d.data })));
  const rows = JSON.parse(output) as { file: string }[];
  assert.equal(rows.length, extras.length);
  const url = pathToFileURL(base).toString();
  const rel = (text: string) => text.split(url).join('<folder>');
  return rows.map((r, i) => ({
    ...r,
    file: path.relative(base, path.resolve(r.file)).replace(/\\/g, '/'),
    ...(JSON.parse(rel(JSON.stringify(extras[i]))) as object),
  }));
}

function compare(name: string, actual: unknown[]): void {
  const file = path.join(EXPECTED, `${name}.json`);
  if (UPDATE) {
    fs.mkdirSync(EXPECTED, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    return;
  }
  assert.deepEqual(actual, JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Several deployments in one folder: the two fixture sites, copied, and variations of them. */
function generatedFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-stable-'));
  const site = (name: string, from: 'site-a' | 'site-b') => {
    const to = path.join(dir, name);
    fs.cpSync(path.join(SITES, from), to, { recursive: true });
    return to;
  };
  const edit = (file: string, f: (text: string) => string) => fs.writeFileSync(file, f(fs.readFileSync(file, 'utf8')));
  for (let i = 0; i < 4; i++) site(`customer-${i}`, i % 2 ? 'site-b' : 'site-a');
  edit(path.join(site('verify-on', 'site-a'), 'expc.txt'), (t) => t.replace('TLS Verify Mode: "Off"', 'TLS Verify Mode: "On"'));
  const noCerts = site('no-certificates', 'site-b');
  for (const f of fs.readdirSync(noCerts)) if (f.endsWith('.pem')) fs.rmSync(path.join(noCerts, f));
  const withFiles = site('with-settings', 'site-b');
  fs.copyFileSync(path.join(ROOT, 'examples/mra-pair.expressway.yaml'), path.join(withFiles, 'mra-pair.expressway.yaml'));
  fs.copyFileSync(path.join(ROOT, 'examples/jabber-config.xml'), path.join(withFiles, 'jabber-config.xml'));
  edit(path.join(site('crlf', 'site-a'), 'expe.txt'), (t) => t.replace(/\r?\n/g, '\r\n'));
  fs.copyFileSync(path.join(CORPUS, 'xconfiguration/tac212475-04-expc-traversalclient-zone6.txt'), path.join(site('with-excerpt', 'site-a'), 'excerpt.txt'));
  return dir;
}

let generated = '';
before(() => {
  mock.timers.enable({ apis: ['Date'], now: new Date('2030-01-01T12:00:00Z') });
  generated = generatedFolder();
});
after(() => {
  mock.timers.reset();
  fs.rmSync(generated, { recursive: true, force: true });
});

test('the findings on the Expressway corpus are the recorded ones', () => {
  compare('corpus-expressway', check(CORPUS));
});

test('the findings on the fixture sites are the recorded ones', () => {
  compare('fixture-sites', check(SITES));
});

test('the findings on a generated folder of several deployments are the recorded ones', () => {
  const rows = check(generated);
  assert.ok(rows.length > 20, `findings expected in the generated folder, got ${rows.length}`);
  compare('generated-deployments', rows);
});

test('a folder of deployments gives each deployment the findings it has alone', () => {
  // Whatever the CLI keeps across deployments (indexes, parses, caches) must not carry one into another.
  const whole = check(generated);
  const alone = fs
    .readdirSync(generated, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => check(path.join(generated, e.name), generated));
  const key = (r: unknown) => JSON.stringify(r);
  const inDeployments = whole.filter((r) => (r as { file: string }).file.includes('/'));
  assert.deepEqual(inDeployments.map(key).sort(), alone.map(key).sort());
});
