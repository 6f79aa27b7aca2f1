// The "Diagram of this workspace" scenario in Korean and Japanese. Its words come from
// schemas/l10n/workspace-diagram.json (rendered by server/catalog/messages.ts) and the MRA table's
// own translations; the fixtures below raise every message of that file. Rendered through the
// server's path (workspaceScenario with a context), no English sentence may be left in ko or ja, the
// Text fields carry all three languages whatever the context's language, and English stays as it was.
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { loadMessages, type Messages } from '../../server/catalog/messages';
import type { Locale, ServiceContext } from '../../server/services/types';
import { deriveWorkspaceScenario, workspaceScenario, type WorkspaceFile } from '../../server/services/workspace/diagram';
import { DEFAULT_SETTINGS, type UcConfigSettings } from '../../shared/settings';
import type { Scenario } from '../../shared/viewModel';
import { englishRuns, hasWords, LOCALES, messageFileProblems, NAMES, SCRIPT } from './l10n-helpers';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS = path.join(ROOT, 'schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));
const catalogs = loadCatalogs(SCHEMAS);
const FILE = 'l10n/workspace-diagram.json';
type MessageFileData = Record<'en' | 'ko' | 'ja', Record<string, string>>;
const data: MessageFileData = read(FILE);

/** Product and protocol names that stay as written in every language. */
const WS_NAMES = [
  ...NAMES,
  'Unified Communications',
  'Cisco Jabber',
  'Microsoft Intune',
  'BlackBerry UEM',
  'Unified CM',
  'Webex Meetings',
  'Extend and Connect',
];

/** Ids whose text is a symbol, a name or a bare placeholder shape in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['zone.dmz', 'node.withRoles', 'node.roleJoin', 'note.emmClientJoin', 'edge.server']);

// ---------------------------------------------------------------------------------------------
// Fixtures: together they raise every message of the file.

const JABBER = `<?xml version="1.0" encoding="utf-8"?>
<config version="1.0">
  <Client>
    <EMMType>0;1;2;7</EMMType>
    <UpdateURL>http://updates.example.com/jabber-update.xml</UpdateURL>
    <PrtLogServerURL>https://prt.example.com/upload</PrtLogServerURL>
  </Client>
  <Directory>
    <DirectoryServerType>LDAP</DirectoryServerType>
    <PrimaryServerName>ldap.example.com</PrimaryServerName>
    <PhotoUriWithToken>https://photos.example.com/%%uid%%.jpg</PhotoUriWithToken>
  </Directory>
  <Phone>
    <TftpServer1>cucm1.example.com</TftpServer1>
    <CcmcipServer1>cucm1.example.com</CcmcipServer1>
    <CtiServer1>cucm1.example.com</CtiServer1>
    <UdsServer>cucm2.example.com</UdsServer>
    <E911NotificationURL>https://e911.example.com/notice</E911NotificationURL>
  </Phone>
  <Presence><PresenceServerAddress>imp.example.com</PresenceServerAddress></Presence>
  <Voicemail><VoicemailPrimaryServer>cuc.example.com</VoicemailPrimaryServer></Voicemail>
  <Options><InternalExchangeServer>exchange.example.com</InternalExchangeServer></Options>
  <Policies>
    <Telephony_Enabled>false</Telephony_Enabled>
    <VoiceServicesDomain>voice.example.com</VoiceServicesDomain>
    <EnableP2PDesktopShare>true</EnableP2PDesktopShare>
    <Meetings_Enabled>true</Meetings_Enabled>
    <Meeting_Server_Address>meet.example.com</Meeting_Server_Address>
    <UserDefinedRemoteDestinations>true</UserDefinedRemoteDestinations>
  </Policies>
</config>`;

const SETTINGS = `expressway:
  features:
    mobileAndRemoteAccess: true
  expresswayC:
    system: { hostName: expc, domainName: example.com }
    unifiedCommunications:
      unifiedCmServers: [cucm1.example.com]
      imAndPresenceServiceNodes: [imp.example.com]
      httpServerAllowList: [photos.example.com]
  expresswayE:
    system: { hostName: expe.example.com }
    zones:
      - name: UC traversal
        sip: { port: 7001 }
cucm:
  clusters:
    - name: HQ
      publisher: cucm-pub.example.com
    - publisher: imp-pub.example.com
      role: im-and-presence-central
dns:
  srvRecords:
    - name: _collab-edge._tls.example.com
      port: 8443
      target: expe.example.com
    - name: _cisco-uds._tcp.example.com
      port: 8443
      target: cucm1.example.com
`;

const APPCONFIG = '<dict><key>ServicesDomain</key><string>example.com</string><key>Telephony_Enabled</key><false/></dict>';

type Doc = { uri: string; text: string };
const JABBER_DOC: Doc = { uri: 'file:///w/jabber-config.xml', text: JABBER };
const SETTINGS_DOC: Doc = { uri: 'file:///w/pair.expressway.yaml', text: SETTINGS };
const APP_DOC: Doc = { uri: 'file:///w/phones.appconfig.plist', text: APPCONFIG };

/** The workspaces drawn: MRA from the settings file, MRA from the setting alone (no allow list), MRA off, and none. */
const WORKSPACES: { name: string; docs: Doc[]; mra: 'on' | 'off' }[] = [
  { name: 'all files', docs: [JABBER_DOC, SETTINGS_DOC, APP_DOC], mra: 'off' },
  { name: 'MRA setting, no allow list', docs: [JABBER_DOC], mra: 'on' },
  { name: 'MRA off', docs: [JABBER_DOC, APP_DOC], mra: 'off' },
  { name: 'empty', docs: [], mra: 'off' },
];

function ctxOf(locale: Locale, settings: Partial<UcConfigSettings> = {}, docs: Doc[] = []): ServiceContext {
  const open = docs.map((d) => TextDocument.create(d.uri, 'xml', 1, d.text));
  const kindOf = (uri: string) => (/jabber-config/.test(uri) ? 'jabber-config' : /appconfig/.test(uri) ? 'app-config' : 'uc-settings');
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, catalogs, locale, workspace: { documents: (kind) => open.filter((d) => kindOf(d.uri) === kind) } };
}

