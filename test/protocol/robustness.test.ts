// The bundled server keeps serving a client that misbehaves: requests for documents it never
// opened or already closed, positions past the end of a document, and a 50 MB file. Each request
// gets an ordinary empty answer, and the server still answers hover afterwards. The server measures its
// own event loop (./event-loop.ts): during each test no stretch of its main thread's work reaches 50 ms
// (reading the 50 MB file's didOpen message, the transport's JSON.parse beyond the size limit, is reported apart).
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { assertBounded, blockOf, eventLoop, measuredClient } from './event-loop';
import type { LspClient } from './lsp-client';

const DIR = 'file:///tmp/uc-config-robustness';
const SMALL = `${DIR}/jabber-config.xml`;
const TEXT =
  '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Client>\n    <PrtLogServerURL>https://prt.example.com/upload.php</PrtLogServerURL>\n  </Client>\n</config>\n';
type Hover = { contents: { value: string } } | null;

let client: LspClient;

before(async () => {
  client = measuredClient({ mra: 'off' });
  await client.initialize();
  client.notify('textDocument/didOpen', { textDocument: { uri: SMALL, languageId: 'xml', version: 1, text: TEXT } });
  await client.diagnostics(SMALL);
});

beforeEach(async () => {
  await eventLoop(client, true);
});

afterEach(async (t) => {
  const block = await eventLoop(client, true);
  if ('diagnostic' in t) t.diagnostic(`longest event-loop block ${blockOf(block)}`);
  assertBounded(block, `in "${t.name}"`);
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

const hoverSmall = () => client.request<Hover>('textDocument/hover', { textDocument: { uri: SMALL }, position: { line: 3, character: 8 } });

test('requests for a document that was never opened get empty answers', async () => {
  const uri = `${DIR}/never-opened/jabber-config.xml`;
  const position = { line: 0, character: 0 };
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
  const completion = await client.request<unknown[] | { items: unknown[] } | null>('textDocument/completion', { textDocument: { uri }, position });
  assert.ok(completion === null || (Array.isArray(completion) ? completion : completion.items).length === 0);
  assert.deepEqual((await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } })) ?? [], []);
  assert.deepEqual((await client.request<unknown[] | null>('textDocument/foldingRange', { textDocument: { uri } })) ?? [], []);
  const range = { start: position, end: position };
  assert.deepEqual(
    (await client.request<unknown[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) ?? [],
    [],
  );
});

test('requests for a closed document get empty answers and its diagnostics are cleared', async () => {
  const uri = `${DIR}/closed/jabber-config.xml`;
  client.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'xml', version: 1, text: '<config><Policies><EnableVideo>maybe</EnableVideo></Policies></config>' },
  });
  await client.diagnostics(uri, (d) => d.length > 0);
  client.notify('textDocument/didClose', { textDocument: { uri } });
  await client.diagnostics(uri, (d) => d.length === 0);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } }), null);
  assert.deepEqual((await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } })) ?? [], []);
});

test('positions past the end of a document are answered, not failed', async () => {
  for (const position of [
    { line: 9999, character: 0 },
    { line: 2, character: 9999 },
    { line: 9999, character: 9999 },
  ]) {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SMALL }, position });
    assert.ok(h === null || typeof h.contents === 'object');
    const c = await client.request<unknown[] | { items: unknown[] } | null>('textDocument/completion', { textDocument: { uri: SMALL }, position });
    assert.ok(c === null || Array.isArray(c) || Array.isArray(c.items));
  }
  const huge = { start: { line: 0, character: 0 }, end: { line: 1e6, character: 1e6 } };
  const actions = await client.request<unknown[] | null>('textDocument/codeAction', {
    textDocument: { uri: SMALL },
    range: huge,
    context: { diagnostics: [] },
  });
  assert.ok(actions === null || Array.isArray(actions));
  assert.match((await hoverSmall())!.contents.value, /PrtLogServerURL/);
});

test('a 50 MB file gets a file-too-large diagnostic and the server still answers hover', async (t) => {
  const uri = `${DIR}/big/jabber-config.xml`;
  const line = '  <Policies><EnableVideo>true</EnableVideo></Policies>\n';
  const big = `<config version="1.0">\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}</config>\n`;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: big } });
  const atOpen = await eventLoop(client, true);
  t.diagnostic(`${blockOf(atOpen)} reading the 50 MB didOpen message`);
  const ds = (await client.diagnostics(uri, (d) => d.length > 0, 60_000)) as { code: string; message: string }[];
  const tooLarge = ds.find((d) => d.code === 'file-too-large');
  assert.ok(tooLarge, JSON.stringify(ds.slice(0, 3)));
  assert.match(tooLarge.message, /50/);
  // Requests on the big file itself stay bounded too.
  const started = Date.now();
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 16 } });
  await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 100000, character: 14 } });
  assert.ok(Date.now() - started < 20_000, `requests on the 50 MB file took ${Date.now() - started} ms`);
  client.notify('textDocument/didClose', { textDocument: { uri } });
  assert.match((await hoverSmall())!.contents.value, /PrtLogServerURL/);
});

test('a secret in a file never appears in anything the server sends: diagnostics, logs, hover, symbols', async () => {
  const secret = 'Zq7-SECRET-pa55w0rd';
  const uri = `${DIR}/secret/jabber-config.xml`;
  const text = `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Directory>\n    <ConnectionPassword>${secret}</ConnectionPassword>\n  </Directory>\n</config>\n`;
  const before = client.notifications.length;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text } });
  const ds = (await client.diagnostics(uri, (d) => d.some((x) => x.code === 'plaintext-secret'))) as { code: string }[];
  assert.ok(ds.length > 0);
  const answers = [
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 30 } }),
    await client.request('textDocument/documentSymbol', { textDocument: { uri } }),
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 30 } }),
  ];
  // Every notification since the open: publishDiagnostics, window/logMessage, telemetry, anything.
  const sent = JSON.stringify([client.notifications.slice(before), answers]);
  assert.ok(!sent.includes(secret), 'the server sent the secret');
  assert.ok(!client.stderr.includes(secret), 'the server wrote the secret to stderr');
  client.notify('textDocument/didClose', { textDocument: { uri } });
});
