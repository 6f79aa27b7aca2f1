// Property-based robustness of every format service: whatever text an editor hands the server —
// half-typed edits, truncated downloads, binary uploads, hostile DTDs, broken encodings — each
// feature returns a well-formed result quickly and never throws. `npm test` runs a few cases from a
// fixed seed (test/fuzz.ts); `npm run fuzz` (FUZZ_RUNS=…) runs the long version with the same
// properties from a random seed, and `npm run test:all` runs 300 cases each (`npm run fuzz:lite`).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { services } from '../../server/services/registry';
import type { DocumentKind, ServiceContext } from '../../server/services/types';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { fuzzParams } from '../fuzz';
import { cpuMsSince, cpuNow } from './cpu-time';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
// Generous enough for a slow CI machine; a hang or quadratic blow-up is far beyond it.
const CALL_BUDGET_MS = Number(process.env.FUZZ_CALL_BUDGET_MS ?? 3000);

const catalogs = loadCatalogs(path.resolve(__dirname, '../../schemas'));
const ctx = (): ServiceContext => ({ settings: { ...DEFAULT_SETTINGS }, catalogs, locale: 'en', workspace: { documents: () => [] } });

interface Format {
  kind: DocumentKind;
  uri: string;
  languageId: string;
  samples: string[];
}

const repo = path.resolve(__dirname, '../..');
const corpusDir = path.resolve(repo, '../shared/corpus/jabber-config');
const walk = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : [];
const read = (files: string[]) => files.map((f) => fs.readFileSync(f, 'utf8'));

const jabberSamples = read(walk(corpusDir).filter((f) => f.endsWith('.xml')));
// Without the shared corpus (a clone outside the workspace) the properties still run on a built-in sample.
if (!jabberSamples.length) {
  jabberSamples.push('<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n<Policies>\n<EnableVideo>true</EnableVideo>\n</Policies>\n</config>\n');
}
const examples = path.join(repo, 'examples');
const fixtures = path.join(repo, 'test/fixtures');
const byExt = (dirs: string[], re: RegExp) => read(dirs.flatMap(walk).filter((f) => re.test(f)));

const expresswayCorpus = path.resolve(repo, '../shared/corpus/expressway');
const orSample = (samples: string[], fallback: string) => (samples.length ? samples : [fallback]);

const FORMATS: Format[] = [
  { kind: 'jabber-config', uri: 'file:///w/jabber-config.xml', languageId: 'xml', samples: jabberSamples },
  {
    kind: 'app-config',
    uri: 'file:///w/x.appconfig.json',
    languageId: 'json',
    samples: byExt([examples, path.join(fixtures, 'appconfig')], /\.appconfig\.json$/),
  },
  {
    kind: 'app-config',
    uri: 'file:///w/x.appconfig.xml',
    languageId: 'xml',
    samples: byExt([examples, path.join(fixtures, 'appconfig')], /\.appconfig\.(xml|plist)$/),
  },
  { kind: 'uc-settings', uri: 'file:///w/x.expressway.yaml', languageId: 'yaml', samples: byExt([examples], /\.(expressway|cucm)\.ya?ml$/) },
  // The JSON spelling of the same settings files: the YAML examples converted.
  {
    kind: 'uc-settings',
    uri: 'file:///w/x.expressway.json',
    languageId: 'json',
    samples: byExt([examples], /\.(expressway|cucm)\.ya?ml$/).map((y) => JSON.stringify(parseYaml(y), null, 2)),
  },
  // Certificates, DNS lookups and allow lists: the fixtures and the real examples of the shared corpus
  // (with a built-in sample each when the corpus is not beside the clone).
  {
    kind: 'certificate',
    uri: 'file:///w/x.pem',
    languageId: 'plaintext',
    samples: [...byExt([path.join(fixtures, 'certs')], /\.(pem|csr)$/), ...read(walk(path.join(expresswayCorpus, 'certs')))],
  },
  {
    kind: 'dns',
    uri: 'file:///w/x.zone',
    languageId: 'plaintext',
    samples: orSample(read(walk(path.join(expresswayCorpus, 'dns'))), '_collab-edge._tls.example.com. 300 IN SRV 10 10 8443 vcse.example.com.\n'),
  },
  {
    kind: 'allow-list',
    uri: 'file:///w/x.allowlist.csv',
    languageId: 'plaintext',
    samples: orSample(
      read(walk(path.join(expresswayCorpus, 'expressway-allowlist-csv'))),
      'Url,Deployment,HttpMethods,MatchType,Description\nhttps://a.example.com:8443/x,,"GET,PUT",exact,"A rule"\n',
    ),
  },
];

