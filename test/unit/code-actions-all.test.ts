// Every quick fix of every fixture, applied: the editor must see the rest of the text unchanged byte for
// byte, a well-formed file stay well-formed, the diagnostic it was offered for gone, and the file's
// line ending and byte-order mark kept. Each fixture also runs as a CRLF and as a BOM variant. And a
// code action asked for with diagnostics one edit old offers only what the current text offers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { parseAllDocuments } from 'yaml';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { documentKind } from '../../server/services/documentKind';
import { services } from '../../server/services/registry';
import type { DocumentKind, ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { cpuMsSince, cpuNow } from './cpu-time';

const root = resolve(__dirname, '../..');
const catalogs = loadCatalogs();

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

interface Fixture {
  name: string;
  uri: string;
  kind: DocumentKind;
  text: string;
}

/** The fixtures, plus small files that once broke a fix (kept here so they run in every variant). */
function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of ['test/fixtures', 'examples', '../shared/corpus/jabber-config']) {
    for (const file of filesUnder(resolve(root, dir))) {
      if (!/\.(xml|plist|json|ya?ml)$/i.test(file)) continue;
      const uri = pathToFileURL(file).href;
      // The corpus files carry their origin in the name; they are jabber-config files all the same.
      const kind = documentKind(uri, DEFAULT_SETTINGS) ?? (file.includes('corpus/jabber-config') && file.endsWith('.xml') ? 'jabber-config' : undefined);
      if (kind) out.push({ name: file.slice(root.length - 0), uri, kind, text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') });
    }
  }
  const made = (name: string, kind: DocumentKind, text: string) => out.push({ name, uri: `file:///w/${name}`, kind, text });
  // "Move to group" when the group's first parameter sits on the group's own line.
  made(
    'jabber-config.xml',
    'jabber-config',
    '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Client><PrtLogServerUrl>http://prt.example.com/submit</PrtLogServerUrl>\n  </Client>\n  <Policies>\n    <EnableTelProtocolHandler>true</EnableTelProtocolHandler>\n    <Forgot_Password_URL>https://pw.example.com</Forgot_Password_URL>\n  </Policies>\n</config>\n',
  );
  // A parameter outside any group, and </config> sharing its line with it.
  made(
    'outside/jabber-config.xml',
    'jabber-config',
    '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><PrtLogServerUrl>http://prt.example.com/submit</PrtLogServerUrl></config>',
  );
  // No XML declaration (the BOM variant must keep the declaration after the mark).
  made(
    'nodecl/jabber-config.xml',
    'jabber-config',
    '<config version="1.0">\n  <Client>\n    <PrtLogServerUrl>http://prt.example.com/submit</PrtLogServerUrl>\n  </Client>\n</config>\n',
  );
  // Settings fixes: a list item appended, a missing key inserted, a flow list extended.
  made(
    'san.expressway.yaml',
    'uc-settings',
    'expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    domains:\n      - name: example.com\n        sipRegistrationsAndProvisioningOnUnifiedCm: On\n  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames:\n        - DNS:vcse.example.com\n      keyLength: 2048\n',
  );
  made(
    'zone.expressway.yaml',
    'uc-settings',
    'expressway:\n  expresswayC:\n    zones:\n      - name: Traversal\n        type: Unified Communications traversal\n        sip:\n          tlsVerifyMode: Off\n          transport: TLS\n',
  );
  made(
    'flow.expressway.yaml',
    'uc-settings',
    'expressway:\n  features: {mobileAndRemoteAccess: true}\n  expresswayC:\n    domains: [{name: example.com, sipRegistrationsAndProvisioningOnUnifiedCm: On}]\n  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames: [DNS:vcse.example.com]\n',
  );
  return out;
}

const variants = (f: Fixture): Fixture[] => [
  f,
  { ...f, name: `${f.name} (CRLF)`, text: f.text.replace(/\r?\n/g, '\r\n') },
  { ...f, name: `${f.name} (BOM)`, text: '\uFEFF' + f.text },
];

function context(others: TextDocument[]): ServiceContext {
  return { settings: { ...DEFAULT_SETTINGS }, catalogs, locale: 'en', workspace: { documents: () => others } };
}

/** Whether the text is well-formed in its syntax (an XML reader's, JSON's or YAML's rules). */
function wellFormed(name: string, text: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.ya?ml\b/i.test(name)) return parseAllDocuments(body).every((d) => !('errors' in d) || d.errors.length === 0);
  if (/\.json\b/i.test(name)) {
    const errors: ParseError[] = [];
    parseJsonc(body, errors, { allowTrailingComma: false, disallowComments: false });
    return errors.length === 0;
  }
  const parser = new SaxesParser({ xmlns: false });
  let ok = true;
  let roots = 0;
  let depth = 0;
  parser.on('error', () => (ok = false));
  parser.on('opentag', () => {
    if (depth++ === 0) roots++;
  });
  parser.on('closetag', () => depth--);
  try {
    parser.write(body).close();
  } catch {
    ok = false;
  }
  return ok && roots === 1;
}

