// An allow-list rules CSV as large as the reader keeps (20 000 rules, each Url read by WHATWG URL):
// opened, validated, outlined and hovered over stdio without a stretch of 50 ms on the event loop.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MAX_RULES } from '../../server/formats/allowlist-csv';
import { assertBounded, blockOf, eventLoop as measured, measuredClient } from './event-loop';
import type { LspClient } from './lsp-client';

const URI = 'file:///tmp/uc-config-allowlist/allow-list.csv';
const tdoc = { textDocument: { uri: URI } };

let client: LspClient;

before(async () => {
  client = measuredClient();
  await client.initialize();
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

test(`an allow-list CSV of ${MAX_RULES} rules: validated and outlined without a block of 50 ms`, async (t) => {
  const rows = ['Url,Deployment,HttpMethods,MatchType,Description'];
  // Every 100th rule has a mistake: a method no rule may name.
  for (let i = 0; i < MAX_RULES; i++) rows.push(`https://h${i}.example.com:8443/p${i},d,"GET,${i % 100 ? 'PUT' : 'FETCH'}",prefix,"Rule ${i}"`);
  const text = rows.join('\r\n') + '\r\n';
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'csv', version: 1, text } });
  await measured(client, true);
  const diagnostics = await client.diagnostics(URI, (d) => d.length > 0, 60_000);
  const symbols = (await client.request('textDocument/documentSymbol', tdoc)) as unknown[];
  const block = await measured(client, true);
  t.diagnostic(`${(text.length / 1e6).toFixed(1)} MB, ${diagnostics.length} findings, ${symbols.length} outline entries: longest block ${blockOf(block)}`);
  assert.equal(diagnostics.length, MAX_RULES / 100);
  assert.ok(symbols.length > 0);
  assertBounded(block, 'while the allow list was read, validated and outlined');
  client.notify('textDocument/didClose', tdoc);
});
