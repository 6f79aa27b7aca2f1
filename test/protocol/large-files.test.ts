// A large, valid jabber-config (100 000 parameters, several MB), a large property list and large
// app-config JSON files (at the bound of a full check, and far beyond it), opened and
// edited over stdio as an editor does, with completion and hover sent while the server parses them;
// and each format just below the size read in steps, read at once and cold by a fresh server.
// The server measures its own event loop (./event-loop.ts): the first request after a change parses the
// file in steps, so no stretch of the main thread's work holds the loop for 50 ms. The answers equal
// those of a straight parse of the same text in this process. The real numbers are printed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { APPCONFIG_JSON_MAX_CHARS } from '../../server/formats/appconfig-json';
import { STEPPED_PARSE_CHARS } from '../../server/formats/documentCache';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { assertBounded, blockOf, eventLoop as measured, measuredClient } from './event-loop';
import type { LspClient } from './lsp-client';

const DIR = 'file:///tmp/uc-config-large';
type Pos = { line: number; character: number };
const tdoc = (uri: string) => ({ textDocument: { uri } });

const catalog = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/jabber-parameters.json'), 'utf8')).parameters as {
  name: string;
  group: string;
  type: string;
  default?: unknown;
}[];

/** n documented parameters with their defaults, cycled, grouped as Cisco groups them (as scripts/bench.mjs builds them). */
function jabberConfig(n: number): string {
  const byGroup = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const p = catalog[i % catalog.length];
    const value = p.default ?? (p.type === 'boolean' ? 'true' : p.type === 'integer' ? '1' : 'example.com');
    if (!byGroup.has(p.group)) byGroup.set(p.group, []);
    byGroup.get(p.group)!.push(`    <${p.name}>${String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${p.name}>`);
  }
  const groups = [...byGroup].map(([g, lines]) => `  <${g}>\n${lines.join('\n')}\n  </${g}>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${groups.join('\n')}\n</config>\n`;
}

/** A property list of n key/value pairs. */
function plist(n: number): string {
  const pairs = Array.from({ length: n }, (_, i) => `  <key>Key${i}</key>\n  <string>value ${i}</string>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n${pairs.join('\n')}\n</dict>\n`;
}

let client: LspClient;
const context: ServiceContext = {
  settings: DEFAULT_SETTINGS,
  catalogs: loadCatalogs(),
  locale: 'en',
  workspace: { documents: () => [] },
};

before(async () => {
  client = measuredClient();
  await client.initialize();
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

const eventLoop = (reset = false) => measured(client, reset);
const published = (uri: string, version: number) =>
  client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === version);

/** JSON as it crosses the wire (undefined fields dropped), for comparing in-process answers with the server's. */
const wire = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));

/**
 * Sends completion and hover at the given positions again and again until the document's diagnostics
 * for `version` are published; returns the first answers (those that waited for the parse) and how
 * many requests were answered.
 */
async function requestsDuringParse(uri: string, version: number, completeAt: Pos, hoverAt: Pos) {
  const first = await Promise.all([
    client.request('textDocument/completion', { ...tdoc(uri), position: completeAt }),
    client.request('textDocument/hover', { ...tdoc(uri), position: hoverAt }),
  ]);
  let answered = 2;
  const deadline = Date.now() + 60_000;
  while (!published(uri, version)) {
    assert.ok(Date.now() < deadline, 'the document was never validated');
    await client.request('textDocument/hover', { ...tdoc(uri), position: hoverAt });
    answered++;
  }
  return { completion: first[0], hover: first[1], answered };
}

