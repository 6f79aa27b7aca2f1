// "Diagram of this workspace": what the open files configure becomes nodes and links; MRA adds the
// Expressway pair, checks HTTP servers against the declared allow list and notes the configured
// services the MRA table marks unsupported. Hostile values stay text in the page.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { diagramHtml, layoutScenario } from '../../client/views/diagram';
import { loadViewData } from '../../client/views/model';
import { hostOf } from '../../server/core/net';
import { deriveWorkspaceScenario, type WorkspaceFile } from '../../server/services/workspace/diagram';

const data = loadViewData(path.resolve(__dirname, '../../schemas'));

const jabberConfig = `<?xml version="1.0" encoding="utf-8"?>
<config version="1.0">
  <Client><UpdateURL>http://updates.example.com/jabber-update.xml</UpdateURL><EMMType>1;2</EMMType></Client>
  <Directory>
    <DirectoryServerType>LDAP</DirectoryServerType>
    <PrimaryServerName>ldap.example.com</PrimaryServerName>
    <UdsPhotoUriWithToken>https://photos.example.com/%%uid%%.jpg</UdsPhotoUriWithToken>
  </Directory>
  <Phone><TftpServer1>cucm1.example.com</TftpServer1><CtiServer1>cucm1.example.com</CtiServer1></Phone>
  <Voicemail><VoicemailPrimaryServer>cuc.example.com</VoicemailPrimaryServer></Voicemail>
  <Policies><VoiceServicesDomain>voice.example.com</VoiceServicesDomain></Policies>
</config>`;

const settingsYaml = `expressway:
  features:
    mobileAndRemoteAccess: true
  expresswayC:
    system: { hostName: expc, domainName: example.com }
    unifiedCommunications:
      unifiedCmServers: [cucm1.example.com]
      httpServerAllowList: [photos.example.com]
  expresswayE:
    system: { hostName: expe.example.com }
    zones:
      - name: UC traversal
        sip: { port: 7001 }
`;

const plist = '<dict><key>ServicesDomain</key><string>example.com</string></dict>';

const files: WorkspaceFile[] = [
  { path: '/ws/jabber-config.xml', kind: 'jabber-config', text: jabberConfig },
  { path: '/ws/pair.expressway.yaml', kind: 'uc-settings', text: settingsYaml },
  { path: '/ws/ios.appconfig.plist', kind: 'app-config', text: plist },
];