/** Asserts that a value is an array of LSP diagnostics with sane ranges inside the document. */
function assertDiagnostics(ds: unknown, doc: TextDocument, label: string): asserts ds is Diagnostic[] {
  assert.ok(Array.isArray(ds), `${label}: validate returned ${typeof ds}`);
  const lines = doc.lineCount;
  for (const d of ds as Diagnostic[]) {
    assert.equal(typeof d.message, 'string', `${label}: message`);
    assert.ok((d.message as string).length > 0, `${label}: empty message`);
    assert.ok(typeof d.code === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.code), `${label}: code ${String(d.code)}`);
    assert.ok(d.severity === undefined || [1, 2, 3, 4].includes(d.severity), `${label}: severity ${d.severity}`);
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines, `${label}: line ${p.line} of ${lines}`);
      assert.ok(Number.isInteger(p.character) && p.character >= 0, `${label}: character ${p.character}`);
    }
    assert.ok(doc.offsetAt(d.range.start) <= doc.offsetAt(d.range.end), `${label}: range start after end`);
  }
}

function timed<T>(label: string, run: () => T): T {
  const t0 = cpuNow();
  const result = run();
  const ms = cpuMsSince(t0);
  assert.ok(ms < CALL_BUDGET_MS, `${label} took ${ms.toFixed(0)} ms of CPU (budget ${CALL_BUDGET_MS} ms)`);
  return result;
}

/** Runs every feature of the format's service on the text; asserts shapes and time per call. */
function exercise(f: Format, text: string, probes: number[] = []): Diagnostic[] {
  const svc = services[f.kind];
  const doc = TextDocument.create(f.uri, f.languageId, 1, text);
  const c = ctx();
  const ds = timed(`${f.uri} validate`, () => svc.validate(doc, c));
  assertDiagnostics(ds, doc, f.uri);
  assert.ok(Array.isArray(timed(`${f.uri} symbols`, () => svc.symbols(doc, c))));
  assert.ok(Array.isArray(timed(`${f.uri} folding`, () => svc.folding(doc, c))));
  const whole = { start: doc.positionAt(0), end: doc.positionAt(text.length) };
  assert.ok(Array.isArray(timed(`${f.uri} codeActions`, () => svc.codeActions(doc, whole, ds, c))));
  for (const offset of probes) {
    const pos = doc.positionAt(Math.min(offset, text.length));
    assert.ok(Array.isArray(timed(`${f.uri} complete@${offset}`, () => svc.complete(doc, pos, c))));
    const h = timed(`${f.uri} hover@${offset}`, () => svc.hover(doc, pos, c));
    assert.ok(h === null || typeof h === 'object');
  }
  return ds;
}

// Text pieces an editor produces while someone types XML, JSON or YAML: tags, quotes, entities, newlines.
const FRAGMENTS = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  '&',
  ';',
  '&amp;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '- ',
  '#',
  'true',
  'false',
  '0',
  'Policies',
  'config',
  'EnableVideo',
  'key',
  'string',
  'dict',
  'é',
  '한',
  '日',
  '\uFEFF',
  '\uFFFD',
];
const piece = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }));
const insertText = fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));