const scenarioOf = (locale: Locale, w: (typeof WORKSPACES)[number]) => workspaceScenario(ctxOf(locale, { mra: w.mra }, w.docs));

/** Every text of a scenario a reader sees, in the language drawn: Text fields picked, labels as they are. */
function texts(s: Scenario, locale: Locale): string[] {
  const pick = (t: { en: string; ko?: string; ja?: string }) => t[locale] ?? '';
  return [
    pick(s.title),
    pick(s.summary),
    ...(s.zones ?? []).map((z) => pick(z.label)),
    ...(s.notes ?? []).map(pick),
    ...s.nodes.map((n) => n.label),
    ...s.edges.map((e) => e.label),
    ...[s.source].flat().filter((x) => !x.startsWith('/')),
  ];
}

/** Host names, SRV names and URLs, which stay as written. */
const withoutHosts = (t: string) => t.replace(/[\w%-]*(?:\.[\w%-]+)+/g, ' ');
/** The English words of every message, cut at its placeholders: none may show in a Korean or Japanese text, not even two words in a list. */
const EN_FRAGMENTS = [
  ...new Set(
    Object.values(data.en)
      .flatMap((m) => m.split(/\{\w+\}/))
      .map((f) => f.replace(/^[\s(,.:;—]+|[\s),.:;—]+$/g, ''))
      .filter((f) => hasWords(f, WS_NAMES)),
  ),
];
const RAW_ID = /\b(?:title|summary|source|zone|node|role|edge|note|emmClient)\.[A-Za-z0-9]+\b/;

// ---------------------------------------------------------------------------------------------
// The message file

test('workspace-diagram.json validates against messages.schema.json and shares no id with common.json', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(read('l10n/messages.schema.json'));
  assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const shared = new Set(Object.keys(read('l10n/common.json').en));
  assert.deepEqual(
    Object.keys(data.en).filter((id) => shared.has(id)),
    [],
  );
  assert.match(read('l10n/messages.schema.json').description, /workspace-diagram\.json/);
});

