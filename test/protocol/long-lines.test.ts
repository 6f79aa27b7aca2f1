// Files written on one line (a minified or generated jabber-config), opened over stdio and asked for
// what an editor asks on opening: issue 10, no request holds the event loop for 50 ms. The folding
// ranges of a 2 MB jabber-config of 50 000 parameters on one line looked for the next line break
// from every element to the end of the file: 520 ms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertBounded, blockOf, eventLoop, withMeasuredServer } from './event-loop';
import type { LspClient } from './lsp-client';

let client: LspClient;
withMeasuredServer({}, (c) => (client = c));

test('a 2 MB jabber-config on one line: validated, outlined and folded with no block of 50 ms', async (t) => {
  const uri = 'file:///tmp/uc-config-long-lines/jabber-config.xml';
  const text = `<config version="1.0"><Client>${'<PrtCertificateUrl>x</PrtCertificateUrl>'.repeat(50_000)}</Client></config>\n<!-- end -->`;
  await eventLoop(client, true);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  await client.diagnostics(uri, (d) => d.length > 0, 60_000);
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const folding = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
  const block = await eventLoop(client, true);
  t.diagnostic(`longest block ${blockOf(block)}`);
  assert.equal(symbols.length, 1);
  // One line (and a comment on the next) folds nothing.
  assert.deepEqual(folding, []);
  assertBounded(block, 'while a 2 MB jabber-config on one line was opened, outlined and folded');
});
