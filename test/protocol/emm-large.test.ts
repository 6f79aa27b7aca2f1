// "Insert EMM Parameter…" on a large property list: the client asks ucConfig/emmPickItems, then
// ucConfig/emmInsertion; the editor asks for folding ranges on opening. Issue 10: none holds the event
// loop for 50 ms. Both EMM requests parsed the file again at once (a 4 MB property list: 200-260 ms
// each) instead of reading the parse done in steps before them, and folding made two position lookups
// per element (45-67 ms). The answers are those of a small file: the same items, the insertion after
// the last entry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertBounded, blockOf, eventLoop, withMeasuredServer } from './event-loop';
import type { LspClient } from './lsp-client';

let client: LspClient;
withMeasuredServer({}, (c) => (client = c));

const plist = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<dict>\n${Array.from({ length: n }, (_, i) => `  <key>Key${i}</key>\n  <string>value ${i}</string>`).join('\n')}\n</dict>\n`;

test('EMM pick items, insertion and folding of a 3 MB property list: no block of 50 ms, the answers of a small one', async (t) => {
  const answers = async (uri: string, n: number) => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: plist(n) } });
    const textDocument = { uri };
    return {
      items: await client.request('ucConfig/emmPickItems', { textDocument }),
      insertion: await client.request<{ position: { line: number } }>('ucConfig/emmInsertion', { textDocument, key: 'ServicesDomain' }),
      folding: await client.request<unknown[]>('textDocument/foldingRange', { textDocument }),
    };
  };
  const small = await answers('file:///tmp/uc-config-emm-large/small.appconfig.plist', 2);
  await eventLoop(client, true);
  const large = await answers('file:///tmp/uc-config-emm-large/large.appconfig.plist', 75_000);
  const block = await eventLoop(client, true);
  t.diagnostic(`longest block ${blockOf(block)}`);
  assert.deepEqual(large.items, small.items);
  assert.equal(small.insertion.position.line, 1 + 2 * 2);
  assert.equal(large.insertion.position.line, 1 + 2 * 75_000);
  assert.deepEqual(large.folding, [{ startLine: 1, endLine: 2 * 75_000 + 1 }]);
  assertBounded(block, 'while a 3 MB property list was asked for EMM items, an insertion and folding ranges');
});
