// The standing gate against false positives. Every file of ../shared/corpus that UC Config reads, and
// a jabber-config per group built from a value for every catalogued parameter (Cisco's own examples
// where at hand, else the documented default or first value: test/fixtures/cisco-examples/), is
// checked; every error, warning and information finding must be listed, with the reason it is
// wanted, in test/fixtures/expected-findings.json — and every listed finding must still occur. A new
// finding on Cisco's own text is reviewed here before it reaches a user: fixed if wrong, listed if right.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { contentKind, documentKind } from '../../server/services/documentKind';
import { services } from '../../server/services/registry';
import type { DocumentKind, ServiceContext } from '../../server/services/types';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const FIXTURES = path.resolve(__dirname, '../fixtures');

interface Expected {
  code: string;
  /** Corpus files: the 1-based line. Generated examples: the parameter the finding is on. */
  line?: number;
  param?: string;
  severity: 'error' | 'warning' | 'information';
  reason: string;
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected-findings.json'), 'utf8')) as { files: Record<string, Expected[]> };
const examples = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'cisco-examples/jabber-parameters.json'), 'utf8')) as {
  parameters: { name: string; group: string; value: string | null; kind: string; page: string; note?: string }[];
};

const catalogs = loadCatalogs();
const SEVERITY: Record<number, Expected['severity'] | undefined> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
};

function validate(uri: string, text: string, kind: DocumentKind): Diagnostic[] {
  const doc = TextDocument.create(uri, kind, 1, text);
  const ctx: ServiceContext = { settings: DEFAULT_SETTINGS, catalogs, locale: 'en', workspace: { documents: (k) => (k === kind ? [doc] : []) } };
  return services[kind].validate(doc, ctx);
}

/** Every file below a folder, as a path relative to the corpus. */
function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Which kind the gate reads a corpus file as: the jabber-config folder is that (fragments too), others by name or by
 *  content as the server and the CLI recognise it (Expressway dumps and status files included). */
function kindOf(rel: string, text: string): DocumentKind | undefined {
  if (/\.md$/i.test(rel)) return undefined;
  if (rel.startsWith('jabber-config/') && rel.endsWith('.xml')) return 'jabber-config';
  return documentKind(`file:///corpus/${rel}`, DEFAULT_SETTINGS) ?? contentKind(`file:///corpus/${rel}`, text);
}

function compare(key: string, found: { code: string; line?: number; param?: string; severity: Expected['severity']; message: string }[]) {
  const want = expected.files[key] ?? [];
  for (const w of want) assert.ok(w.reason && w.reason.length > 10, `${key}: every expected finding says why it is wanted (${w.code})`);
  const id = (x: { code: string; line?: number; param?: string; severity: string }) => `${x.severity} ${x.code} @ ${x.param ?? `line ${x.line}`}`;
  const unexpected = found.filter((f) => !want.some((w) => id(w) === id(f)));
  const stale = want.filter((w) => !found.some((f) => id(f) === id(w)));
  assert.deepEqual(
    { unexpected: unexpected.map((f) => `${id(f)}: ${f.message}`), stale: stale.map(id) },
    { unexpected: [], stale: [] },
    `${key}: review each unexpected finding (fix the data or the rule if it is wrong, else list it with its reason in test/fixtures/expected-findings.json); remove stale entries`,
  );
}

const corpusFiles = fs.existsSync(CORPUS)
  ? walk(CORPUS)
      .map((f) => path.relative(CORPUS, f).split(path.sep).join('/'))
      .sort()
  : [];

test('the shared corpus is there', () => {
  assert.ok(corpusFiles.length >= 40, `corpus at ${CORPUS}`);
});

const checked: string[] = [];
for (const rel of corpusFiles) {
  const text = fs.readFileSync(path.join(CORPUS, rel), 'utf8');
  const kind = kindOf(rel, text);
  if (!kind) continue;
  checked.push(rel);
  test(`corpus ${rel} (${kind}): no finding a reviewer would call wrong`, () => {
    const ds = validate(`file:///corpus/${rel}`, text, kind);
    for (const d of ds) assert.ok(d.range.start.line >= 0 && String(d.message).length > 10);
    const found = ds.flatMap((d) => {
      const severity = SEVERITY[d.severity ?? 1];
      return severity ? [{ code: String(d.code), line: d.range.start.line + 1, severity, message: String(d.message) }] : [];
    });
    compare(`corpus/${rel}`, found);
  });
}

test('every corpus file of a format UC Config reads is in the gate', () => {
  assert.ok(checked.filter((f) => f.startsWith('jabber-config/')).length >= 20);
  // The files not checked are formats UC Config does not read yet (AXL, BAT CSV, REST JSON, logs).
  for (const rel of corpusFiles.filter((f) => !checked.includes(f) && !/\.md$/.test(f))) assert.ok(!rel.startsWith('jabber-config/'), rel);
});

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const groups = [...new Set(examples.parameters.map((p) => p.group))].sort();

test('the examples document has a value or a marked gap for every catalogued parameter', () => {
  const names = new Set(examples.parameters.map((p) => p.name));
  const missing = [...new Set([...catalogs.jabber.byName.values()].map((p) => p.name))].filter((n) => !names.has(n));
  assert.deepEqual(missing, [], 'run node scripts/catalog/build-cisco-examples.mjs');
  for (const p of examples.parameters) {
    assert.ok(['example', 'default', 'first-value', 'undocumented'].includes(p.kind), p.name);
    assert.ok(/^https:\/\//.test(p.page) || p.kind !== 'example', `${p.name}: an example names the page it is on`);
    assert.equal(p.value === null, p.kind === 'undocumented', p.name);
    // A gap says why it is one; a note is written for a reader (no internal file names).
    if (p.kind === 'undocumented') assert.ok((p.note ?? '').length > 20, `${p.name}: a gap says why`);
    if (p.note) assert.doesNotMatch(p.note, /\.txt\b|seed \d|field notes|starting list/i, p.name);
  }
});

for (const group of groups) {
  test(`Cisco's example values, <${group}>: no finding a reviewer would call wrong`, () => {
    const params = examples.parameters.filter((p) => p.group === group && p.value !== null);
    const lines = params.map((p) => `    <${p.name}>${escape(p.value!)}</${p.name}>`);
    const text = `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <${group}>\n${lines.join('\n')}\n  </${group}>\n</config>\n`;
    // A value may span lines (Cisco's KerberosConfiguration example does): each parameter's first line.
    const firstLine: number[] = [];
    for (let i = 0; i < lines.length; i++)
      firstLine.push(firstLine.length ? firstLine[firstLine.length - 1] + lines[firstLine.length - 1].split('\n').length : 3);
    const paramAt = (line: number) => {
      let i = firstLine.length - 1;
      while (i >= 0 && firstLine[i] > line) i--;
      return i >= 0 && line < firstLine[i] + lines[i].split('\n').length ? params[i].name : undefined;
    };
    const ds = validate(`file:///examples/${group}/jabber-config.xml`, text, 'jabber-config');
    const found = ds.flatMap((d) => {
      const severity = SEVERITY[d.severity ?? 1];
      return severity
        ? [{ code: String(d.code), param: paramAt(d.range.start.line) ?? `line ${d.range.start.line + 1}`, severity, message: String(d.message) }]
        : [];
    });
    compare(`cisco-examples/${group}`, found);
  });
}
