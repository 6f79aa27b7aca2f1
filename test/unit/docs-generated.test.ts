// The generated parts of docs/ match the data they are generated from: docs/diagnostics.md (every
// diagnostic code) and the rule tables of docs/settings-format.md (every settings rule). A code or rule
// added without `npm run docs` fails here, so neither document can go stale.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DIAGNOSTICS_DOC, diagnosticsDoc, SETTINGS_FORMAT_DOC, settingsFormatDoc, settingsRuleTables } from '../../scripts/docs/render-docs';

const root = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

test('docs/diagnostics.md is what `npm run docs` writes', () => {
  assert.ok(read(DIAGNOSTICS_DOC) === diagnosticsDoc(), `${DIAGNOSTICS_DOC} is stale: run npm run docs`);
});

test('the rule tables of docs/settings-format.md are what `npm run docs` writes', () => {
  const text = read(SETTINGS_FORMAT_DOC);
  assert.ok(text === settingsFormatDoc(text), `${SETTINGS_FORMAT_DOC} is stale: run npm run docs`);
});

test('the rule tables list every settings rule once, with the document it comes from', () => {
  const { rules } = JSON.parse(read('schemas/uc-settings-rules.json')) as { rules: { code: string }[] };
  const tables = settingsRuleTables();
  const rows = [...tables.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(rows.slice().sort(), rules.map((r) => r.code).sort());
  const counted = [...tables.matchAll(/^### .* — (\d+) rules$/gm)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(counted, rules.length);
  // Titles are the published documents', never our file names.
  assert.doesNotMatch(tables, /^### .*(\d{3}_[0-9a-f]{16}\.txt|seed)/m);
});

test('the README counts the settings rules as the data does', () => {
  const { rules } = JSON.parse(read('schemas/uc-settings-rules.json')) as { rules: unknown[] };
  const counts = [...read('README.md').matchAll(/(?:against|its) (\d+) rules/g)].map((m) => Number(m[1]));
  assert.ok(counts.length >= 1, 'the README no longer counts the rules');
  assert.deepEqual(
    counts,
    counts.map(() => rules.length),
  );
});

test('a stale rule table is found', () => {
  const text = read(SETTINGS_FORMAT_DOC).replace(/^\| `uc-traversal-zone-missing` \|.*\n/m, '');
  assert.notEqual(text, settingsFormatDoc(text));
  assert.throws(() => settingsFormatDoc('# no tables'), /no generated rule tables/);
});