test('a 100 000-parameter jabber-config: requests during the parse, and after an edit, never block the server', async (t) => {
  const uri = `${DIR}/jabber-config.xml`;
  const text = jabberConfig(100_000);
  const lines = text.split('\n');
  // Completion of a boolean value and hover on a parameter name, near the end of the file.
  let valueLine = lines.length - 1;
  while (!/^ {4}<\w+>true</.test(lines[valueLine])) valueLine--;
  const completeAt: Pos = { line: valueLine, character: lines[valueLine].indexOf('>') + 1 };
  const hoverLine = lines.length - 10;
  const hoverAt: Pos = { line: hoverLine, character: lines[hoverLine].indexOf('<') + 2 };

  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  // Measured from here: the server has read the 6 MB message (work of the transport, not ours).
  const atOpen = await eventLoop(true);
  const opened = await requestsDuringParse(uri, 1, completeAt, hoverAt);
  const openBlock = await eventLoop(true);

  // The first request after a change parses the new text: in steps, as above.
  const edited = text.replace('<config version="1.0">', '<config version="1.0"> ');
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 22 }, end: { line: 1, character: 22 } }, text: ' ' }],
  });
  const afterEdit = await requestsDuringParse(uri, 2, completeAt, hoverAt);
  const editBlock = await eventLoop(true);
  t.diagnostic(
    `${(text.length / 1e6).toFixed(1)} MB: longest event-loop block ${blockOf(openBlock)} while opened (${opened.answered} requests answered), ` +
      `${blockOf(editBlock)} after an edit (${afterEdit.answered}); ${blockOf(atOpen)} reading the didOpen message`,
  );

  // The server's answers equal a straight parse of the same text.
  const svc = services['jabber-config'];
  for (const [version, body, answers] of [
    [1, text, opened],
    [2, edited, afterEdit],
  ] as const) {
    const doc = TextDocument.create(uri, 'xml', version, body);
    assert.deepEqual(answers.completion, wire(svc.complete(doc, completeAt, context)), `completion of version ${version}`);
    assert.deepEqual(answers.hover, wire(svc.hover(doc, hoverAt, context)), `hover of version ${version}`);
  }
  assert.ok((opened.completion as unknown[]).length > 0 && opened.hover !== null, 'the requests answer with content');
  assertBounded(openBlock, 'while opened');
  assertBounded(editBlock, 'after an edit');
  client.notify('textDocument/didClose', tdoc(uri));
});

test('a property list of 50 000 pairs: requests during the parse never block the server', async (t) => {
  const uri = `${DIR}/large.appconfig.plist`;
  const text = plist(50_000);
  const lines = text.split('\n');
  const hoverAt: Pos = { line: 2, character: 9 };
  const completeAt: Pos = { line: lines.length - 2, character: 0 };
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  await eventLoop(true);
  const opened = await requestsDuringParse(uri, 1, completeAt, hoverAt);
  const block = await eventLoop(true);
  t.diagnostic(`${(text.length / 1e6).toFixed(1)} MB: longest event-loop block ${blockOf(block)} (${opened.answered} requests answered)`);
  const doc = TextDocument.create(uri, 'xml', 1, text);
  const svc = services['app-config'];
  assert.deepEqual(opened.completion, wire(svc.complete(doc, completeAt, context)));
  assert.deepEqual(opened.hover, wire(svc.hover(doc, hoverAt, context)));
  assert.ok(opened.hover !== null, 'the hover answers with content');
  assertBounded(block, 'while opened');
  client.notify('textDocument/didClose', tdoc(uri));
});

/** A Graph app configuration of about `chars` characters, ending with `tail` inside its settings list. */
function graphAppConfig(chars: number, tail = ''): string {
  const entry = '    { "appConfigKey": "ServicesDomain", "appConfigKeyType": "stringType", "appConfigKeyValue": "example.com" }';
  const entries = Array.from({ length: Math.ceil(chars / (entry.length + 2)) }, () => entry);
  return `{\n  "@odata.type": "#microsoft.graph.iosMobileAppConfiguration",\n  "settings": [\n${entries.join(',\n')}${tail}\n  ]\n}\n`;
}

