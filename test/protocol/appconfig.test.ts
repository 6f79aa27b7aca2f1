// EMM app configuration driven over stdio as any editor drives it: diagnostics on open, a quick fix
// through codeAction, completion in an empty file (the snippets for editors other than VS Code),
// hover with matrix rows, and document symbols.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from './lsp-client';

const XML = 'file:///tmp/uc-config-protocol/jabber.appconfig.xml';
const EMPTY = 'file:///tmp/uc-config-protocol/new.appconfig.json';
const TEXT = [
  '<dict>',
  '  <key>ServicesDomian</key>',
  '  <string>example.com</string>',
  '  <key>Telephony_Enabled</key>',
  '  <string>true</string>',
  '</dict>',
  '',
].join('\n');

type D = {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  data?: unknown;
  source?: string;
  severity?: number;
};
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
  const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: D['range']; newText: string }[]> } }[]>(
    'textDocument/codeAction',
    {
      textDocument: { uri: XML },
      range: tm.range,
      context: { diagnostics: [tm] },
    },
  );
  const fix = actions.find((a) => /boolean/.test(a.title))!;
  assert.deepEqual(fix.edit.changes[XML], [{ range: { start: { line: 4, character: 2 }, end: { line: 4, character: 23 } }, newText: '<true/>' }]);
});

test('an empty JSON file offers the whole configurations as completion items', async () => {
  const res = await client.request<{ items: { label: string; insertTextFormat: number }[] } | { label: string; insertTextFormat: number }[]>(
    'textDocument/completion',
    { textDocument: { uri: EMPTY }, position: { line: 0, character: 0 } },
  );
  const items = Array.isArray(res) ? res : res.items;
  assert.ok(items.some((i) => i.label === 'Cisco Jabber for BlackBerry: UEM app configuration' && i.insertTextFormat === 2));
  assert.ok(items.some((i) => i.label === 'Cisco Jabber for Intune: Graph iosMobileAppConfiguration'));
});

test('hover and document symbols', async () => {
  const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: XML }, position: { line: 3, character: 10 } });
  assert.match(h.contents.value, /\*\*Telephony_Enabled\*\*/);
  assert.match(h.contents.value, /BlackBerry UEM app-configuration fields/);
  const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: XML } });
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['ServicesDomian', 'Telephony_Enabled'],
  );
});

test('a code action asked for with diagnostics one edit old does not overwrite the text typed since', async () => {
  const uri = 'file:///tmp/uc-config-protocol/stale.appconfig.xml';
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: TEXT } });
  const ds = (await client.diagnostics(uri, (d) => d.length >= 3)) as unknown as D[];
  const tm = ds.find((d) => d.code === 'type-mismatch')!;
  // The user inserts a line above before the new diagnostics arrive; the editor still holds the old ones.
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- https://prt.example.com -->\n' }],
  });
  const actions = await client.request<{ edit?: { changes: Record<string, { range: D['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: tm.range,
    context: { diagnostics: [tm] },
  });
  // Line 4 now holds `<key>Telephony_Enabled</key>`: the old fix would have written <true/> over it.
  for (const a of actions) for (const e of a.edit?.changes[uri] ?? []) assert.notEqual(e.range.start.line, 4, `a stale edit: ${JSON.stringify(e)}`);
  // Once the current diagnostics are in, the fix is offered where the value now is.
  const now = (await client.diagnostics(uri, (d) =>
    d.some((x) => (x as unknown as D).code === 'type-mismatch' && (x as unknown as D).range.start.line === 5),
  )) as unknown as D[];
  const tm2 = now.find((d) => d.code === 'type-mismatch')!;
  const fresh = await client.request<{ title: string; edit: { changes: Record<string, { range: D['range']; newText: string }[]> } }[]>(
    'textDocument/codeAction',
    { textDocument: { uri }, range: tm2.range, context: { diagnostics: [tm2] } },
  );
  assert.deepEqual(fresh.find((a) => /boolean/.test(a.title))!.edit.changes[uri], [
    { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 23 } }, newText: '<true/>' },
  ]);
});
