// ucConfig.maxDiagnostics is not a restricted setting: a cloned repository's .vscode/settings.json can
// ask for every finding. Issue 10: sending 120 000 diagnostics of one file held the event loop 124 ms
// (and a code action reading them back 280 ms), so the setting is kept within 10 000
// (shared/settings.ts SETTINGS_BOUNDS), and a file with more findings still ends in the closing
// diagnostic that counts the rest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SETTINGS_BOUNDS } from '../../shared/settings';
import { assertBounded, blockOf, eventLoop, withMeasuredServer } from './event-loop';
import type { LspClient } from './lsp-client';

let client: LspClient;
withMeasuredServer({ maxDiagnostics: 1_000_000_000 }, (c) => (client = c));

test('a workspace asking for a billion diagnostics per file gets at most 10 000, with no block of 50 ms', async (t) => {
  const uri = 'file:///tmp/uc-config-max-diagnostics/jabber-config.xml';
  const unknown = Array.from({ length: 60_000 }, (_, i) => `    <Unknown${i}>x</Unknown${i}>`).join('\n');
  const text = `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Client>\n${unknown}\n  </Client>\n</config>\n`;
  await eventLoop(client, true);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  const diagnostics = await client.diagnostics(uri, (d) => d.length > 0, 120_000);
  const block = await eventLoop(client, true);
  t.diagnostic(`${diagnostics.length} diagnostics; longest block ${blockOf(block)}`);
  assert.equal(diagnostics.length, SETTINGS_BOUNDS.maxDiagnostics + 1);
  assert.match(String(diagnostics.at(-1)!.message), /^50000 more problems/);
  assertBounded(block, 'while a file of 60 000 findings was validated and its diagnostics sent');
});
