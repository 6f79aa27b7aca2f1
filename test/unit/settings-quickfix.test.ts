// Quick fixes, asserted on the document after the edit; the fixed document no longer has the problem.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { settingsService } from '../../server/services/settings';
import { applyEdits, context, doc } from './settings-helpers';

function fixOnce(uri: string, text: string, code: string, others: ReturnType<typeof doc>[] = []) {
  const d = doc(uri, text);
  const ctx = context([d, ...others]);
  const diags = settingsService.validate(d, ctx).filter((x: Diagnostic) => x.code === code);
  assert.ok(diags.length, `${code} reported`);
  const actions = settingsService.codeActions(d, diags[0].range, diags, ctx);
  assert.ok(actions.length, `${code} has a quick fix`);
  const fixed = applyEdits(d, actions[0].edit!.changes![d.uri]);
  const after = doc(uri, fixed);
  assert.equal(settingsService.validate(after, context([after, ...others])).filter((x) => x.code === code).length, 0, `${code} gone after the fix`);
  return { title: actions[0].title, fixed };
}

const zone = (sip: string) =>
  `expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    zones:\n      - name: tz\n        type: Unified Communications traversal\n        sip:\n${sip}`;

describe('settings quick fixes', () => {
  it('sets TLS verify mode to On in place', () => {
    const { title, fixed } = fixOnce('file:///p.expressway.yaml', zone('          tlsVerifyMode: Off\n          port: 7001\n'), 'uc-zone-tls-verify-off');
    assert.equal(title, 'Set to On');
    assert.equal(fixed, zone('          tlsVerifyMode: On\n          port: 7001\n'));
  });
  it('quotes a replacement that YAML would misread', () => {
    const text = 'cucm:\n  clusters:\n    - name: c\n      certificates:\n        tomcat: {commonName: a, selfSigned: true}\n';
    const { fixed } = fixOnce('file:///c.cucm.yaml', 'dns:\n  srvRecords:\n    - name: _cisco-uds._tcp.example.com\n      port: 443\n', 'cisco-uds-srv-port');
    assert.equal(fixed, 'dns:\n  srvRecords:\n    - name: _cisco-uds._tcp.example.com\n      port: 8443\n');
    assert.ok(text);
  });
  it("inserts a missing key at its siblings' indentation", () => {
    const { fixed } = fixOnce('file:///p.expressway.yaml', zone('          tlsVerifyMode: On\n          transport: TLS\n'), 'uc-zone-sip-port-missing');
    assert.equal(fixed, zone('          tlsVerifyMode: On\n          transport: TLS\n          port: 7001\n'));
  });
  it('appends a missing SAN to a block list', () => {
    const text =
      'expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    domains:\n      - name: example.com\n        sipRegistrationsAndProvisioningOnUnifiedCm: On\n  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames:\n        - DNS:vcse.example.com\n      keyLength: 2048\n';
    const { title, fixed } = fixOnce('file:///p.expressway.yaml', text, 'e-san-lacks-registration-domains');
    assert.equal(title, 'Add DNS:collab-edge.example.com');
    assert.equal(fixed, text.replace('        - DNS:vcse.example.com\n', '        - DNS:vcse.example.com\n        - DNS:collab-edge.example.com\n'));
  });
  it('appends to a flow list', () => {
    const text =
      'expressway:\n  features: {mobileAndRemoteAccess: true}\n  expresswayC:\n    domains: [{name: example.com, sipRegistrationsAndProvisioningOnUnifiedCm: On}]\n  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames: [DNS:vcse.example.com]\n';
    const { fixed } = fixOnce('file:///p.expressway.yaml', text, 'e-san-lacks-registration-domains');
    assert.equal(fixed, text.replace('[DNS:vcse.example.com]', '[DNS:vcse.example.com, DNS:collab-edge.example.com]'));
  });
  it('fixes JSON: replaces a value, appends to an array, inserts a key', () => {
    const json =
      '{\n  "expressway": {\n    "features": { "mobileAndRemoteAccess": true },\n    "expresswayC": { "domains": [ { "name": "example.com", "sipRegistrationsAndProvisioningOnUnifiedCm": "On" } ],\n      "zones": [ { "type": "Unified Communications traversal", "sip": { "mediaEncryptionMode": "Best effort", "transport": "TLS" } } ] },\n    "expresswayE": { "serverCertificate": { "subjectAlternativeNames": [ "DNS:vcse.example.com" ] } }\n  }\n}\n';
    const a = fixOnce('file:///p.expressway.json', json, 'uc-zone-media-not-force-encrypted');
    assert.equal(a.fixed, json.replace('"Best effort"', '"Force encrypted"'));
    const b = fixOnce('file:///p.expressway.json', json, 'e-san-lacks-registration-domains');
    assert.deepEqual(JSON.parse(b.fixed).expressway.expresswayE.serverCertificate.subjectAlternativeNames, [
      'DNS:vcse.example.com',
      'DNS:collab-edge.example.com',
    ]);
    const c = fixOnce('file:///p.expressway.json', json, 'uc-zone-sip-port-missing');
    assert.equal(JSON.parse(c.fixed).expressway.expresswayC.zones[0].sip.port, 7001);
  });
  it('renames an unknown key to the suggestion', () => {
    const { title, fixed } = fixOnce(
      'file:///p.expressway.yaml',
      'expressway:\n  expresswayC:\n    zones:\n      - sip:\n          tlsverifymode: On\n',
      'settings-unknown-key-suggest',
    );
    assert.equal(title, "Rename to 'tlsVerifyMode'");
    assert.equal(fixed, 'expressway:\n  expresswayC:\n    zones:\n      - sip:\n          tlsVerifyMode: On\n');
  });
  it('corrects an enumerated value to the documented spelling', () => {
    const { fixed } = fixOnce(
      'file:///p.expressway.yaml',
      'expressway:\n  expresswayC:\n    zones:\n      - type: unified communications traversal\n',
      'settings-invalid-enum',
    );
    assert.equal(fixed, 'expressway:\n  expresswayC:\n    zones:\n      - type: Unified Communications traversal\n');
  });
  it('replaces _cisco_uds with _cisco-uds', () => {
    const { fixed } = fixOnce('file:///c.cucm.yaml', 'dns:\n  srvRecords:\n    - name: _cisco_uds._tcp.example.com\n      port: 8443\n', 'cisco-uds-srv-name');
    assert.equal(fixed, 'dns:\n  srvRecords:\n    - name: _cisco-uds._tcp.example.com\n      port: 8443\n');
  });
  it('adds a jabber-config host to the HTTP allow list (cross-file fix)', () => {
    const jc = doc(
      'file:///ws/jabber-config.xml',
      '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Client><UpdateURL>https://updates.example.com/jabber/update.xml</UpdateURL></Client></config>\n',
    );
    const text =
      'expressway:\n  features:\n    mobileAndRemoteAccess: true\n  expresswayC:\n    unifiedCommunications:\n      httpServerAllowList:\n        - cuc.example.com\n';
    const { fixed } = fixOnce('file:///ws/p.expressway.yaml', text, 'mra-allow-list-missing-host', [jc]);
    assert.equal(fixed, text + '        - updates.example.com\n');
  });
});