test('workspace-diagram.json: en, ko and ja have the same ids and placeholders, and ko/ja are translated', () => {
  const problems = messageFileProblems(data, (locale, id, t) => {
    const bare = t.replace(/\{\w+\}/g, '');
    if (!SAME_IN_EVERY_LANGUAGE.has(id) && !SCRIPT[locale].test(bare) && hasWords(bare, WS_NAMES)) return `not translated (${t})`;
    if (!SAME_IN_EVERY_LANGUAGE.has(id) && SCRIPT[locale].test(data.en[id])) return 'the English text is not English';
    if (englishRuns(t.replace(/\{\w+\}/g, 'X'), WS_NAMES).length) return `English left in '${t}': ${englishRuns(t, WS_NAMES)}`;
    return undefined;
  });
  assert.deepEqual(problems, []);
});

test('the fixtures raise every message of the file, in every language, and every id the code asks for exists', () => {
  const files = (docs: Doc[]): WorkspaceFile[] =>
    docs.map((d) => ({
      path: d.uri,
      kind: /jabber-config/.test(d.uri) ? 'jabber-config' : /appconfig/.test(d.uri) ? 'app-config' : 'uc-settings',
      text: d.text,
    }));
  for (const locale of ['en', ...LOCALES] as const) {
    const used = new Set<string>();
    const missing: string[] = [];
    const recording = (l: Locale): Messages => {
      const M = loadMessages(SCHEMAS, l, 'workspace-diagram');
      return {
        ...M,
        t: (id, args) => {
          used.add(id);
          if (!M.has(id) || !(id in data[l])) missing.push(`${l} ${id}`);
          return M.t(id, args);
        },
      };
    };
    for (const w of WORKSPACES) {
      deriveWorkspaceScenario(files(w.docs), { mra: w.mra, mraData: catalogs.mra, locale, messages: recording, mraText: (l) => catalogs.mraText(l) });
    }
    assert.deepEqual(missing, []);
    assert.deepEqual(
      Object.keys(data.en)
        .filter((id) => !used.has(id))
        .sort(),
      [],
      `${locale}: messages no fixture raises`,
    );
  }
});

// ---------------------------------------------------------------------------------------------
// The scenario as the server answers it

for (const locale of LOCALES) {
  test(`${locale}: the workspace scenario carries no English the code wrote`, () => {
    const leaks: string[] = [];
    for (const w of WORKSPACES) {
      const en = texts(scenarioOf('en', w), 'en');
      const local = texts(scenarioOf(locale, w), locale);
      assert.equal(local.length, en.length, w.name);
      local.forEach((t, i) => {
        const runs = englishRuns(t, WS_NAMES);
        if (runs.length) leaks.push(`${w.name}: ${t}  →  ${runs.join(' | ')}`);
        if (hasWords(withoutHosts(en[i]), WS_NAMES) && !SCRIPT[locale].test(t)) leaks.push(`${w.name}: not in ${locale}: ${t} (en: ${en[i]})`);
        if (RAW_ID.test(withoutHosts(t))) leaks.push(`${w.name}: raw id in ${t}`);
        for (const f of EN_FRAGMENTS) if (withoutHosts(t).includes(f)) leaks.push(`${w.name}: English '${f}' in ${t}`);
      });
    }
    assert.deepEqual(leaks, []);
  });
}

test("the Text fields carry en, ko and ja whatever the context's language; labels follow the context", () => {
  const w = WORKSPACES[0];
  const en = scenarioOf('en', w);
  for (const locale of LOCALES) {
    const s = scenarioOf(locale, w);
    assert.deepEqual(s.title, en.title);
    assert.deepEqual(s.summary, en.summary);
    assert.deepEqual(s.zones, en.zones);
    assert.deepEqual(s.notes, en.notes);
    for (const t of [s.title, s.summary, ...s.zones!.map((z) => z.label), ...s.notes!]) {
      assert.equal(typeof t.ko, 'string');
      assert.equal(typeof t.ja, 'string');
    }
    // Same graph, other words.
    assert.deepEqual(
      s.nodes.map((n) => [n.id, n.type, n.zone]),
      en.nodes.map((n) => [n.id, n.type, n.zone]),
    );
    assert.deepEqual(
      s.edges.map((e) => [e.from, e.to, e.protocol, e.port]),
      en.edges.map((e) => [e.from, e.to, e.protocol, e.port]),
    );
  }
});

