// Keystrokes sent to the bundled server as incremental didChange events, with completion requests
// in between as an editor sends them, end in exactly the diagnostics a fresh open of the final text
// gets: the per-version parse and the stepped validation that stops on each keystroke must never
// leave a stale or different answer behind. The server measures its own event loop (./event-loop.ts):
// while a 3 000-parameter file is typed into key by key, no stretch of its work reaches 50 ms.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fuzzParams } from '../fuzz';
import { assertBounded, blockOf, eventLoop, measuredClient } from './event-loop';
import type { LspClient } from './lsp-client';

const DIR = 'file:///tmp/uc-config-incremental';
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
type Json = Record<string, any>;

function largeConfig(n: number): string {
  const names = ['EnableVideo', 'Meetings_Enabled', 'Telephony_Enabled', 'EnableCallPickup', 'UnknownThing', 'StartCallWithVideo'];
  const lines = Array.from({ length: n }, (_, i) => `    <${names[i % names.length]}>${i % 7 === 0 ? 'maybe' : 'true'}</${names[i % names.length]}>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n${lines.join('\n')}\n  </Policies>\n  <Phone>\n    <TftpServer1>tftp.example.com</TftpServer1>\n  </Phone>\n</config>\n`;
}

let client: LspClient;
let docs = 0;

before(async () => {
  // These files carry thousands of findings, and every one is compared: no cap (ucConfig.maxDiagnostics).
  client = measuredClient({ mra: 'off', maxDiagnostics: 1_000_000 });
  await client.initialize();
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

/** The diagnostics published for exactly this version of the document. */
async function diagnosticsOf(uri: string, version: number): Promise<Json[]> {
  const started = Date.now();
  for (;;) {
    const hit = client.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === version);
    if (hit) return hit.params.diagnostics as Json[];
    if (Date.now() - started > 20_000) throw new Error(`no diagnostics for ${uri} version ${version}; stderr: ${client.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Diagnostics with the document's own URI blanked, so two copies of one text compare equal. */
const normalise = (ds: Json[], uri: string) => JSON.parse(JSON.stringify(ds).split(JSON.stringify(uri).slice(1, -1)).join('<uri>'));

async function typeAndCompare(initial: string, edits: { at: number; len: number; text: string }[]): Promise<void> {
  const uri = `${DIR}/typed${++docs}/jabber-config.xml`;
  const local = TextDocument.create(uri, 'xml', 1, initial);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: initial } });
  let version = 1;
  const answers: Promise<unknown>[] = [];
  for (const e of edits) {
    const text = local.getText();
    const start = Math.floor(e.at * text.length);
    const range = { start: local.positionAt(start), end: local.positionAt(Math.min(text.length, start + e.len)) };
    TextDocument.update(local, [{ range, text: e.text }], ++version);
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.text }] });
    answers.push(client.request('textDocument/completion', { textDocument: { uri }, position: local.positionAt(start + e.text.length) }));
  }
  await Promise.all(answers);
  const typed = await diagnosticsOf(uri, version);
  const freshUri = `${DIR}/fresh${docs}/jabber-config.xml`;
  client.notify('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'xml', version: 1, text: local.getText() } });
  const fresh = await diagnosticsOf(freshUri, 1);
  assert.deepEqual(normalise(typed, uri), normalise(fresh, freshUri));
  client.notify('textDocument/didClose', { textDocument: { uri } });
  client.notify('textDocument/didClose', { textDocument: { uri: freshUri } });
}

test('typing a parameter one key at a time into a 3 000-parameter file, completing after each key', async (t) => {
  const initial = largeConfig(3000);
  // A misspelt parameter (the documented one is EnableSIPURIDialling), typed where the previous key ended.
  const keys = [...'<EnableSIPURIDialing>true</EnableSIPURIDialing>\n'];
  const uri = `${DIR}/keys/jabber-config.xml`;
  const local = TextDocument.create(uri, 'xml', 1, initial);
  await eventLoop(client, true);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: initial } });
  let offset = initial.indexOf('  </Policies>');
  let version = 1;
  let sawEnable = false;
  for (const [i, key] of keys.entries()) {
    const pos = local.positionAt(offset);
    TextDocument.update(local, [{ range: { start: pos, end: pos }, text: key }], ++version);
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: key }] });
    offset += key.length;
    const items = await client.request<Json[] | { items: Json[] }>('textDocument/completion', { textDocument: { uri }, position: local.positionAt(offset) });
    if (i === 4) sawEnable = (Array.isArray(items) ? items : items.items).some((it) => String(it.label).startsWith('Enable'));
  }
  assert.ok(sawEnable, 'completion after typing <Enab offers Enable… parameters');
  const typed = await diagnosticsOf(uri, version);
  assert.ok(
    typed.some((d) => d.code === 'unknown-parameter' && /EnableSIPURIDialing/.test(d.message)),
    'the misspelt parameter is reported',
  );
  const block = await eventLoop(client, true);
  t.diagnostic(`${keys.length} keystrokes, each completed and validated (${typed.length} diagnostics): longest event-loop block ${blockOf(block)}`);
  assertBounded(block, 'while the file was typed into');
  client.notify('textDocument/didClose', { textDocument: { uri } });
});

const PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  '&',
  '<!--',
  '-->',
  '\n',
  '  ',
  'true',
  '<EnableVideo>',
  '</EnableVideo>',
  '<EnableVideo>x</EnableVideo>',
  '</Policies>',
  '<Ena',
  'x',
  '한',
];
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat({ max: 6 }),
  text: fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 3 }).map((a) => a.join('')),
});

test('random incremental edits end in the diagnostics of a fresh open', async () => {
  const initial = largeConfig(1500);
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => typeAndCompare(initial, edits)),
    fuzzParams(RUNS),
  );
});
