// Completion, hover, quick fixes and symbols for jabber-config.xml, asserted on the document the
// user would see after accepting them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { jabberConfigService as svc } from '../../server/services/jabber';
import { apply, applyAction, CONFIG, ctx, doc, withCaret } from './jabber-helpers';

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
/** Accepts a completion item as an editor does, with snippet placeholders resolved to their first choice. */
function accept(d: ReturnType<typeof withCaret>['doc'], item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const plain = edit.newText
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d/g, '');
  return apply(d, [{ range: edit.range, newText: plain }]);
}

test('completion offers the seven groups inside <config>', () => {
  const { doc: d, position } = withCaret('<?xml version="1.0"?>\n<config version="1.0">\n  |\n</config>');
  const items = svc.complete(d, position, ctx());
  assert.deepEqual(labels(items).sort(), ['Client', 'Directory', 'Options', 'Phone', 'Policies', 'Presence', 'Voicemail']);
  const text = accept(
    d,
    items.find((i) => i.label === 'Policies')!,
  );
  assert.match(text, /<Policies>\n\t\n<\/Policies>/);
});

test('completion after "<" offers the parameters of the enclosing group, and inserts tag, value and end tag', () => {
  const { doc: d, position } = withCaret(CONFIG('<Policies>\n  <Telep|\n</Policies>'));
  const items = svc.complete(d, position, ctx());
  assert.ok(labels(items).includes('Telephony_Enabled'));
  assert.ok(!labels(items).includes('UpdateURL'), 'Client parameters are not offered in <Policies>');
  const text = accept(
    d,
    items.find((i) => i.label === 'Telephony_Enabled')!,
  );
  assert.match(text, /\n  <Telephony_Enabled>true<\/Telephony_Enabled>\n<\/Policies>/);
  const item = items.find((i) => i.label === 'Telephony_Enabled')!;
  assert.match(JSON.stringify(item.documentation), /Telephony/);
});

test('parameters already in the file are not offered again; deprecated ones are marked', () => {
  const { doc: d, position } = withCaret(CONFIG('<Directory>\n<PresenceDomain>example.com</PresenceDomain>\n|\n</Directory>'));
  const items = svc.complete(d, position, ctx());
  assert.ok(!labels(items).includes('PresenceDomain'));
  const bdi = items.find((i) => i.label === 'BDIPresenceDomain');
  assert.ok(bdi?.tags?.includes(1));
});

test('completion inside a value offers the enum values of this release, replacing the whole value', () => {
  const { doc: d, position } = withCaret(CONFIG('<Directory><DirectoryServerType>LD|AP</DirectoryServerType></Directory>'));
  const items = svc.complete(d, position, ctx());
  assert.deepEqual(labels(items), ['LDAP', 'UDS']);
  assert.match(accept(d, items[1]), /<DirectoryServerType>UDS<\/DirectoryServerType>/);
  const old = svc.complete(d, position, ctx({ jabberRelease: '11.6' }));
  assert.deepEqual(labels(old), ['UDS', 'BDI', 'EDI']);
});

test('completion inside a boolean offers true and false', () => {
  const { doc: d, position } = withCaret(CONFIG('<Policies><EnableVideo>|</EnableVideo></Policies>'));
  assert.deepEqual(labels(svc.complete(d, position, ctx())), ['true', 'false']);
});

test('completion after "</" closes the open element', () => {
  const { doc: d, position } = withCaret(CONFIG('<Policies><EnableVideo>true</|'));
  const items = svc.complete(d, position, ctx());
  assert.equal(items.length, 1);
  assert.match(accept(d, items[0]), /<EnableVideo>true<\/EnableVideo>/);
});

test('an empty file offers a whole skeleton', () => {
  const { doc: d, position } = withCaret('|');
  const items = svc.complete(d, position, ctx());
  assert.equal(items.length, 1);
  assert.match(accept(d, items[0]), /^<\?xml version="1.0" encoding="utf-8"\?>\n<config version="1.0">\n\t<Client>/);
});

