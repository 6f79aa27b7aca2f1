// Checks across jabber-config.xml and settings files, reported on the file that must change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jabberConfigService } from '../../server/services/jabber';
import { settingsService } from '../../server/services/settings';
import { validateSettings, validateSettingsInSteps } from '../../server/services/settings/validate';
import { context, doc } from './settings-helpers';

const pair = (allow: string[], sans: string[]) =>
  `expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    domains:\n      - name: example.com\n        sipRegistrationsAndProvisioningOnUnifiedCm: On\n    unifiedCommunications:\n      httpServerAllowList:\n${allow.map((a) => `        - ${a}\n`).join('')}  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames:\n${sans.map((s) => `        - ${s}\n`).join('')}`;
const jabber = (body: string) => doc('file:///ws/jabber-config.xml', `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${body}\n</config>\n`);

describe('settings cross-file checks', () => {
  it('validation in steps reads the settings files of its own folder, not those of other folders', () => {
    const text = 'cucm:\n  clusterName: c1\n';
    const own = doc('file:///ws/a/cluster.cucm.yaml', text);
    const sameFolder = doc('file:///ws/a/pair.expressway.yaml', pair([], []));
    const elsewhere = [doc('file:///ws/b/cluster.cucm.yaml', text), doc('file:///ws/c/pair.expressway.yaml', pair([], []))];
    const ctx = context([own, sameFolder, ...elsewhere]);
    const steps = [...validateSettingsInSteps(own, ctx)];
    // Its own parse, the other file of its folder, then the findings.
    assert.equal(steps.length, 3);
    assert.deepEqual(steps[2], validateSettings(own, ctx));
  });

  it('reports jabber-config hosts missing from the Expressway-C allow list on the settings file', () => {
    const jc = jabber(
      '<Client><UpdateURL>https://updates.example.com/update.xml</UpdateURL></Client>\n<Directory><PhotoUriWithToken>http://photos.example.com/%%uid%%.jpg</PhotoUriWithToken></Directory>\n<Voicemail><VoicemailPrimaryServer>cuc.example.com</VoicemailPrimaryServer></Voicemail>',
    );
    const s = doc('file:///ws/pair.expressway.yaml', pair(['cuc.example.com:8443'], ['DNS:vcse.example.com', 'DNS:collab-edge.example.com']));
    const ds = settingsService.validate(s, context([s, jc])).filter((d) => d.code === 'mra-allow-list-missing-host');
    assert.deepEqual(
      ds.map((d) => d.message),
      [
        'jabber-config UpdateURL uses updates.example.com (installer updates); over MRA the host must be in the Expressway-C HTTP server allow list.',
        'jabber-config PhotoUriWithToken uses photos.example.com (directory photos); over MRA the host must be in the Expressway-C HTTP server allow list.',
      ],
    );
    assert.equal(s.getText(ds[0].range), 'httpServerAllowList');
    const rel = ds[0].relatedInformation![0];
    assert.equal(rel.location.uri, jc.uri);
    assert.equal(jc.getText(rel.location.range), 'https://updates.example.com/update.xml');
  });
  it('does not ask for the voicemail server: Expressway-C allows the Unity Connection nodes it discovers itself', () => {
    // Mobile and Remote Access Through Cisco Expressway Deployment Guide (X12.6), "Working With the Allow List":
    // Expressway-C adds inbound rules for the discovered Unified CM, IM and Presence and Unity Connection nodes;
    // the settings file holds only the editable rules, so a voicemail host absent from them is no finding.
    const jc = jabber('<Voicemail><VoicemailPrimaryServer>cuc.example.com</VoicemailPrimaryServer></Voicemail>');
    const s = doc('file:///ws/pair.expressway.yaml', pair(['photos.example.com'], ['DNS:vcse.example.com', 'DNS:collab-edge.example.com']));
    assert.deepEqual(
      settingsService.validate(s, context([s, jc])).filter((d) => d.code === 'mra-allow-list-missing-host'),
      [],
    );
  });
  it('says nothing when MRA is off', () => {
    const jc = jabber('<Client><UpdateURL>https://updates.example.com/update.xml</UpdateURL></Client>');
    const s = doc(
      'file:///ws/pair.expressway.yaml',
      pair(['cuc.example.com'], ['DNS:vcse.example.com']).replace('mobileAndRemoteAccess: true', 'mobileAndRemoteAccess: false'),
    );
    assert.equal(settingsService.validate(s, context([s, jc])).filter((d) => d.code?.toString().startsWith('mra-')).length, 0);
  });
  it('checks VoiceServicesDomain against registration domains and Expressway-E SANs', () => {
    const jc = jabber('<Policies><VoiceServicesDomain>voice.example.net</VoiceServicesDomain></Policies>');
    const s = doc('file:///ws/pair.expressway.yaml', pair(['cuc.example.com'], ['DNS:vcse.example.com', 'DNS:collab-edge.example.com']));
    const codes = settingsService.validate(s, context([s, jc])).map((d) => d.code);
    assert.ok(codes.includes('mra-voice-services-domain-not-registration-domain'));
    assert.ok(codes.includes('mra-voice-services-domain-not-in-e-san'));
    const ok = jabber('<Policies><VoiceServicesDomain>example.com</VoiceServicesDomain></Policies>');
    const codesOk = settingsService.validate(s, context([s, ok])).map((d) => d.code);
    assert.ok(!codesOk.some((c) => String(c).startsWith('mra-voice-services-domain')));
  });
  it("reports an LDAP directory and PRT upload on the jabber-config while an Expressway pair has MRA (the MRA table's data)", () => {
    const jc = jabber(
      '<Directory><DirectoryServerType>LDAP</DirectoryServerType></Directory>\n<Client><PrtLogServerURL>https://prt.example.com/upload</PrtLogServerURL></Client>',
    );
    const s = doc('file:///ws/pair.expressway.yaml', pair(['cuc.example.com'], ['DNS:vcse.example.com']));
    const ds = jabberConfigService.validate(jc, context([s, jc])).filter((d) => d.code === 'mra-unsupported');
    assert.deepEqual(
      ds.map((d) => jc.getText(d.range)),
      ['DirectoryServerType', 'PrtLogServerURL'],
    );
    assert.deepEqual(
      ds.map((d) => (d.data as { rows: string[] }).rows),
      [['directory-ldap-search'], ['problem-report-upload']],
    );
    assert.equal(ds[0].relatedInformation![0].location.uri, s.uri);
    assert.equal(s.getText(ds[0].relatedInformation![0].location.range).split(':')[0], 'mobileAndRemoteAccess');
    // No settings file with MRA on, or a UDS directory: nothing to say.
    assert.deepEqual(
      jabberConfigService.validate(jc, context([jc])).filter((d) => d.code === 'mra-unsupported'),
      [],
    );
    const uds = jabber('<Directory><DirectoryServerType>UDS</DirectoryServerType></Directory>');
    assert.deepEqual(
      jabberConfigService.validate(uds, context([s, uds])).filter((d) => d.code === 'mra-unsupported'),
      [],
    );
  });
  it('reports chat node aliases that differ from IM and Presence, with the other file as related information', () => {
    const cucm = doc(
      'file:///ws/cluster.cucm.yaml',
      'cucm:\n  clusters:\n    - name: imp\n      imAndPresence:\n        chatNodeAliases:\n          - chatnode1.example.com\n',
    );
    const s = doc(
      'file:///ws/pair.expressway.yaml',
      'expressway:\n  expresswayC:\n    unifiedCommunications:\n      imAndPresenceChatNodeAliases:\n        - chatnode2.example.com\n',
    );
    const ds = settingsService.validate(s, context([s, cucm])).filter((d) => d.code === 'chat-node-aliases-differ');
    assert.equal(ds.length, 1);
    assert.equal(s.getText(ds[0].range), 'chatnode2.example.com');
    assert.equal(ds[0].relatedInformation![0].location.uri, cucm.uri);
    assert.equal(cucm.getText(ds[0].relatedInformation![0].location.range), 'chatnode1.example.com');
  });
  it('reports a tomcat certificate Expressway-C does not trust, pointing at the CUCM file', () => {
    const cucm = doc(
      'file:///ws/cluster.cucm.yaml',
      'cucm:\n  clusters:\n    - name: leaf\n      certificates:\n        tomcat:\n          commonName: cucm.example.com\n          selfSigned: true\n          issuer: cucm.example.com\n',
    );
    const s = doc(
      'file:///ws/pair.expressway.yaml',
      'expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    trustedCaCertificates:\n      - Example CA\n',
    );
    const d = settingsService.validate(s, context([s, cucm])).find((x) => x.code === 'mra-tomcat-not-trusted')!;
    assert.match(String(d.message), /add cucm\.example\.com/);
    assert.equal(d.relatedInformation![0].location.uri, cucm.uri);
  });
});
