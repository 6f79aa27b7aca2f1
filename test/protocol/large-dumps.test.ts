// A cold Expressway xConfiguration dump of 5 000 records (a full X15 dump has a few thousand) and one of
// 50 000 (MAX_RECORDS: the most the reader takes; past it a dump is not read further), opened over stdio
// as an editor does; once validated, its outline and a hover are asked for. The server measures its own
// event loop (./event-loop.ts): no stretch of its main thread's work holds it for 50 ms; the real numbers are printed. The
// diagnostics published equal those of a straight validation of the same text in this process.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { MAX_RECORDS } from '../../server/formats/xconfiguration';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { xconfigurationDump } from '../expressway-dump';
import { assertBounded, blockOf, eventLoop as measured, withMeasuredServer } from './event-loop';
import type { LspClient } from './lsp-client';

let client: LspClient;
withMeasuredServer({}, (c) => (client = c));

const eventLoop = (reset = false) => measured(client, reset);
const publishedFor = (uri: string) =>
  client.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === 1);

for (const records of [5_000, MAX_RECORDS]) {
  test(`a cold xConfiguration dump of ${records} records: opening and validating it never blocks the server`, async (t) => {
    const uri = `file:///tmp/uc-config-dumps-${records}/expc.txt`;
    const text = xconfigurationDump(records);
    const hover = { textDocument: { uri }, position: { line: records - 1, character: 20 } };
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    // Measured from here: the server has read the message (work of the transport, not ours).
    await eventLoop(true);
    const deadline = Date.now() + 60_000;
    while (!publishedFor(uri)) {
      assert.ok(Date.now() < deadline, 'the dump was never validated');
      await eventLoop();
    }
    const block = await eventLoop(true);
    // What an editor asks of the validated dump next: its outline and a hover.
    const symbols = (await client.request('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    const hovered = await client.request('textDocument/hover', hover);
    const features = await eventLoop(true);
    const diagnostics = publishedFor(uri)!.params.diagnostics as unknown[];
    t.diagnostic(
      `${(text.length / 1e6).toFixed(1)} MB: longest event-loop block ${blockOf(block)} until validated (${diagnostics.length} diagnostics), ` +
        `${blockOf(features)} for its outline (${symbols.length} symbols) and a hover`,
    );
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const ctx: ServiceContext = {
      settings: DEFAULT_SETTINGS,
      catalogs: loadCatalogs(),
      locale: 'en',
      workspace: { documents: (kind) => (kind === 'expressway-xconfiguration' ? [doc] : []) },
    };
    const expected = services['expressway-xconfiguration'].validate(doc, ctx);
    assert.ok(expected.length > 0, 'the dump has findings');
    assert.deepEqual(diagnostics, JSON.parse(JSON.stringify(expected)));
    assert.ok(hovered !== null && symbols.length > 0, 'the outline and the hover answer with content');
    assertBounded(block, 'until the dump was validated');
    assertBounded(features, 'for the outline and a hover');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
}
