// EMM app configuration driven over stdio as any editor drives it: diagnostics on open, a quick fix
// through codeAction, completion in an empty file (the snippets for editors other than VS Code),
// hover with matrix rows, and document symbols.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from './lsp-client';

const XML = 'file:///tmp/uc-config-protocol/jabber.appconfig.xml';
const EMPTY = 'file:///tmp/uc-config-protocol/new.appconfig.json';
const TEXT = ['<dict>', '  <key>ServicesDomian</key>', '  <string>example.com</string>', '  <key>Telephony_Enabled</key>', '  <string>true</string>', '</dict>', ''].join('\n');

type D = { code: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; data?: unknown; source?: string; severity?: number };
let client: LspClient;

before(async () => {
  client = new LspClient({});
  await client.initialize();
  client.notify('textDocument/didOpen', { textDocument: { uri: XML, languageId: 'xml', version: 1, text: TEXT } });
  client.notify('textDocument/didOpen', { textDocument: { uri: EMPTY, languageId: 'json', version: 1, text: '' } });
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

test('diagnostics for an Intune XML app config', async () => {
  const ds = (await client.diagnostics(XML, (d) => d.length >= 3)) as unknown as D[];
  const codes = ds.map((d) => d.code).sort();
  assert.deepEqual(codes, ['type-mismatch', 'unknown-key', 'url-provisioning-not-disabled']);
  const u = ds.find((d) => d.code === 'unknown-key')!;
  assert.deepEqual(u.range.start, { line: 1, character: 7 });
  assert.match(u.message, /Did you mean 'ServicesDomain'/);
});

test('the type fix arrives through codeAction and turns <string>true</string> into <true/>', async () => {
  const ds = (await client.diagnostics(XML, (d) => d.length >= 3)) as unknown as D[];
  const tm = ds.find((d) => d.code === 'type-mismatch')!;
  const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: D['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri: XML },
    range: tm.range,
    context: { diagnostics: [tm] },
  });
  const fix = actions.find((a) => /boolean/.test(a.title))!;
  assert.deepEqual(fix.edit.changes[XML], [{ range: { start: { line: 4, character: 2 }, end: { line: 4, character: 23 } }, newText: '<true/>' }]);
});

test('an empty JSON file offers the whole configurations as completion items', async () => {
  const res = await client.request<{ items: { label: string; insertTextFormat: number }[] } | { label: string; insertTextFormat: number }[]>('textDocument/completion', { textDocument: { uri: EMPTY }, position: { line: 0, character: 0 } });
  const items = Array.isArray(res) ? res : res.items;
  assert.ok(items.some((i) => i.label === 'Cisco Jabber for BlackBerry: UEM app configuration' && i.insertTextFormat === 2));
  assert.ok(items.some((i) => i.label === 'Cisco Jabber for Intune: Graph iosMobileAppConfiguration'));
});

test('hover and document symbols', async () => {
  const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: XML }, position: { line: 3, character: 10 } });
  assert.match(h.contents.value, /\*\*Telephony_Enabled\*\*/);
  assert.match(h.contents.value, /BlackBerry UEM app-configuration fields/);
  const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: XML } });
  assert.deepEqual(symbols.map((s) => s.name), ['ServicesDomian', 'Telephony_Enabled']);
});