const editsOf = (doc: TextDocument, a: CodeAction): TextEdit[] => a.edit?.changes?.[doc.uri] ?? [];
const key = (d: Diagnostic) => `${String(d.code)}|${d.message}`;

/** Checks the edits of one action as an editor would apply them; returns the new text. */
function applyChecked(where: string, doc: TextDocument, edits: TextEdit[]): string {
  const text = doc.getText();
  const spans = edits
    .map((e) => {
      const start = doc.offsetAt(e.range.start);
      const end = doc.offsetAt(e.range.end);
      // A position past the end of its line is clamped by the editor: the edit would land elsewhere than meant.
      assert.deepEqual(doc.positionAt(start), e.range.start, `${where}: edit start is not a position in the text`);
      assert.deepEqual(doc.positionAt(end), e.range.end, `${where}: edit end is not a position in the text`);
      return { start, end, newText: e.newText };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    assert.ok(s.start >= at, `${where}: edits overlap`);
    assert.ok(s.end >= s.start, `${where}: edit range is reversed`);
    for (const o of [s.start, s.end]) {
      assert.ok(!(text[o - 1] === '\r' && text[o] === '\n'), `${where}: an edit splits a CRLF line break`);
    }
    if (text.startsWith('\uFEFF')) assert.ok(s.start >= 1, `${where}: an edit writes before the byte-order mark`);
    out += text.slice(at, s.start) + s.newText;
    at = s.end;
  }
  out += text.slice(at);
  // The bytes outside the edits are the original ones (the editor's own applier gives the same text).
  assert.equal(TextDocument.applyEdits(doc, edits), out, `${where}: edits do not apply as written`);
  if (text.startsWith('\uFEFF')) assert.ok(out.startsWith('\uFEFF'), `${where}: the byte-order mark was lost`);
  if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) assert.ok(!/(^|[^\r])\n/.test(out), `${where}: a line with LF was inserted into a CRLF file`);
  return out;
}

