// The bundled server driven over stdio as an editor drives it: initialize, didOpen, incremental
// didChange, hover, completion, codeAction, documentSymbol, configuration change, shutdown.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient } from './lsp-client';

const URI = 'file:///tmp/uc-config-protocol/jabber-config.xml';
const TEXT = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<config version="1.0">',
  '  <Policies>',
  '    <VoiceServiceDomain>example.com</VoiceServiceDomain>',
  '    <EnableVideo>true</EnableVideo>',
  '  </Policies>',
  '  <Client>',
  '    <PrtLogServerURL>https://prt.example.com/upload.php</PrtLogServerURL>',
  '  </Client>',
  '</config>',
  '',
].join('\n');

type D = { code: string; message: string; range: { start: { line: number; character: number } } };
let client: LspClient;

before(async () => {
  client = new LspClient({ mra: 'off' });
  const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
  assert.equal(init.capabilities.textDocumentSync, 2, 'incremental sync');
  assert.ok(init.capabilities.hoverProvider);
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'xml', version: 1, text: TEXT } });
});

after(async () => {
  const code = await client.shutdown();
  assert.equal(code, 0);
});

test('didOpen publishes diagnostics with stable codes', async () => {
  const ds = (await client.diagnostics(URI, (d) => d.length > 0)) as unknown as D[];
  const unknown = ds.find((d) => d.code === 'unknown-parameter');
  assert.ok(unknown, JSON.stringify(ds));
  assert.deepEqual(unknown.range.start, { line: 3, character: 5 });
  assert.match(unknown.message, /Did you mean <VoiceServicesDomain>/);
});

test('an incremental edit re-validates the document', async () => {
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 17 }, end: { line: 4, character: 21 } }, text: 'maybe' }],
  });
  const ds = (await client.diagnostics(URI, (d) => d.some((x) => x.code === 'invalid-value'))) as unknown as D[];
  assert.match(ds.find((d) => d.code === 'invalid-value')!.message, /'maybe' is not a boolean/);
});

test('hover shows the parameter documentation with its MRA note', async () => {
  const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 7, character: 8 } });
  assert.match(h.contents.value, /\*\*PrtLogServerURL\*\*/);
  assert.match(h.contents.value, /Mobile and Remote Access/);
});

test('completion inside <Policies> offers its parameters as snippets', async () => {
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 3 },
    contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '    <Tele\n' }],
  });
  const list = await client.request<{ label: string; insertTextFormat: number }[] | { items: { label: string }[] }>('textDocument/completion', {
    textDocument: { uri: URI },
    position: { line: 5, character: 9 },
  });
  const items = Array.isArray(list) ? list : list.items;
  const item = items.find((i) => i.label === 'Telephony_Enabled') as { label: string; insertTextFormat?: number } | undefined;
  assert.ok(item);
  assert.equal(item.insertTextFormat, 2);
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 4 },
    contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '' }],
  });
});

test('codeAction returns the did-you-mean quick fix with its edit', async () => {
  const ds = (await client.diagnostics(URI, (d) => d.some((x) => x.code === 'unknown-parameter'))) as unknown as D[];
  const diag = ds.find((d) => d.code === 'unknown-parameter')!;
  const actions = await client.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: (diag as unknown as { range: unknown }).range,
    context: { diagnostics: [diag] },
  });
  assert.equal(actions[0].title, 'Change to <VoiceServicesDomain>');
  assert.deepEqual(
    actions[0].edit.changes[URI].map((e) => e.newText),
    ['VoiceServicesDomain', 'VoiceServicesDomain'],
  );
});

test('documentSymbol outlines groups and parameters', async () => {
  const symbols = await client.request<{ name: string; children: { name: string; children: { name: string }[] }[] }[]>('textDocument/documentSymbol', {
    textDocument: { uri: URI },
  });
  assert.equal(symbols[0].name, 'config');
  assert.deepEqual(
    symbols[0].children.map((c) => c.name),
    ['Policies', 'Client'],
  );
});

test('changing a setting re-validates open documents (MRA on, then a severity override)', async () => {
  client.settings = { mra: 'on' };
  client.notify('workspace/didChangeConfiguration', { settings: { ucConfig: client.settings } });
  const ds = (await client.diagnostics(URI, (d) => d.some((x) => x.code === 'mra-unsupported'))) as unknown as D[];
  assert.match(ds.find((d) => d.code === 'mra-unsupported')!.message, /Mobile and Remote Access/);
  client.settings = { mra: 'on', severity: { 'mra-unsupported': 'off' } };
  client.notify('workspace/didChangeConfiguration', { settings: { ucConfig: client.settings } });
  await client.diagnostics(URI, (d) => d.length > 0 && !d.some((x) => x.code === 'mra-unsupported'));
});

test('requests for closed documents and out-of-range positions get empty answers, not errors', async () => {
  const none = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/jabber-config.xml' }, position: { line: 0, character: 0 } });
  assert.equal(none, null);
  const far = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 9999, character: 9999 } });
  assert.equal(far, null);
});