test('hover on a parameter shows type, values, default, platforms, the MRA note and the source', () => {
  const { doc: d, position } = withCaret(CONFIG('<Directory><Directory|ServerType>LDAP</DirectoryServerType></Directory>'));
  const h = svc.hover(d, position, ctx());
  const md = (h?.contents as { value: string }).value;
  assert.match(md, /\*\*DirectoryServerType\*\* · Directory · enum/);
  assert.match(md, /`LDAP` \(since Jabber 11.8\)/);
  assert.match(md, /\*\*Default:\*\* `LDAP`/);
  assert.match(md, /Windows, Mac, iOS, Android/);
  assert.match(md, /Mobile and Remote Access:.*(UDS|LDAP)/s);
  assert.match(md, /\[Parameters Reference Guide for Cisco Jabber\]\(https:\/\/www\.cisco\.com\//);
});

test('hover on the end tag and on the value works too; hover on a group describes it', () => {
  const text = CONFIG('<Client><PrtLogServerURL>https://p.example.com/u.php</PrtLogServerURL></Client>');
  const d = doc(text);
  const onEnd = svc.hover(d, d.positionAt(text.indexOf('PrtLogServerURL>', text.indexOf('</')) + 2), ctx());
  assert.match((onEnd?.contents as { value: string }).value, /problem report|Problem report|upload/i);
  const onGroup = svc.hover(d, d.positionAt(text.indexOf('Client') + 2), ctx());
  assert.match((onGroup?.contents as { value: string }).value, /\*\*<Client>\*\* · jabber-config group/);
});

test("hover on a port-range parameter names no group: Cisco's reference gives none (en, ko, ja)", () => {
  const text = CONFIG('<Phone><Audio_Start_Port_Range>2068</Audio_Start_Port_Range></Phone>');
  const d = doc(text);
  const at = d.positionAt(text.indexOf('Audio_Start') + 3);
  const expected = { en: "Cisco's reference gives no group", ko: 'Cisco 참조 문서에 그룹이 없음', ja: 'Cisco のリファレンスにグループの指定なし' };
  for (const locale of ['en', 'ko', 'ja'] as const) {
    const md = (svc.hover(d, at, { ...ctx(), locale })?.contents as { value: string }).value;
    assert.ok(md.startsWith(`**Audio_Start_Port_Range** · ${expected[locale]} · `), `${locale}: ${md.split('\n')[0]}`);
    assert.doesNotMatch(md, /· Phone ·|Phone is assumed|Phone 그룹으로 간주|Phone グループとみなし/, locale);
  }
  // A parameter Cisco does put in a group still names it.
  const t2 = CONFIG('<Phone><TftpServer1>hostname</TftpServer1></Phone>');
  const d2 = doc(t2);
  assert.match((svc.hover(d2, d2.positionAt(t2.indexOf('TftpServer1') + 3), ctx())?.contents as { value: string }).value, /^\*\*TftpServer1\*\* · Phone · /);
});

test('hover on a name that belongs elsewhere says where it goes', () => {
  const text = CONFIG('<Policies><ServicesDomain>example.com</ServicesDomain></Policies>');
  const d = doc(text);
  const h = svc.hover(d, d.positionAt(text.indexOf('ServicesDomain') + 3), ctx());
  assert.match((h?.contents as { value: string }).value, /not a jabber-config parameter/);
});

function fixes(text: string, code: string, settings = {}) {
  const d = doc(text);
  const c = ctx(settings);
  const diags = svc.validate(d, c).filter((x) => x.code === code);
  assert.ok(diags.length, `no ${code}`);
  return { d, actions: svc.codeActions(d, diags[0].range, diags, c) };
}

test('quick fix: did-you-mean renames start and end tag', () => {
  const { d, actions } = fixes(CONFIG('<Policies><VoiceServiceDomain>example.com</VoiceServiceDomain></Policies>'), 'unknown-parameter');
  assert.equal(actions[0].title, 'Change to <VoiceServicesDomain>');
  assert.match(applyAction(d, actions[0]), /<VoiceServicesDomain>example.com<\/VoiceServicesDomain>/);
});

test('quick fix: documented case', () => {
  const { d, actions } = fixes(CONFIG('<Policies><TELEPHONY_ENABLED>false</TELEPHONY_ENABLED></Policies>'), 'parameter-case');
  assert.match(applyAction(d, actions[0]), /<Telephony_Enabled>false<\/Telephony_Enabled>/);
});

test('quick fix: move a parameter to its group, creating the group when missing', () => {
  const text = CONFIG(
    '  <Client>\n    <VoiceServicesDomain>example.com</VoiceServicesDomain>\n  </Client>\n  <Policies>\n    <EnableVideo>true</EnableVideo>\n  </Policies>',
  );
  const { d, actions } = fixes(text, 'wrong-group');
  const after = applyAction(d, actions[0]);
  assert.match(after, /<Client>\n  <\/Client>/);
  assert.match(after, /<Policies>\n    <EnableVideo>true<\/EnableVideo>\n    <VoiceServicesDomain>example.com<\/VoiceServicesDomain>\n  <\/Policies>/);
  const alone = fixes(CONFIG('  <Client>\n    <VoiceServicesDomain>example.com</VoiceServicesDomain>\n  </Client>'), 'wrong-group');
  assert.match(applyAction(alone.d, alone.actions[0]), /<Policies>\n\s+<VoiceServicesDomain>example.com<\/VoiceServicesDomain>\n\s+<\/Policies>\n<\/config>/);
});

test('quick fix: remove a duplicate line', () => {
  const { d, actions } = fixes(CONFIG('<Policies>\n  <EnableVideo>true</EnableVideo>\n  <EnableVideo>false</EnableVideo>\n</Policies>'), 'duplicate-parameter');
  assert.equal(applyAction(d, actions[0]), CONFIG('<Policies>\n  <EnableVideo>true</EnableVideo>\n</Policies>'));
});

test('quick fix: set a valid boolean and a valid enum value', () => {
  const b = fixes(CONFIG('<Policies><EnableVideo>yes</EnableVideo></Policies>'), 'invalid-value');
  assert.equal(b.actions[0].title, "Set value to 'true'");
  assert.match(applyAction(b.d, b.actions[0]), /<EnableVideo>true<\/EnableVideo>/);
  const e = fixes(CONFIG('<Directory><DirectoryServerType>UDSS</DirectoryServerType></Directory>'), 'invalid-value');
  assert.match(applyAction(e.d, e.actions[0]), /<DirectoryServerType>UDS<\/DirectoryServerType>/);
});

test('quick fix: replace a deprecated BDI parameter by its CDI name', () => {
  const { d, actions } = fixes(CONFIG('<Directory><BDIPresenceDomain>example.com</BDIPresenceDomain></Directory>'), 'deprecated-parameter');
  assert.match(applyAction(d, actions[0]), /<PresenceDomain>example.com<\/PresenceDomain>/);
});

test('quick fix: wrap a bare group fragment in <config>, add the declaration', () => {
  const w = fixes('<Directory><PresenceDomain>example.com</PresenceDomain></Directory>', 'root-element');
  assert.equal(applyAction(w.d, w.actions[0]), '<config version="1.0">\n<Directory><PresenceDomain>example.com</PresenceDomain></Directory>\n</config>');
  const x = fixes('<config version="1.0"><Client/></config>', 'missing-xml-declaration');
  assert.equal(applyAction(x.d, x.actions[0]), '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Client/></config>');
});

test('document symbols list groups and parameters, hiding credentials', () => {
  const d = doc(CONFIG('<Directory>\n<PresenceDomain>example.com</PresenceDomain>\n<ConnectionPassword>s3cret</ConnectionPassword>\n</Directory>'));
  const [root] = svc.symbols(d, ctx());
  assert.equal(root.name, 'config');
  const dir = root.children![0];
  assert.equal(dir.name, 'Directory');
  assert.deepEqual(
    dir.children!.map((c) => [c.name, c.detail]),
    [
      ['PresenceDomain', 'example.com'],
      ['ConnectionPassword', '••••••'],
    ],
  );
});

test('folding ranges cover multi-line elements', () => {
  const d = doc(CONFIG('<Directory>\n<PresenceDomain>example.com</PresenceDomain>\n</Directory>'));
  const ranges = svc.folding(d, ctx());
  assert.ok(ranges.some((r) => r.startLine === 2 && r.endLine === 3));
});
