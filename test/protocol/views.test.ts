// What the VS Code commands ask the bundled server over the protocol (shared/requests.ts): the
// workspace scenario from the files on disk and the open documents' unsaved text, the MRA code lenses
// (textDocument/codeLens, any editor), and the two steps of "Insert EMM Parameter…".
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Scenario } from '../../shared/viewModel';
import { expandSnippet } from '../unit/appconfig-helpers';
import { LspClient } from './lsp-client';

const JABBER = `<?xml version="1.0" encoding="utf-8"?>
<config version="1.0">
  <Directory>
    <DirectoryServerType>LDAP</DirectoryServerType>
    <PrimaryServerName>ldap.example.com</PrimaryServerName>
  </Directory>
  <Phone><TftpServer1>cucm1.example.com</TftpServer1></Phone>
</config>
`;
const APPCONFIG = '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n</dict>\n';

let dir: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
const scenario = () => client.request<Scenario>('ucConfig/workspaceScenario', {});
type Lens = { range: { start: { line: number; character: number } }; command: { title: string; command: string; arguments: unknown[] } };
const lenses = (name: string) => client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: uri(name) } });

/** Asks again until the answer satisfies the predicate (a settings change is applied asynchronously). */
async function until<T>(ask: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await ask();
    if (ok(v)) return v;
    if (Date.now() - start > 10000) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-views-'));
  fs.writeFileSync(path.join(dir, 'jabber-config.xml'), JABBER);
  fs.copyFileSync(path.resolve(__dirname, '../vscode/workspace/mra-pair.expressway.yaml'), path.join(dir, 'mra-pair.expressway.yaml'));
  fs.writeFileSync(path.join(dir, 'phones.appconfig.xml'), APPCONFIG);
  client = new LspClient({ mra: 'off' });
  const init = (await client.initialize(pathToFileURL(dir).toString())) as { capabilities: Record<string, unknown> };
  assert.deepEqual(init.capabilities.codeLensProvider, { resolveProvider: false });
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the workspace scenario draws the files on disk, then the unsaved text of an open one', async () => {
  const s = await until(scenario, (v) => v.nodes.some((n) => n.id === 'host-cucm1-example-com'), 'the disk files');
  assert.equal(s.id, 'workspace');
  // The settings file turns MRA on: Expressway pair, DMZ, and the jabber-config's servers behind Expressway-C.
  assert.equal(s.title.en, 'This workspace (MRA on)');
  assert.ok(s.nodes.some((n) => n.type === 'expressway-e' && n.zone === 'dmz' && n.label.includes('vcse.example.com')));
  assert.ok(s.edges.some((e) => e.to === 'host-ldap-example-com' && e.label.startsWith('LDAP directory — PrimaryServerName')));
  assert.ok(s.notes!.some((n) => /PrimaryServerName is set, but .* not supported over MRA/.test(n.en)));
  assert.deepEqual(
    [...(s.source as string[])].sort(),
    ['jabber-config.xml', 'mra-pair.expressway.yaml', 'phones.appconfig.xml'].map((f) => path.join(dir, f)).sort(),
  );

  client.notify('textDocument/didOpen', {
    textDocument: { uri: uri('jabber-config.xml'), languageId: 'xml', version: 1, text: JABBER.replace('cucm1.example.com', 'cucm9.example.com') },
  });
  const edited = await scenario();
  assert.ok(
    edited.nodes.some((n) => n.id === 'host-cucm9-example-com'),
    'the open text wins over the file on disk',
  );
  assert.ok(!edited.nodes.some((n) => n.id === 'host-cucm1-example-com'));
});

test('a file created after start-up is drawn: the disk is read again for each diagram', async () => {
  fs.writeFileSync(
    path.join(dir, 'late.appconfig.json'),
    '{"@odata.type":"#microsoft.graph.targetedManagedAppConfiguration","customSettings":[{"name":"ServicesDomain","value":"late.example.com"}]}',
  );
  const s = await scenario();
  assert.ok((s.source as string[]).includes(path.join(dir, 'late.appconfig.json')));
  // Its services domain joins the SRV look-ups (one link to DNS, its labels joined).
  assert.ok(s.edges.some((e) => e.to === 'dns' && e.label.split('; ').includes('_collab-edge._tls.late.example.com')));
});

