// A large jabber-config whose only mistake is near its end: the XML reader reads it as it stands,
// doubts at the last pieces, runs its pre-pass and reads the whole text again. Over stdio: no stretch
// of that holds the event loop 50 ms, and the findings are those of a straight check of the same text.
// Then the document is edited in place while it is validated in steps (a line inserted at the top
// moves every later finding): the findings published for the new version are at the new positions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { assertBounded, blockOf, eventLoop as measured, measuredClient } from './event-loop';
import type { LspClient } from './lsp-client';

const URI = 'file:///tmp/uc-config-prepass/jabber-config.xml';
const tdoc = { textDocument: { uri: URI } };

const catalog = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/jabber-parameters.json'), 'utf8')).parameters as {
  name: string;
  group: string;
}[];

/**
 * n lines, a CRLF file: comments, and every 1 000th line a parameter of the Policies group written in
 * lower case (one finding each, or two with its value), so the findings stay under ucConfig.maxDiagnostics.
 */
function config(n: number): string {
  const names = catalog.filter((p) => p.group === 'Policies').map((p) => p.name);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = names[((i / 1000) % names.length) | 0].toLowerCase();
    lines.push(i % 1000 === 7 ? `    <${name}>x${i}</${name}>` : `    <!-- line ${i} -->`);
  }
  return `<?xml version="1.0" encoding="utf-8"?>\r\n<config version="1.0">\r\n  <Policies>\r\n${lines.join('\r\n')}\r\n  </Policies>\r\n</config>\r\n`;
}

let client: LspClient;
const context: ServiceContext = { settings: DEFAULT_SETTINGS, catalogs: loadCatalogs(), locale: 'en', workspace: { documents: () => [] } };

before(async () => {
  client = measuredClient();
  await client.initialize();
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

const published = (version: number) =>
  [...client.notifications].reverse().find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === URI && n.params.version === version);

/** What the editor shows of a finding: code, range and message. */
const shown = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.message)}`);

async function publishedFor(version: number): Promise<Diagnostic[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const n = published(version);
    if (n) return n.params.diagnostics as unknown as Diagnostic[];
    assert.ok(Date.now() < deadline, `version ${version} was never validated`);
    // A request a turn keeps the test polling without a fixed sleep.
    await client.request('textDocument/hover', { ...tdoc, position: { line: 0, character: 1 } });
  }
}

test('a large jabber-config with a tag left open at its end, then edited in place while it is validated', async (t) => {
  const clean = config(80_000);
  // A tag being typed just before the end: the first doubt comes at the last pieces of the text.
  const text = clean.replace('  </Policies>\r\n</config>', '    <Ena\r\n  </Policies>\r\n</config>');
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xml', version: 1, text } });
  await measured(client, true);
  const v1 = await publishedFor(1);
  const block1 = await measured(client, true);
  const doc = TextDocument.create(URI, 'xml', 1, text);
  const expected1 = services['jabber-config'].validate(doc, context);
  assert.ok(expected1.some((d) => d.code === 'xml-syntax'));
  assert.deepEqual(shown(v1), shown(expected1));

  // Edited as the validation of version 2 begins: a line at the top, then another in the middle.
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '  <!-- a -->\r\n' }],
  });
  await client.request('textDocument/hover', { ...tdoc, position: { line: 30_000, character: 6 } });
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 3 },
    contentChanges: [{ range: { start: { line: 30_000, character: 0 }, end: { line: 30_000, character: 0 } }, text: '\r\n\r\n' }],
  });
  const v3 = await publishedFor(3);
  const block3 = await measured(client, true);
  TextDocument.update(
    doc,
    [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '  <!-- a -->\r\n' },
      { range: { start: { line: 30_000, character: 0 }, end: { line: 30_000, character: 0 } }, text: '\r\n\r\n' },
    ],
    3,
  );
  const check = TextDocument.create(URI, 'xml', 3, doc.getText());
  assert.deepEqual(shown(v3), shown(services['jabber-config'].validate(check, context)));
  t.diagnostic(`${(text.length / 1e6).toFixed(1)} MB, ${v1.length} findings: longest block ${blockOf(block1)} at open, ${blockOf(block3)} after the edits`);
  assertBounded(block1, 'while the file with a mistake at its end was read and validated');
  assertBounded(block3, 'while edited and validated again');
  client.notify('textDocument/didClose', tdoc);
});
