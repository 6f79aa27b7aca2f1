// Settings that can differ per workspace folder (resource scope): the server asks
// workspace/configuration with each document's URI as scopeUri, so one folder's MRA mode does not
// decide another folder's findings.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from './lsp-client';

const TEXT =
  '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n    <PrtLogServerURL>https://prt.example.com/upload.php</PrtLogServerURL>\n  </Policies>\n</config>\n';
const ON = 'file:///tmp/uc-config-scopes/remote/jabber-config.xml';
const OFF = 'file:///tmp/uc-config-scopes/campus/jabber-config.xml';

let client: LspClient;
before(async () => {
  client = new LspClient({ mra: 'off' });
  client.settingsFor = (scopeUri) => (scopeUri?.includes('/remote/') ? { mra: 'on' } : undefined);
  await client.initialize();
  for (const uri of [ON, OFF]) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: TEXT } });
});
after(async () => {
  assert.equal(await client.shutdown(), 0);
});

test('each document is checked with the settings of its own folder', async () => {
  await client.diagnostics(ON, (d) => d.some((x) => x.code === 'mra-unsupported'));
  const off = await client.diagnostics(OFF);
  assert.ok(!off.some((x) => x.code === 'mra-unsupported'), JSON.stringify(off.map((x) => x.code)));
});

test('a settings change is pulled again per document', async () => {
  client.settingsFor = (scopeUri) => (scopeUri?.includes('/campus/') ? { mra: 'on' } : undefined);
  client.notify('workspace/didChangeConfiguration', { settings: null });
  await client.diagnostics(OFF, (d) => d.some((x) => x.code === 'mra-unsupported'));
  await client.diagnostics(ON, (d) => !d.some((x) => x.code === 'mra-unsupported'));
});