test('the workspace scenario follows ucConfig.locale: labels in that language, Text fields in all three', async () => {
  client.settings = { mra: 'off', locale: 'ja' };
  client.notify('workspace/didChangeConfiguration', { settings: { ucConfig: client.settings } });
  const s = await until(scenario, (v) => v.nodes.some((n) => n.label.includes('社外')), 'a Japanese scenario');
  assert.equal(s.title.en, 'This workspace (MRA on)');
  assert.equal(s.title.ja, 'このワークスペース (MRA オン)');
  assert.equal(s.title.ko, '이 작업 영역 (MRA 켜짐)');
  assert.equal(s.nodes.find((n) => n.id === 'jabber')!.label, 'Cisco Jabber (社外、MRA 経由)');
  assert.ok(s.edges.some((e) => e.to === 'host-ldap-example-com' && e.label.startsWith('LDAP ディレクトリ — PrimaryServerName')));
  // The MRA row's Japanese service name, from the MRA table's translation.
  assert.ok(
    s.notes!.some((n) => n.ja === 'PrimaryServerName が設定されていますが、「LDAP によるディレクトリ検索」は MRA ではサポートされていません。'),
    JSON.stringify(s.notes),
  );
  client.settings = { mra: 'off' };
  client.notify('workspace/didChangeConfiguration', { settings: { ucConfig: client.settings } });
  await until(scenario, (v) => v.nodes.some((n) => n.label === 'Cisco Jabber (off-net, over MRA)'), 'English again');
});

test('MRA code lenses: none while ucConfig.mra is off, then one per parameter the MRA table names', async () => {
  assert.deepEqual(await lenses('jabber-config.xml'), []);
  client.settings = { mra: 'on' };
  client.notify('workspace/didChangeConfiguration', { settings: { ucConfig: client.settings } });
  const ls = await until(
    () => lenses('jabber-config.xml'),
    (v) => v.length > 0,
    'lenses',
  );
  const dst = ls.find((l) => l.command.arguments[0] === 'DirectoryServerType')!;
  assert.equal(dst.command.title, 'MRA: Not supported — Directory search through LDAP');
  assert.equal(dst.command.command, 'ucConfig.showMraTable');
  assert.deepEqual(dst.range.start, { line: 3, character: 4 });
  // Only jabber-config files get lenses.
  assert.deepEqual(await lenses('mra-pair.expressway.yaml'), []);
});

test('Insert EMM Parameter: the items suit the document, the insertion lands after the last entry', async () => {
  const app = uri('phones.appconfig.xml');
  client.notify('textDocument/didOpen', { textDocument: { uri: app, languageId: 'xml', version: 1, text: APPCONFIG } });
  const picks = await client.request<{ items: { key: string; description: string; detail: string }[]; unrecognisedJson?: boolean }>('ucConfig/emmPickItems', {
    textDocument: { uri: app },
  });
  assert.equal(picks.unrecognisedJson, undefined);
  assert.match(picks.items.find((i) => i.key === 'ServicesDomain')!.description, /already set/);
  const ins = await client.request<{ position: { line: number; character: number }; snippet: string }>('ucConfig/emmInsertion', {
    textDocument: { uri: app },
    key: 'Telephony_Enabled',
  });
  // Applied with its tab stops resolved to their defaults, the entry closes the <dict>.
  const doc = TextDocument.create(app, 'xml', 1, APPCONFIG);
  const text = TextDocument.applyEdits(doc, [{ range: { start: ins.position, end: ins.position }, newText: expandSnippet(ins.snippet) }]);
  assert.equal(text, '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>Telephony_Enabled</key>\n  <true/>\n</dict>\n');

  const json = uri('new.appconfig.json');
  client.notify('textDocument/didOpen', { textDocument: { uri: json, languageId: 'json', version: 1, text: '{"displayName":"x"}' } });
  assert.deepEqual(await client.request('ucConfig/emmPickItems', { textDocument: { uri: json } }), { items: [], unrecognisedJson: true });
  assert.equal(await client.request('ucConfig/emmInsertion', { textDocument: { uri: json }, key: 'Telephony_Enabled' }), null);
  // A document the server does not have, or one of another kind, gets null.
  assert.equal(await client.request('ucConfig/emmPickItems', { textDocument: { uri: uri('nowhere.appconfig.xml') } }), null);
  assert.equal(await client.request('ucConfig/emmPickItems', { textDocument: { uri: uri('jabber-config.xml') } }), null);
});
