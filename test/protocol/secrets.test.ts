// Secrets over stdio, as an editor sees them: a password inside a URL and an unknown password-named
// parameter appear in no diagnostic, outline, hover, code lens or log message the server sends.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from './lsp-client';

const SECRET = 'Zq7-protocol-pa55';
const URI = 'file:///tmp/uc-config-protocol/secrets/jabber-config.xml';
const TEXT = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<config version="1.0">',
  '  <Client>',
  `    <PrtLogServerURL>https://admin:${SECRET}@prt.example.com/upload.php</PrtLogServerURL>`,
  '  </Client>',
  '  <Policies>',
  `    <ServicesDomainSsoEmailPrompt>https://admin:${SECRET}@sso.example.com</ServicesDomainSsoEmailPrompt>`,
  '  </Policies>',
  '  <Directory>',
  `    <MyLdapPassword>${SECRET}</MyLdapPassword>`,
  '    <ConnectionUsername>svc-jabber</ConnectionUsername>',
  '  </Directory>',
  '</config>',
  '',
].join('\n');

let client: LspClient;

before(async () => {
  client = new LspClient({ mra: 'on' });
  await client.initialize();
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xml', version: 1, text: TEXT } });
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

test('no diagnostic, outline, hover, code lens or log message carries the secret', async () => {
  const ds = await client.diagnostics(URI, (d) => d.some((x) => x.code === 'invalid-value'));
  assert.ok(
    ds.some((d) => String(d.message).includes('https://admin:••••••@sso.example.com')),
    JSON.stringify(ds.map((d) => d.message)),
  );
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
  const hovers = await Promise.all(
    [3, 6, 9].map((line) => client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 30 } })),
  );
  const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: URI } });
  const seen = JSON.stringify({ ds, symbols, hovers, lenses, notifications: client.notifications, stderr: client.stderr });
  assert.ok(!seen.includes(SECRET), 'the secret reached the editor');
  assert.ok(JSON.stringify(symbols).includes('svc-jabber'), 'a user name is not a secret: the outline shows it');
});
