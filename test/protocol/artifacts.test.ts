// A certificate and a DNS paste driven over stdio as any editor drives them: diagnostics on open,
// the certificate summary as hover and code lens, the outline of both. The DNS paste has a name no
// pattern matches (lookup.txt): it is recognised by its content.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/expressway');
const PEM_URI = 'file:///tmp/uc-config-protocol/site-a/tomcat.pem';
const DNS_URI = 'file:///tmp/uc-config-protocol/site-a/lookup.txt';
const PEM = fs.readFileSync(path.join(CORPUS, 'certs/cisco-doc-uccx-show-cert-own-tomcat-loaduccx-n1.pem'), 'utf8');
const DNS = fs.readFileSync(path.join(CORPUS, 'dns/cisco-jabber-planning-collab-edge-srv.txt'), 'utf8');

type D = { code: string; message: string; severity: number; range: { start: { line: number; character: number } } };
let client: LspClient;

before(async () => {
  client = new LspClient({});
  await client.initialize();
  client.notify('textDocument/didOpen', { textDocument: { uri: PEM_URI, languageId: 'plaintext', version: 1, text: PEM } });
  client.notify('textDocument/didOpen', { textDocument: { uri: DNS_URI, languageId: 'plaintext', version: 1, text: DNS } });
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

test('a PEM certificate: expired and self-signed, on the BEGIN line', async () => {
  const ds = (await client.diagnostics(PEM_URI, (d) => d.length >= 2)) as unknown as D[];
  assert.deepEqual(
    ds.map((d) => [d.code, d.severity, d.range.start.line]),
    [
      ['cert-expired', 1, 0],
      ['cert-self-signed', 3, 0],
    ],
  );
  assert.equal(ds[0].message, 'This certificate expired on 2022-10-12.');
});

test('the certificate summary as hover and as a code lens', async () => {
  const h = await client.request<{ contents: { value: string } }>('textDocument/hover', {
    textDocument: { uri: PEM_URI },
    position: { line: 4, character: 2 },
  });
  assert.match(h.contents.value, /^\*\*Certificate\*\* `C=IN, O=CISCO, OU=CBABU, CN=loaduccx-n1\.cisco\.com, ST=KARNATAKA, L=BANGALORE`$/m);
  assert.match(h.contents.value, /^- Names \(SAN\): DNS `loaduccx-n1\.cisco\.com`$/m);
  assert.match(h.contents.value, /^- Valid: 2020-10-12 to 2022-10-12 — \*\*expired\*\*$/m);
  const lenses = await client.request<{ range: { start: { line: number } }; command: { title: string } }[]>('textDocument/codeLens', {
    textDocument: { uri: PEM_URI },
  });
  assert.deepEqual(
    lenses.map((l) => [l.range.start.line, l.command.title]),
    [[0, 'Certificate loaduccx-n1.cisco.com · loaduccx-n1.cisco.com · RSA 2048 bits · expired 2022-10-12 · server authentication, client authentication']],
  );
  const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: PEM_URI } });
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['loaduccx-n1.cisco.com'],
  );
});

test('a DNS paste recognised by content: no problems, its SRV records in the outline', async () => {
  const ds = await client.diagnostics(DNS_URI);
  assert.deepEqual(ds, []);
  const symbols = await client.request<{ name: string; detail: string }[]>('textDocument/documentSymbol', { textDocument: { uri: DNS_URI } });
  assert.deepEqual(
    symbols.map((s) => `${s.name} → ${s.detail}`),
    [
      '_collab-edge._tls.example.com SRV → vcse1.example.com:8443 (3 7)',
      '_collab-edge._tls.example.com SRV → vcse2.example.com:8443 (4 8)',
      '_collab-edge._tls.example.com SRV → vcse3.example.com:8443 (5 0)',
    ],
  );
});

test('a DER certificate opened as text is read from disk: its findings and its summary as hover', async () => {
  const file = path.resolve(__dirname, '../fixtures/certs/vcse.der');
  const uri = pathToFileURL(file).toString();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(file, 'utf8') } });
  assert.deepEqual(
    ((await client.diagnostics(uri, (d) => d.length > 0)) as unknown as D[]).map((d) => d.code),
    ['cert-xmppaddr-san'],
  );
  const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.match(
    h.contents.value,
    /^- Names \(SAN\): DNS `vcse\.example\.com`, DNS `collab-edge\.example\.com`, DNS `chat\.example\.com`, XmppAddr `chat\.example\.com`, IP `203\.0\.113\.10`, IP `2001:db8::10`$/m,
  );
  client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a private key is reported and nothing of it is ever sent: diagnostics, hover, lens, outline, logs', async () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  const uri = 'file:///tmp/uc-config-protocol/site-a/vcse.key';
  const before = client.notifications.length;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: `${PEM}\n${key}` } });
  const ds = (await client.diagnostics(uri, (d) => d.some((x) => x.code === 'cert-private-key'))) as unknown as D[];
  assert.deepEqual(
    ds.find((d) => d.code === 'cert-private-key')!.message,
    'A private key is stored here. It should be kept only on the server it belongs to (and backed up safely), not beside configuration files in a repository.',
  );
  const keyLine = PEM.split('\n').length + 1;
  const answers = [
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: keyLine, character: 5 } }),
    await client.request('textDocument/documentSymbol', { textDocument: { uri } }),
    await client.request('textDocument/codeLens', { textDocument: { uri } }),
    await client.request('textDocument/foldingRange', { textDocument: { uri } }),
  ];
  const sent = JSON.stringify([client.notifications.slice(before), answers]);
  for (const line of key.split('\n').filter((l) => l && !l.startsWith('-----'))) {
    assert.ok(!sent.includes(line), 'the server sent key material');
    assert.ok(!client.stderr.includes(line), 'the server logged key material');
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
});