/** A random edit expressed relative to the text length so it applies to any text. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat({ max: 12 }), text: insertText });

function mutate(text: string, edits: { at: number; len: number; text: string }[]): string {
  for (const e of edits) {
    const start = Math.floor(e.at * text.length);
    text = text.slice(0, start) + e.text + text.slice(Math.min(text.length, start + e.len));
  }
  return text;
}

for (const f of FORMATS) {
  test(`${f.uri}: samples are present for fuzzing`, () => {
    assert.ok(f.samples.length > 0, `no sample files for ${f.uri}`);
  });

  test(`${f.uri}: incremental edits give the same diagnostics as opening the final text`, () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 15 }), (pick, edits) => {
        const initial = f.samples[pick % f.samples.length];
        const c = ctx();
        const svc = services[f.kind];
        const live = TextDocument.create(f.uri, f.languageId, 1, initial);
        // Validating before the edits primes any per-document cache the service keeps.
        svc.validate(live, c);
        let version = 1;
        for (const e of edits) {
          const text = live.getText();
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.len);
          TextDocument.update(live, [{ range: { start: live.positionAt(start), end: live.positionAt(end) }, text: e.text }], ++version);
          svc.validate(live, c);
        }
        // The final text is the document's own: TextDocument keeps a CR LF pair whole, so an edit
        // range that splits one is moved, exactly as it is for an editor's change events.
        const finalText = live.getText();
        const incremental = svc.validate(live, c);
        const fresh = svc.validate(TextDocument.create(f.uri, f.languageId, 1000 + version, finalText), c);
        assert.deepEqual(incremental, fresh);
      }),
      fuzzParams(RUNS),
    );
  });

  test(`${f.uri}: mutated sample files never throw and give valid diagnostics`, () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 4 }), (pick, edits, probes) => {
        exercise(f, mutate(f.samples[pick % f.samples.length], edits), probes);
      }),
      fuzzParams(RUNS),
    );
  });

  test(`${f.uri}: truncated sample files never throw`, () => {
    fc.assert(
      fc.property(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (pick, cut) => {
        const s = f.samples[pick % f.samples.length];
        const at = Math.floor(cut * s.length);
        exercise(f, s.slice(0, at), [at, Math.floor(at / 2)]);
      }),
      fuzzParams(RUNS),
    );
  });

  test(`${f.uri}: random strings and bytes never throw`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400, unit: 'binary' }),
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8')),
          fc.array(piece, { maxLength: 80 }).map((a) => a.join('')),
        ),
        fc.array(fc.nat({ max: 500 }), { maxLength: 3 }),
        (text, probes) => {
          exercise(f, text, probes);
        },
      ),
      fuzzParams(RUNS * 2),
    );
  });

  test(`${f.uri}: CRLF, BOM and invalid UTF-8 mixes never throw`, () => {
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), fc.boolean(), fc.nat({ max: 10 }), (pick, bom, crlf, badBytes) => {
        let s = f.samples[pick % f.samples.length];
        if (crlf) s = s.replace(/\n/g, (m, i: number) => (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : m));
        // Bytes that are not UTF-8 decode to U+FFFD, as VS Code shows them.
        const bad = Buffer.from(Array.from({ length: badBytes }, (_, i) => 0x80 + ((i * 37) % 0x7f))).toString('utf8');
        const mid = Math.floor(s.length / 2);
        s = (bom ? '\uFEFF' : '') + s.slice(0, mid) + bad + s.slice(mid);
        exercise(f, s, [0, 1, mid, mid + 1]);
      }),
      fuzzParams(RUNS),
    );
  });
}

// Hostile documents, each for every format: an XML or YAML parser that expanded entities, followed
// external references or recursed per level would hang, read local files or overflow the stack.
const DEPTH = 10_000;
const deepXml = `<?xml version="1.0"?>\n<config version="1.0">${'<a>'.repeat(DEPTH)}x${'</a>'.repeat(DEPTH)}</config>\n`;
const deepPlist = `<?xml version="1.0"?>\n<plist version="1.0">${'<dict><key>k</key>'.repeat(DEPTH)}<string>v</string>${'</dict>'.repeat(DEPTH)}</plist>\n`;
const deepJson = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const deepJsonArrays = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepYaml = `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} v\n`;
const deepFlowYaml = `a: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`;
const unclosedDeep = `<config>${'<Policies>'.repeat(DEPTH)}`;
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n ')}
]>
<config version="1.0"><Policies><EnableVideo>&lol9;</EnableVideo></Policies></config>
`;
const yamlBomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;
// A marker that would only appear in output if the parser read the external file.
const secretFile = path.join(__dirname, '../fixtures/xxe-target.txt');
const xxe = (root: string) => `<?xml version="1.0"?>
<!DOCTYPE ${root} [ <!ENTITY xxe SYSTEM "file://${secretFile}"> <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>
<${root}><Policies><EnableVideo>&xxe;</EnableVideo></Policies><key>&xxe;</key></${root}>
`;
const HOSTILE: Record<string, string> = {
  deepXml,
  deepPlist,
  deepJson,
  deepJsonArrays,
  deepYaml,
  deepFlowYaml,
  unclosedDeep,
  billionLaughs,
  yamlBomb,
  xxeConfig: xxe('config'),
  xxePlist: xxe('plist'),
  longLine: `<config>${'<Policies>'}${'A'.repeat(500_000)}</Policies></config>`,
  manyAttributes: `<config ${Array.from({ length: 20_000 }, (_, i) => `a${i}="${i}"`).join(' ')}/>`,
  nulBytes: '<config>\u0000\u0000</config>',
  onlyBom: '\uFEFF',
  empty: '',
};

// Failures found by this suite in code owned elsewhere: still run and reported as TODO by node:test
// (visible in every run) until the owner fixes them; then the entry is removed.
// (Empty now: the deep-JSON stack overflow in appconfig-json.ts it once listed is fixed.)
const KNOWN: Record<string, string> = {};

for (const f of FORMATS) {
  for (const [name, text] of Object.entries(HOSTILE)) {
    const todo = KNOWN[`${f.uri} ${name}`];
    test(`${f.uri}: hostile input '${name}' gives bounded, valid results`, todo ? { todo } : {}, () => {
      const ds = exercise(f, text, [0, Math.floor(text.length / 2), text.length]);
      const all = JSON.stringify(ds);
      assert.ok(!all.includes('UC-CONFIG-XXE-MARKER'), 'external entity content leaked into diagnostics');
      // A billion-laughs payload must not be expanded into a message.
      assert.ok(all.length < 2_000_000, `diagnostics are ${all.length} characters`);
    });
  }
}

test('the XXE target file exists so the leak check is meaningful', () => {
  assert.match(fs.readFileSync(secretFile, 'utf8'), /UC-CONFIG-XXE-MARKER/);
});

// Regression (found by `npm run bench`): validate() appended rule results with push(...spread), which
// passes each diagnostic as a call argument and overflowed the stack past ~120 000 diagnostics.
test('a jabber-config with 140 000 diagnostics validates without overflowing the stack', () => {
  const body = '<EnableVideo>maybe</EnableVideo>\n'.repeat(70_000);
  const text = `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n<Policies>\n${body}</Policies>\n</config>\n`;
  const ds = exercise(FORMATS[0], text);
  assert.ok(ds.length > 130_000, `${ds.length} diagnostics`);
});