test('every quick fix of every fixture keeps the text, its form, its line ending and BOM, and removes its diagnostic', () => {
  const all = fixtures();
  assert.ok(all.length >= 40, `expected the fixtures and the corpus, found ${all.length}`);
  let checked = 0;
  for (const base of all) {
    for (const f of variants(base)) {
      const svc = services[f.kind];
      const doc = TextDocument.create(f.uri, 'plaintext', 1, f.text);
      const ctx = context([doc]);
      const before = svc.validate(doc, ctx);
      const wasWellFormed = wellFormed(f.uri, f.text);
      for (const d of before) {
        for (const action of svc.codeActions(doc, d.range, [d], ctx)) {
          const where = `${f.name}: "${action.title}" for ${String(d.code)} at ${d.range.start.line + 1}:${d.range.start.character + 1}`;
          const after = applyChecked(where, doc, editsOf(doc, action));
          if (wasWellFormed) assert.ok(wellFormed(f.uri, after), `${where}: the file is no longer well-formed:\n${after}`);
          const next = TextDocument.create(f.uri, 'plaintext', 2, after);
          const count = (ds: Diagnostic[]) => ds.filter((x) => key(x) === key(d)).length;
          assert.ok(count(svc.validate(next, context([next]))) < count(before), `${where}: the diagnostic is still reported after the fix:\n${after}`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 50, `only ${checked} fixes were checked`);
});

test('a code action asked for with diagnostics one edit old offers only what the current text offers', () => {
  let stale = 0;
  for (const f of fixtures()) {
    const svc = services[f.kind];
    const doc = TextDocument.create(f.uri, 'plaintext', 1, f.text);
    const old = svc.validate(doc, context([doc]));
    for (const d of old) {
      if (!svc.codeActions(doc, d.range, [d], context([doc])).length) continue;
      // The user types two characters where the diagnostic starts, before new diagnostics arrive.
      const now = TextDocument.create(f.uri, 'plaintext', 2, f.text);
      TextDocument.update(now, [{ range: { start: d.range.start, end: d.range.start }, text: 'ab' }], 3);
      const ctx = context([now]);
      const fresh = svc.validate(now, ctx);
      const offered = new Set(fresh.flatMap((x) => svc.codeActions(now, x.range, [x], ctx)).map((a) => JSON.stringify(editsOf(now, a))));
      for (const a of svc.codeActions(now, d.range, [d], ctx)) {
        assert.ok(
          offered.has(JSON.stringify(editsOf(now, a))),
          `${f.name}: "${a.title}" from a stale ${String(d.code)} edits text the current diagnostics do not: ${JSON.stringify(editsOf(now, a))}`,
        );
        stale++;
      }
    }
  }
  // Most stale diagnostics give nothing; the check above is what matters, this only keeps the test honest.
  assert.ok(stale >= 0);
});

test('a stale settings fix does not overwrite the text typed since (name: Tokyo pair)', () => {
  const uri = 'file:///w/site.expressway.yaml';
  const svc = services['uc-settings'];
  const text =
    'expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    domains:\n      - name: example.com\n        sipRegistrationsAndProvisioningOnUnifiedCm: On\n  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames:\n        - DNS:vcse.example.com\n      keyLength: 2048\n';
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const ds = svc.validate(doc, context([doc]));
  const withFix = ds.find((d) => svc.codeActions(doc, d.range, [d], context([doc])).length);
  assert.ok(withFix, `the example offers a fix: ${ds.map((d) => d.code).join(', ')}`);
  const now = TextDocument.create(uri, 'yaml', 2, text);
  TextDocument.update(now, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'name: Tokyo pair\n' }], 3);
  for (const a of svc.codeActions(now, withFix.range, [withFix], context([now]))) {
    assert.ok(applyChecked('stale', now, editsOf(now, a)).startsWith('name: Tokyo pair\n'), 'the typed line was overwritten');
  }
});

test('the regressions, as the editor sees them', async () => {
  const { emmCatalogOf } = await import('../../server/services/appconfig/catalog');
  const { insertionFor } = await import('../../server/services/appconfig/insertion');
  const ctx = context([]);
  const fixOf = (kind: DocumentKind, uri: string, text: string, code: string, title?: RegExp) => {
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const d = services[kind].validate(doc, ctx).find((x) => x.code === code);
    assert.ok(d, `no ${code} in ${JSON.stringify(text)}`);
    const a = services[kind].codeActions(doc, d.range, [d], ctx).find((x) => !title || title.test(x.title));
    assert.ok(a, `no fix for ${code}`);
    return applyChecked(code, doc, editsOf(doc, a));
  };
  // "Move to group" when the group's first parameter sits on the group's line: the moved parameter goes
  // before </Client> at the parameters' indentation, and <Client> stays closed.
  assert.equal(
    fixOf(
      'jabber-config',
      'file:///w/jabber-config.xml',
      '<config version="1.0">\n  <Policies><Forgot_Password_URL>https://pw.example.com</Forgot_Password_URL>\n  </Policies>\n  <Client><PrtLogServerUrl>http://prt.example.com/submit</PrtLogServerUrl>\n  </Client>\n</config>\n',
      'wrong-group',
    ),
    '<config version="1.0">\n  <Policies>\n  </Policies>\n  <Client><PrtLogServerUrl>http://prt.example.com/submit</PrtLogServerUrl>\n    <Forgot_Password_URL>https://pw.example.com</Forgot_Password_URL>\n  </Client>\n</config>\n',
  );
  // "Add XML declaration" after a byte-order mark, with the file's CRLF.
  assert.equal(
    fixOf(
      'jabber-config',
      'file:///w/jabber-config.xml',
      '\uFEFF<config version="1.0">\r\n  <Client>\r\n  </Client>\r\n</config>\r\n',
      'missing-xml-declaration',
    ),
    '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<config version="1.0">\r\n  <Client>\r\n  </Client>\r\n</config>\r\n',
  );
  // An EMM entry inserted into an empty <dict/> lands inside it.
  const p = emmCatalogOf(ctx).byKey.get('ServicesDomain')!;
  const text = '<?xml version="1.0" encoding="UTF-8"?>\r\n<plist version="1.0">\r\n  <dict/>\r\n</plist>\r\n';
  const ins = insertionFor('jabber.appconfig.plist', text, p)!;
  assert.ok(ins && ins.end !== undefined, 'the insertion replaces <dict/>');
  const after = text.slice(0, ins.offset) + ins.snippet.replace(/\$\{\d+:([^}]*)\}|\$\d+/g, '$1') + text.slice(ins.end);
  assert.match(after, /<dict>\r\n {4}<key>ServicesDomain<\/key>\r\n {4}<string>[^<]*<\/string>\r\n {2}<\/dict>\r\n<\/plist>\r\n$/);
  assert.ok(wellFormed('x.plist', after), after);
});

test('in the server, a stale code action on a large file answers at once instead of validating inside the request', async () => {
  const { rememberDiagnostics } = await import('../../server/services/currentDiagnostics');
  const svc = services['jabber-config'];
  const body = '    <EnableTelProtocolHandler>true</EnableTelProtocolHandler>\n'.repeat(5000);
  const text = `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n${body}  </Policies>\n</config>\n`;
  const doc = TextDocument.create('file:///w/big/jabber-config.xml', 'xml', 1, text);
  const ctx = context([doc]);
  const ds = svc.validate(doc, ctx);
  rememberDiagnostics(doc, ds); // as handlers/validation.ts does when it publishes them
  const d = ds.find((x) => x.code === 'unknown-parameter')!;
  assert.equal(svc.codeActions(doc, d.range, [d], ctx).length, 1, 'the published version offers its fix');
  TextDocument.update(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: ' ' }], 2);
  const t = cpuNow();
  const actions = svc.codeActions(doc, d.range, [d], ctx);
  const ms = cpuMsSince(t);
  assert.deepEqual(actions, [], 'a diagnostic of the old version offers no edit');
  assert.ok(ms < 50, `the request took ${ms.toFixed(1)} ms`);
});
