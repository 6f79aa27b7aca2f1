// Snippets only where they belong (issue 13.2): the EMM entries come from the server's completion for
// app-config documents only, never in a jabber-config's <Directory>, a pom.xml or an unrelated JSON
// file; the parameter completion is never shadowed; a value completion replaces the value already
// there. Each test applies the chosen item and checks the document text after it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandSnippet } from '../unit/appconfig-helpers';
import { LspClient } from './lsp-client';

type Item = {
  label: string;
  kind?: number;
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  insertText?: string;
};
const BASE = 'file:///tmp/uc-config-snippet-scope';
const JABBER = `${BASE}/jabber-config.xml`;
const JABBER_TEXT =
  '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Directory>\n    \n    <DirectoryServerType>LDAPX</DirectoryServerType>\n  </Directory>\n</config>\n';
const POM = `${BASE}/pom.xml`;
const PACKAGE = `${BASE}/package.json`;
const EMPTY_JSON = `${BASE}/settings.json`;
const APP = `${BASE}/phones.appconfig.xml`;
const APP_TEXT = '<dict>\n  \n</dict>\n';

let client: LspClient;
before(async () => {
  client = new LspClient({});
  await client.initialize();
  const open = (uri: string, languageId: string, text: string) =>
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  open(JABBER, 'xml', JABBER_TEXT);
  open(POM, 'xml', '<project>\n  \n</project>\n');
  open(PACKAGE, 'json', '{\n  \n}\n');
  open(EMPTY_JSON, 'json', '');
  open(APP, 'xml', APP_TEXT);
});
after(async () => {
  assert.equal(await client.shutdown(), 0);
});

async function complete(uri: string, line: number, character: number): Promise<Item[]> {
  const res = await client.request<{ items: Item[] } | Item[] | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  return !res ? [] : Array.isArray(res) ? res : res.items;
}
function accept(text: string, item: Item): string {
  const doc = TextDocument.create('file:///x', 'xml', 1, text);
  const e = item.textEdit!;
  return expandSnippet(TextDocument.applyEdits(doc, [{ range: e.range, newText: e.newText }]));
}
const looksEmm = (i: Item) => /<key>|appConfigKey|plist|Intune|BlackBerry/i.test(`${i.label} ${i.textEdit?.newText ?? i.insertText ?? ''}`);

test('inside <Directory> of a jabber-config: Directory parameters, no EMM entry', async () => {
  const items = await complete(JABBER, 3, 4);
  assert.ok(items.length > 0);
  assert.ok(
    items.some((i) => i.label === 'PrimaryServerName' || i.label === '<PrimaryServerName>'),
    items
      .slice(0, 10)
      .map((i) => i.label)
      .join(','),
  );
  assert.deepEqual(
    items.filter(looksEmm).map((i) => i.label),
    [],
  );
  const chosen = items.find((i) => /^<?PrimaryServerName>?$/.test(i.label))!;
  assert.match(accept(JABBER_TEXT, chosen).split('\n')[3], /^ {4}<PrimaryServerName>.*<\/PrimaryServerName>$/);
});

test('a pom.xml, a package.json and an empty unrelated .json get nothing from UC Config', async () => {
  assert.deepEqual(await complete(POM, 1, 2), []);
  assert.deepEqual(await complete(PACKAGE, 1, 2), []);
  assert.deepEqual(await complete(EMPTY_JSON, 0, 0), []);
});

test('the manifest contributes no snippet files for every XML or JSON document', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  assert.equal(pkg.contributes.snippets, undefined);
});

test('an app-config document gets the EMM entries, and accepting one writes a key/value pair there', async () => {
  const items = await complete(APP, 1, 2);
  const entry = items.find((i) => i.label === 'ServicesDomain' || /ServicesDomain/.test(i.label));
  assert.ok(
    entry,
    items
      .slice(0, 10)
      .map((i) => i.label)
      .join(','),
  );
  const after = accept(APP_TEXT, entry);
  assert.match(after, /<dict>\n {2}<key>ServicesDomain<\/key>\n {2}<string>[^<]*<\/string>\n?\s*<\/dict>/);
});

test('a value completion replaces the value already there', async () => {
  // Caret in the middle of "LDAPX".
  const items = await complete(JABBER, 4, 27);
  const ldap = items.find((i) => i.label === 'LDAP' || i.label === 'EDI' || i.label === 'UDS');
  assert.ok(ldap, items.map((i) => i.label).join(','));
  const line = accept(JABBER_TEXT, ldap).split('\n')[4];
  assert.equal(line, `    <DirectoryServerType>${ldap.label}</DirectoryServerType>`);
});