test("Korean and Japanese use the seeds' and the product's terms; names, hosts and parameters stay as written", () => {
  const [all, noAllowList, off, empty] = WORKSPACES;
  const ko = scenarioOf('ko', all);
  const ja = scenarioOf('ja', all);
  assert.equal(ko.title.ko, '이 작업 영역 (MRA 켜짐)');
  assert.equal(ko.title.ja, 'このワークスペース (MRA オン)');
  assert.equal(scenarioOf('ko', off).title.ko, '이 작업 영역 (MRA 꺼짐)');
  assert.deepEqual(
    ko.zones!.map((z) => z.label.ko),
    ['인터넷 (회사 네트워크 외부의 클라이언트)', 'DMZ', '회사 네트워크'],
  );
  assert.deepEqual(
    ja.zones!.map((z) => z.label.ja),
    ['インターネット (社外のクライアント)', 'DMZ', '社内ネットワーク'],
  );
  const node = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)!.label;
  assert.equal(node(ko, 'host-cucm1-example-com'), 'cucm1.example.com (Expressway-C의 Unified CM 서버, 구성 다운로드, 장치 목록, 데스크폰 제어)');
  assert.equal(
    node(ja, 'host-cucm1-example-com'),
    'cucm1.example.com (Expressway-C の Unified CM サーバ、構成のダウンロード、デバイス リスト、デスクフォン制御)',
  );
  assert.equal(node(ko, 'host-cucm-pub-example-com'), 'cucm-pub.example.com (HQ의 게시자)');
  assert.equal(node(ja, 'host-imp-pub-example-com'), 'imp-pub.example.com (パブリッシャ)');
  assert.equal(node(ja, 'jabber'), 'Cisco Jabber (社外、MRA 経由)');
  const edge = (s: Scenario, to: string, from?: string) => s.edges.find((e) => e.to === to && (!from || e.from === from))!.label;
  assert.equal(edge(ko, 'host-ldap-example-com'), 'LDAP 디렉터리 — PrimaryServerName');
  assert.equal(edge(ja, 'host-photos-example-com'), '連絡先の写真 — PhotoUriWithToken (HTTP 許可リストに登録済み)');
  assert.equal(edge(ko, 'host-updates-example-com'), '설치 프로그램 업데이트 — UpdateURL (Expressway-C의 HTTP 허용 목록에 없음)');
  assert.equal(edge(ja, 'host-expe-example-com', 'host-expc-example-com'), 'ユニファイドコミュニケーショントラバーサルゾーン');
  assert.equal(ko.edges.find((e) => e.from === 'emm')!.label, '앱 구성 (키 2개)');
  assert.equal(ja.edges.find((e) => e.from === 'emm')!.label, 'アプリ構成 (キー 2 個)');
  assert.ok(edge(ja, 'dns').split('; ').includes('サービス検出'));
  assert.equal(
    scenarioOf('ja', noAllowList).edges.find((e) => e.to === 'host-updates-example-com')!.label,
    'インストーラの更新 — UpdateURL (Expressway-C の HTTP 許可リストへの登録が必要)',
  );
  // Notes: the MRA rows' own Korean and Japanese service names.
  assert.ok(ko.notes!.some((n) => n.ko === 'PrimaryServerName이(가) 설정되어 있지만 "LDAP 디렉터리 검색"은(는) MRA에서 지원되지 않습니다.'));
  assert.ok(ko.notes!.some((n) => n.ja === 'PrimaryServerName が設定されていますが、「LDAP によるディレクトリ検索」は MRA ではサポートされていません。'));
  assert.ok(ko.notes!.some((n) => n.ko === 'EMMType 0;1;2;7: 표준 Jabber, Intune용 Jabber, BlackBerry용 Jabber, 7에서 로그인할 수 있습니다.'));
  assert.ok(ko.notes!.some((n) => n.ja === 'EMMType 0;1;2;7: 標準の Jabber、Jabber for Intune、Jabber for BlackBerry、7 でのサインインを許可します。'));
  assert.ok(ko.notes!.some((n) => n.ko === 'Telephony_Enabled가 false입니다: IM 전용 구축입니다.'));
  const e = scenarioOf('ja', empty);
  assert.deepEqual(
    e.notes!.map((n) => n.ja),
    ['このワークスペースで開いている jabber-config、app-config、設定ファイルはありません。'],
  );
  assert.deepEqual(e.source, ['(ファイルなし)']);
  assert.equal(e.summary.ko, '파일 0개에서 도출: 구성 요소 1개, 연결 0개. 파일에 명시된 것만 그립니다.');
});