for (const [label, chars, tooLarge] of [
  ['an app-config JSON at the bound of a full check (256 KB)', APPCONFIG_JSON_MAX_CHARS - 4096, false],
  ['an app-config JSON of 3 MB (syntax only)', 3_000_000, true],
] as const) {
  test(`${label}: requests during the parse never block the server`, async (t) => {
    const uri = `${DIR}/${tooLarge ? 'huge' : 'bound'}.appconfig.json`;
    const text = graphAppConfig(chars, ',\n    { "appConfigKey": "X" "appConfigKeyType": "stringType" }');
    assert.equal(text.length > APPCONFIG_JSON_MAX_CHARS, tooLarge);
    const lines = text.split('\n');
    // Hover on the key of the last whole entry; completion at the start of its line.
    const hoverAt: Pos = { line: lines.length - 6, character: lines[lines.length - 6].indexOf('ServicesDomain') + 2 };
    const completeAt: Pos = { line: lines.length - 6, character: 4 };
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
    await eventLoop(true);
    const opened = await requestsDuringParse(uri, 1, completeAt, hoverAt);
    const symbols = await client.request('textDocument/documentSymbol', tdoc(uri));
    const folding = await client.request('textDocument/foldingRange', tdoc(uri));
    const block = await eventLoop(true);
    const diagnostics = client.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === 1)!
      .params.diagnostics as { code: string }[];
    t.diagnostic(
      `${(text.length / 1e6).toFixed(2)} MB: longest event-loop block ${blockOf(block)} (${opened.answered} requests answered, ${diagnostics.length} diagnostics)`,
    );
    const doc = TextDocument.create(uri, 'json', 1, text);
    const svc = services['app-config'];
    assert.deepEqual(opened.completion, wire(svc.complete(doc, completeAt, context)));
    assert.deepEqual(opened.hover, wire(svc.hover(doc, hoverAt, context)));
    assert.deepEqual(symbols, wire(svc.symbols(doc, context)));
    assert.deepEqual(folding, wire(svc.folding(doc, context)));
    const codes = new Set(diagnostics.map((d) => d.code));
    assert.ok(codes.has('json-syntax'), 'the syntax error is reported');
    if (tooLarge) assert.deepEqual([...codes], ['app-config-too-large', 'json-syntax']);
    else assert.ok(codes.has('duplicate-key') && opened.hover !== null, 'the file is checked in full');
    assertBounded(block, 'while opened');
    client.notify('textDocument/didClose', tdoc(uri));
  });
}

/** The longest text below `bound` that `make(n)` gives. */
function justBelow(bound: number, make: (n: number) => string): string {
  let n = 1;
  while (make(n * 2).length < bound) n *= 2;
  for (let step = n / 2; step >= 1; step /= 2) if (make(n + step).length < bound) n += step;
  return make(n);
}

test('each format just below the size read in steps, as the first file of a fresh server: read at once, cold, without a block of 50 ms', async (t) => {
  for (const [name, file, languageId, text] of [
    ['jabber-config', 'jabber-config.xml', 'xml', justBelow(STEPPED_PARSE_CHARS, jabberConfig)],
    ['property list', 'cold.appconfig.plist', 'xml', justBelow(STEPPED_PARSE_CHARS, plist)],
    ['app-config JSON', 'cold.appconfig.json', 'json', justBelow(STEPPED_PARSE_CHARS, (n) => graphAppConfig(n * 100))],
  ] as const) {
    const cold = measuredClient();
    try {
      await cold.initialize();
      const uri = `${DIR}/cold/${file}`;
      await measured(cold, true);
      cold.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      const atOpen = await measured(cold, true);
      // The first request reads the file at once: the parser's first run in this process.
      await cold.request('textDocument/completion', { ...tdoc(uri), position: { line: 5, character: 6 } });
      await cold.request('textDocument/hover', { ...tdoc(uri), position: { line: 5, character: 6 } });
      const diagnostics = await cold.diagnostics(uri, (d) => d.length > 0);
      await cold.request('textDocument/documentSymbol', tdoc(uri));
      await cold.request('textDocument/foldingRange', tdoc(uri));
      const block = await measured(cold, true);
      t.diagnostic(
        `${name}, ${text.length} chars (${diagnostics.length} diagnostics): longest event-loop block ${blockOf(block)}, ${blockOf(atOpen)} reading the didOpen message`,
      );
      assertBounded(atOpen, `${name}: reading the didOpen message`);
      assertBounded(block, `${name}: read cold, validated and answered`);
    } finally {
      assert.equal(await cold.shutdown(), 0);
    }
  }
});