describe('workspace diagram', () => {
  it('reads host names out of URLs and plain values', () => {
    assert.equal(hostOf('https://Photos.Example.com:8443/x?y'), 'photos.example.com');
    assert.equal(hostOf('cucm1.example.com'), 'cucm1.example.com');
    assert.equal(hostOf('not a host'), undefined);
  });

  it('with MRA on, draws the Expressway pair, the servers and the allow-list state', () => {
    const s = deriveWorkspaceScenario(files, { mra: 'off', mraData: data.mra });
    const ids = s.nodes.map((n) => n.id).sort();
    assert.deepEqual(ids, [
      'desk-phone',
      'dns',
      'emm',
      'host-cuc-example-com',
      'host-cucm1-example-com',
      'host-expc-example-com',
      'host-expe-example-com',
      'host-ldap-example-com',
      'host-photos-example-com',
      'host-updates-example-com',
      'jabber',
    ]);
    assert.equal(s.title.en, 'This workspace (MRA on)', 'the settings file turns MRA on');
    const edge = (to: string) => s.edges.find((e) => e.to === to)!;
    assert.match(edge('host-photos-example-com').label, /\(on the HTTP allow list\)/);
    assert.match(edge('host-updates-example-com').label, /NOT on the Expressway-C HTTP allow list/);
    // The voicemail server gets no allow-list state: Expressway-C allows the Unity Connection nodes it discovers itself.
    assert.equal(edge('host-cuc-example-com').label, 'voicemail — VoicemailPrimaryServer');
    assert.equal(s.edges.find((e) => e.from === 'host-expc-example-com' && e.to === 'host-expe-example-com')!.port, '7001');
    // TFTP and CTI on the same Unified CM are one node with both roles on one link.
    assert.match(edge('host-cucm1-example-com').protocol!, /TFTP \/ CTI/);
    assert.equal(
      s.nodes.find((n) => n.id === 'host-cucm1-example-com')!.label,
      'cucm1.example.com (Expressway-C Unified CM server, configuration download, desk phone control)',
    );
    // Both SRV names travel on the one Jabber → DNS link.
    const srv = s.edges
      .find((e) => e.to === 'dns')!
      .label.split('; ')
      .sort();
    assert.deepEqual(srv, ['_collab-edge._tls.example.com', '_collab-edge._tls.voice.example.com']);
    const notes = s.notes!.map((n) => n.en).join('\n');
    assert.match(notes, /PrimaryServerName is set, but "Directory search through LDAP" is not supported over MRA/);
    assert.match(notes, /EMMType 1;2: sign-in allowed for Jabber for Intune, Jabber for BlackBerry/);
  });

  it('does not warn about DirectoryServerType when it already says UDS', () => {
    const uds = jabberConfig.replace('<DirectoryServerType>LDAP</DirectoryServerType>', '<DirectoryServerType>uds</DirectoryServerType>');
    const s = deriveWorkspaceScenario([{ ...files[0], text: uds }], { mra: 'on', mraData: data.mra });
    const notes = s.notes!.map((n) => n.en);
    assert.ok(!notes.some((n) => n.startsWith('DirectoryServerType')));
    assert.ok(notes.some((n) => n.startsWith('PrimaryServerName')));
  });

  it('with MRA off and only a jabber-config, draws direct links inside the corporate network', () => {
    const s = deriveWorkspaceScenario([files[0]], { mra: 'off', mraData: data.mra });
    assert.ok(!s.nodes.some((n) => n.type === 'expressway-e'));
    assert.ok(s.nodes.every((n) => n.zone === undefined || n.zone === 'corp'));
    assert.ok(s.edges.some((e) => e.from === 'jabber' && e.to === 'host-ldap-example-com' && e.protocol === 'LDAP'));
    assert.ok(s.edges.some((e) => e.label === '_cisco-uds._tcp.voice.example.com'));
  });

  it('survives broken files and keeps hostile values as text', async () => {
    const hostile: WorkspaceFile[] = [
      // Truncated on purpose: the parser must still read what comes before the break.
      {
        path: '/ws/jabber-config.xml',
        kind: 'jabber-config',
        text: '<config><Client><EMMType>&lt;img src=x onerror=alert(1)&gt;</EMMType></Client><Phone><E911NotificationURL>http://e911.example.com/&lt;script&gt;</E911NotificationURL><TftpServer1>cucm',
      },
      { path: '/ws/x.expressway.yaml', kind: 'uc-settings', text: 'expressway: [unclosed' },
      { path: '/ws/y.expressway.json', kind: 'uc-settings', text: '{"expressway":{"expresswayE":{"system":{"hostName":"<img src=x onerror=alert(2)>"}}}}' },
      { path: '/ws/x.appconfig.json', kind: 'app-config', text: '{"not json' },
    ];
    const s = deriveWorkspaceScenario(hostile, { mra: 'on', mraData: data.mra });
    const html = diagramHtml(await layoutScenario(s), { cspSource: 'x', nonce: 'n' });
    assert.ok(!html.includes('<img src=x'));
    assert.ok(!/<script>(?!\s*\(function)/.test(html.replace(/<script nonce="n">/g, '')));
    assert.ok(s.nodes.some((n) => n.id === 'host-e911-example-com'));
    assert.ok(
      s.notes!.some((n) => n.en.includes('<img src=x onerror=alert(1)>')),
      'the hostile value reached the data',
    );
    assert.ok(
      s.nodes.some((n) => n.label.includes('<img src=x onerror=alert(2)>')),
      'and a node label',
    );
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok((html.match(/&lt;img/g) ?? []).length >= 3, 'note, node label and its tooltip-free SVG text are escaped');
  });

  it('says so when no file is open', () => {
    const s = deriveWorkspaceScenario([], { mra: 'off' });
    assert.deepEqual(
      s.nodes.map((n) => n.id),
      ['jabber'],
    );
    assert.match(s.notes![0].en, /No jabber-config/);
    assert.deepEqual(s.source, ['(no file)']);
  });

  it('speaks Korean and Japanese: Text fields in all three languages, labels in the one asked for', () => {
    const en = deriveWorkspaceScenario(files, { mra: 'off', mraData: data.mra });
    const ja = deriveWorkspaceScenario(files, { mra: 'off', mraData: data.mra, locale: 'ja' });
    // Without a context the words come from the installed schemas/l10n/workspace-diagram.json.
    assert.deepEqual(ja.title, { en: 'This workspace (MRA on)', ko: '이 작업 영역 (MRA 켜짐)', ja: 'このワークスペース (MRA オン)' });
    assert.deepEqual(ja.notes, en.notes);
    assert.ok(en.notes!.some((n) => n.ko === 'EMMType 1;2: Intune용 Jabber, BlackBerry용 Jabber에서 로그인할 수 있습니다.'));
    assert.deepEqual(
      ja.zones!.map((z) => z.label.ja),
      ['インターネット (社外のクライアント)', 'DMZ', '社内ネットワーク'],
    );
    assert.equal(
      ja.nodes.find((n) => n.id === 'host-cucm1-example-com')!.label,
      'cucm1.example.com (Expressway-C の Unified CM サーバ、構成のダウンロード、デスクフォン制御)',
    );
    assert.match(
      ja.edges.find((e) => e.to === 'host-updates-example-com')!.label,
      /^インストーラの更新 — UpdateURL \(Expressway-C の HTTP 許可リストにありません\)$/,
    );
    // Host names, parameter names and protocols stay as written; the graph is the same.
    assert.deepEqual(
      ja.edges.map((e) => [e.from, e.to, e.protocol, e.port]),
      en.edges.map((e) => [e.from, e.to, e.protocol, e.port]),
    );
    assert.deepEqual(deriveWorkspaceScenario([], { mra: 'off', locale: 'ko' }).source, ['(파일 없음)']);
  });

  it('draws one EMM node per EMM: an Intune and a BlackBerry app configuration are two systems', () => {
    const read = (f: string) => fs.readFileSync(path.resolve(__dirname, '../../examples', f), 'utf8');
    const s = deriveWorkspaceScenario(
      [
        { path: '/ws/jabber-intune.appconfig.json', kind: 'app-config', text: read('jabber-intune.appconfig.json') },
        { path: '/ws/jabber-blackberry.appconfig.json', kind: 'app-config', text: read('jabber-blackberry.appconfig.json') },
      ],
      { mra: 'off' },
    );
    const emm = s.nodes.filter((n) => n.type === 'emm');
    assert.deepEqual(emm.map((n) => n.label).sort(), ['BlackBerry UEM', 'Microsoft Intune']);
    for (const n of emm)
      assert.ok(
        s.edges.some((e) => e.from === n.id && e.to === 'jabber'),
        n.id,
      );
  });

  it('the client reaches Expressway-E on the ports schemas/mra-client-ports.json states, each with a source', () => {
    const ports = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schemas/mra-client-ports.json'), 'utf8')).ports as {
      port: string;
      source: string;
    }[];
    assert.deepEqual(ports.map((p) => p.port).sort(), ['5061', '8443']);
    for (const p of ports) assert.ok(p.source.length > 20);
    const s = deriveWorkspaceScenario(files, { mra: 'on', mraData: data.mra });
    const link = s.edges.find((e) => e.from === 'jabber' && s.nodes.find((n) => n.id === e.to)?.type === 'expressway-e')!;
    assert.ok(link, 'client → Expressway-E link');
    assert.equal(link.port, '8443 (HTTPS), 5061 (SIP TLS)');
    const expc = s.nodes.find((n) => n.type === 'expressway-c')!.id;
    const expe = s.nodes.find((n) => n.type === 'expressway-e')!.id;
    assert.ok(
      s.edges.some((e) => e.from === expc && e.to === expe),
      'traversal drawn from Expressway-C (the traversal client)',
    );
    assert.ok(!s.edges.some((e) => e.from === expe && e.to === expc));
  });

  it('desk phone control runs Jabber → Unified CM (CTI) → desk phone, never straight to the phone', () => {
    const s = deriveWorkspaceScenario(files, { mra: 'off', mraData: data.mra });
    const phone = s.nodes.find((n) => n.type === 'desk-phone')!;
    assert.ok(phone);
    const into = s.edges.filter((e) => e.to === phone.id);
    assert.deepEqual(
      into.map((e) => s.nodes.find((n) => n.id === e.from)!.type),
      ['cucm'],
    );
  });
});

describe('deployment scenarios draw the same facts the same way', () => {
  const type = (s: { nodes: { id: string; type: string }[] }, id: string) => s.nodes.find((n) => n.id === id)?.type;
  it('CTI goes through Unified CM: no client → desk phone link', () => {
    for (const s of data.deployments.scenarios) {
      for (const e of s.edges) assert.ok(!(type(s, e.from) === 'client' && type(s, e.to) === 'desk-phone'), `${s.id}: ${e.from} → ${e.to}`);
    }
  });
  it('every traversal link points from Expressway-C to Expressway-E', () => {
    for (const s of data.deployments.scenarios) {
      for (const e of s.edges) assert.ok(!(type(s, e.from) === 'expressway-e' && type(s, e.to) === 'expressway-c'), `${s.id}: ${e.from} → ${e.to}`);
    }
  });
});
