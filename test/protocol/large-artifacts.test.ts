// Large and hostile Expressway artifacts driven over stdio as an editor drives them: a DNS paste of
// 50 000 SRV records (the most the reader keeps), a trust store of 300 certificates (past the 200 read
// per file), a file of BEGIN lines that never end at the artifact bound, and one long line. The server measures its own event loop (./event-loop.ts): while
// each is opened, validated and asked for its outline, code lenses and a hover, no stretch of its main
// thread's work reaches 50 ms. The real numbers are printed.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { MAX_ARTIFACT_SIZE } from '../../server/formats/artifact';
import { MAX_RECORDS } from '../../server/formats/dns';
import { SETTINGS_FROM_ARTIFACTS, WORKSPACE_SCENARIO } from '../../shared/requests';
import { xconfigurationDump } from '../expressway-dump';
import { assertBounded, blockOf, eventLoop, withMeasuredServer } from './event-loop';
import { LspClient } from './lsp-client';

const DIR = 'file:///tmp/uc-config-large-artifacts';
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/expressway');
const PEM = fs.readFileSync(path.join(CORPUS, 'certs/cisco-doc-uccx-show-cert-own-tomcat-loaduccx-n1.pem'), 'utf8').trim() + '\n';

const SHAPES: { name: string; file: string; text: () => string }[] = [
  {
    name: 'a DNS paste of 50 000 SRV records (the most the reader keeps)',
    file: 'lookup.txt',
    text: () => Array.from({ length: MAX_RECORDS }, (_, i) => `_collab-edge._tls.e${i}.com. 300 IN SRV 10 10 8443 vcse${i}.e.com.`).join('\n') + '\n',
  },
  { name: 'a trust store of 300 certificates', file: 'trust.pem', text: () => PEM.repeat(300) },
  {
    name: 'BEGIN lines that never end, at the artifact bound',
    file: 'begins.pem',
    text: () => '-----BEGIN CERTIFICATE-----\n'.repeat(Math.floor(MAX_ARTIFACT_SIZE / 28)),
  },
  { name: 'a DNS paste of one 1 MB line', file: 'long.txt', text: () => '_collab-edge._tls.example.com SRV ' + 'a '.repeat(500_000) },
];

let client: LspClient;
withMeasuredServer({}, (c) => (client = c));

SHAPES.forEach((shape, i) => {
  test(`${shape.name}: opening, validating and asking for its outline, lenses and a hover never block the server`, async (t) => {
    const uri = `${DIR}/${i}/${shape.file}`;
    const text = shape.text();
    await eventLoop(client, true);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const atOpen = await eventLoop(client, true);
    const diagnostics = await client.diagnostics(uri, () => true, 60_000);
    const validated = await eventLoop(client, true);
    const symbols = (await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } })) ?? [];
    const lenses = (await client.request<unknown[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? [];
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    const features = await eventLoop(client, true);
    t.diagnostic(
      `${(text.length / 1e6).toFixed(2)} MB, ${diagnostics.length} diagnostics, ${symbols.length} symbols, ${lenses.length} lenses: ` +
        `longest event-loop block ${blockOf(validated)} until validated, ${blockOf(features)} for outline, lenses and hover, ${blockOf(atOpen)} reading the didOpen message`,
    );
    assertBounded(atOpen, 'reading the didOpen message');
    assertBounded(validated, 'until validated');
    assertBounded(features, 'for the outline, lenses and a hover');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

/** The hostile deployment folder on disk at its bounds: 25 DNS pastes of 1 MB and 25 trust stores of 200 certificates. */
function hostileFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-large-deployment-'));
  const dns = Array.from({ length: 14_000 }, (_, i) => `_collab-edge._tls.e${i}.com. 300 IN SRV 10 10 8443 vcse${i}.e.com.`).join('\n') + '\n';
  for (let i = 0; i < 25; i++) fs.writeFileSync(path.join(dir, `lookup-${String(i).padStart(2, '0')}.txt`), dns.slice(0, 999_000));
  for (let i = 0; i < 25; i++) fs.writeFileSync(path.join(dir, `trust-${String(i).padStart(2, '0')}.pem`), PEM.repeat(200));
  return dir;
}

const open = (c: LspClient, uri: string, text: string) =>
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });

