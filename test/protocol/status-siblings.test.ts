// An Expressway status.xml whose element holds many children of one name. Its reader named each child
// by counting its siblings of that name (`CUCM` or `CUCM 2`), once per child: quadratic, so 20 000
// siblings took 6.6 s and 200 000 (1.7 MB) never finished, the server lost for good. Now the siblings
// are counted once per element, and the file is validated and answered. It is also read in steps (XML
// parse and walk; read at once, 60 000 siblings held the event loop ~150 ms, 200 000 ~550 ms).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertBounded, blockOf, eventLoop, withMeasuredServer } from './event-loop';
import type { LspClient } from './lsp-client';

let client: LspClient;
withMeasuredServer({}, (c) => (client = c));

test('a status.xml with 60 000 siblings of one name is validated and answered without a block of 50 ms', async (t) => {
  const status = readFileSync(path.resolve(__dirname, '../../../shared/corpus/expressway/status-xml/jasonneurohr-py-expressway__tests__status.xml'), 'utf8');
  const text = status.replace('</Status>', `<Extra>${'<Entry item="1">a</Entry>'.repeat(60_000)}</Extra></Status>`);
  const uri = 'file:///tmp/uc-config-status-siblings/status.xml';
  await eventLoop(client, true);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  // Quadratic, the read took about a minute: the diagnostics never came within the wait.
  const diagnostics = await client.diagnostics(uri, () => true, 20_000);
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const block = await eventLoop(client, true);
  t.diagnostic(`${diagnostics.length} diagnostics, ${symbols.length} symbols; longest block ${blockOf(block)}`);
  assert.ok(symbols.length > 0);
  assertBounded(block, 'while the status file was read, validated and outlined');
});