test('English is as the code wrote it before, whatever else the files hold', () => {
  const s = scenarioOf('en', WORKSPACES[0]);
  assert.equal(s.title.en, 'This workspace (MRA on)');
  assert.equal(s.summary.en, `Derived from 3 file(s): ${s.nodes.length} components, ${s.edges.length} links. Only what the files name is drawn.`);
  assert.deepEqual(
    s.zones!.map((z) => z.label.en),
    ['Internet (off-net clients)', 'DMZ', 'Corporate network'],
  );
  const node = (id: string) => s.nodes.find((n) => n.id === id)!.label;
  assert.equal(node('jabber'), 'Cisco Jabber (off-net, over MRA)');
  assert.equal(node('emm'), 'EMM app configuration');
  assert.equal(node('host-cucm1-example-com'), 'cucm1.example.com (Expressway-C Unified CM server, configuration download, device list, desk phone control)');
  assert.equal(node('host-cucm-pub-example-com'), 'cucm-pub.example.com (publisher of HQ)');
  assert.equal(node('host-imp-pub-example-com'), 'imp-pub.example.com (publisher)');
  assert.equal(node('host-imp-example-com'), 'imp.example.com (Expressway-C IM and Presence node, presence)');
  assert.equal(s.edges.find((e) => e.from === 'emm')!.label, 'app configuration (2 keys)');
  assert.equal(s.edges.find((e) => e.to === 'host-expe-example-com' && e.from === 'jabber')!.label, 'SIP, HTTPS and XMPP over TLS');
  assert.equal(s.edges.find((e) => e.to === 'host-expe-example-com' && e.from === 'host-expc-example-com')!.label, 'Unified Communications traversal zone');
  assert.equal(s.edges.find((e) => e.to === 'dns')!.label, 'service discovery; _collab-edge._tls.example.com; _collab-edge._tls.voice.example.com');
  const notes = s.notes!.map((n) => n.en);
  assert.ok(notes.includes('EMMType 0;1;2;7: sign-in allowed for standard Jabber, Jabber for Intune, Jabber for BlackBerry, 7.'));
  assert.ok(notes.includes('Telephony_Enabled is false: IM-only deployment.'));
  assert.ok(notes.includes('UserDefinedRemoteDestinations is set, but "Extend and Connect" is not supported over MRA.'));
  const n = scenarioOf('en', WORKSPACES[1]);
  assert.equal(n.edges.find((e) => e.to === 'host-prt-example-com')!.label, 'problem report upload — PrtLogServerURL (needs the Expressway-C HTTP allow list)');
  assert.equal(scenarioOf('en', WORKSPACES[2]).title.en, 'This workspace (MRA off)');
  const e = scenarioOf('en', WORKSPACES[3]);
  assert.deepEqual(e.source, ['(no file)']);
  assert.deepEqual(
    e.notes!.map((x) => x.en),
    ['No jabber-config, app-config or settings file is open in this workspace.'],
  );
});