/** Resolves once the server has published diagnostics for `uri` after the client's `since`-th notification. */
async function publishedSince(c: LspClient, uri: string, since: number): Promise<void> {
  const started = Date.now();
  while (!c.notifications.slice(since).some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri)) {
    if (Date.now() - started > 120_000) throw new Error(`no diagnostics for ${uri}; stderr: ${c.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a deployment folder at its bounds on disk (50 files: DNS pastes of 1 MB, trust stores of 200 certificates) beside an opened dump: no block of 50 ms', async (t) => {
  const dir = hostileFolder();
  try {
    const uri = pathToFileURL(path.join(dir, 'expc.txt')).toString();
    const text = xconfigurationDump(500);
    await eventLoop(client, true);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const diagnostics = await client.diagnostics(uri, () => true, 60_000);
    const validated = await eventLoop(client, true);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 30 } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const features = await eventLoop(client, true);
    t.diagnostic(
      `${diagnostics.length} diagnostics: longest event-loop block ${blockOf(validated)} until validated, ${blockOf(features)} for a hover and the outline`,
    );
    assertBounded(validated, 'until validated');
    assertBounded(features, 'for a hover and the outline');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("requests that read a hostile folder's deployment, each sent right after didOpen (before validation): no block of 50 ms, the answers of a server that validated first", async (t) => {
  const dir = hostileFolder();
  const validatedFirst = new LspClient({});
  try {
    const dump = pathToFileURL(path.join(dir, 'expc.txt')).toString();
    const cert = pathToFileURL(path.join(dir, 'trust-00.pem')).toString();
    // A jabber-config beside the dump reads its MRA switch from the deployment (validation, quick fixes).
    const jabber = pathToFileURL(path.join(dir, 'jabber-config.xml')).toString();
    const texts: [string, string][] = [
      [dump, xconfigurationDump(500)],
      [cert, fs.readFileSync(path.join(dir, 'trust-00.pem'), 'utf8')],
      [jabber, '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n<Client><Jabber_Plugin_Config/></Client>\n</config>\n'],
    ];
    const requests: [string, (c: LspClient) => Promise<unknown>][] = [
      ['a hover on the dump', (c) => c.request('textDocument/hover', { textDocument: { uri: dump }, position: { line: 3, character: 30 } })],
      ['a certificate hover', (c) => c.request('textDocument/hover', { textDocument: { uri: cert }, position: { line: 0, character: 5 } })],
      ['the certificate code lenses', (c) => c.request('textDocument/codeLens', { textDocument: { uri: cert } })],
      ['the workspace diagram', (c) => c.request(WORKSPACE_SCENARIO, null)],
      ['the settings export', (c) => c.request(SETTINGS_FROM_ARTIFACTS, { textDocument: { uri: dump } })],
      [
        "the jabber-config's quick fixes",
        (c) =>
          c.request('textDocument/codeAction', {
            textDocument: { uri: jabber },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
            context: { diagnostics: [] },
          }),
      ],
    ];
    await validatedFirst.initialize();
    for (const [uri, text] of texts) open(validatedFirst, uri, text);
    for (const [uri] of texts) await publishedSince(validatedFirst, uri, 0);
    const expected: unknown[] = [];
    for (const [, ask] of requests) expected.push(await ask(validatedFirst));
    for (const [i, [name, ask]] of requests.entries()) {
      // Every file of the folder changed on disk since the last case: the deployment is read from nothing again.
      const time = Date.now() / 1000 + 10 * (i + 1);
      for (const f of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, f), time, time);
      await eventLoop(client, true);
      const since = client.notifications.length;
      for (const [uri, text] of texts) open(client, uri, text);
      const answer = await ask(client);
      // The validations the didOpen started, which read the same deployment.
      for (const [uri] of texts) await publishedSince(client, uri, since);
      const block = await eventLoop(client, true);
      t.diagnostic(`${name}: longest event-loop block ${blockOf(block)} until answered and the three files validated`);
      assertBounded(block, `for ${name} and the validations`);
      assert.deepEqual(answer, expected[i], name);
      for (const [uri] of texts) client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    assert.equal(await validatedFirst.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
