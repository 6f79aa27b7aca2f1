// The certificate requirements that need both Expressways' certificates and what the deployment says of
// chat node aliases and XMPP federation (seed 004, Expressway certificate requirements), on real-format
// dumps and openssl-made certificates (test/fixtures/expressway-chat, scripts/fixtures/make-certs.sh):
// each finding lands in the certificate that must change, with the other file's line related.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { runCheck } from '../../server/cli';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const SITE = path.resolve(__dirname, '../fixtures/expressway-chat');
const CODES = ['e-san-chat-aliases-differ-from-c', 'e-san-lacks-xmpp-federation-domains', 'san-lacks-chat-node-aliases'];

type Row = Omit<Diagnostic, 'code' | 'message'> & { file: string; code: string; message: string };

/** `uc-config check` on a copy of the site (C's dump changed by `edit`), with these extra files beside it. */
function check(extra: Record<string, string> = {}, edit = (text: string) => text): Row[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-chat-'));
  try {
    for (const f of fs.readdirSync(SITE))
      fs.writeFileSync(path.join(dir, f), f === 'expc.txt' ? edit(fs.readFileSync(path.join(SITE, f), 'utf8')) : fs.readFileSync(path.join(SITE, f)));
    for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
    const { results } = runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [dir] });
    return results.flatMap((r) =>
      r.diagnostics
        .filter((d) => CODES.includes(String(d.code)))
        .map((d) => ({ ...d, file: path.basename(r.file), code: String(d.code), message: String(d.message) })),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (rows: Row[]) => rows.map((r) => `${r.code} ${r.file}:${r.range.start.line + 1} ${r.message}`).sort();

const SETTINGS_YAML = [
  'expressway:',
  '  features:',
  '    mobileAndRemoteAccess: true',
  '    xmppFederation: true',
  '    groupChat: true',
  'cucm:',
  '  clusters:',
  '    - name: IM and Presence',
  '      imAndPresence:',
  '        chatNodeAliases:',
  '          - chatroom1.site-c.example.com',
  '          - chatroom2.site-c.example.com',
  '',
].join('\n');

describe('chat node aliases identical in the Expressway-C and Expressway-E certificates', () => {
  it("from the dumps alone: C's XMPPAddress name is a chat node alias once a domain is marked for XMPP federation; E lacks it", () => {
    const rows = check();
    assert.deepEqual(summary(rows), [
      'e-san-chat-aliases-differ-from-c expe-cert.pem:1 The Expressway-E certificate must carry the same chat node aliases as Expressway-C: missing chatroom1.site-c.example.com.',
    ]);
    // The other certificate's name is related information: where the alias was found.
    const related = rows[0].relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.match(related[0].location.uri, /expc-cert\.pem$/);
    assert.match(related[0].message, /chatroom1\.site-c\.example\.com/);
  });
  it('no domain marked for XMPP federation: an XMPPAddress name alone is not taken for a chat node alias', () => {
    assert.deepEqual(summary(check({}, (t) => t.replace('Xmppfederation: "On"', 'Xmppfederation: "Off"'))), []);
  });
  it('a settings YAML beside the artifacts names the IM and Presence aliases: every one of them in C is asked of E', () => {
    // Without the group chat switches: the aliases C carries are asked of E.
    const aliasesOnly = SETTINGS_YAML.replace('    xmppFederation: true\n    groupChat: true\n', '');
    assert.deepEqual(summary(check({ 'site.cucm.yaml': aliasesOnly })), [
      'e-san-chat-aliases-differ-from-c expe-cert.pem:1 The Expressway-E certificate must carry the same chat node aliases as Expressway-C: missing chatroom1.site-c.example.com, chatroom2.site-c.example.com.',
    ]);
  });
  it('with federated group chat on, every IM and Presence alias is asked of both certificates, told once per certificate', () => {
    const yaml = SETTINGS_YAML.replace(
      '          - chatroom2.site-c.example.com\n',
      '          - chatroom2.site-c.example.com\n          - chatroom3.site-c.example.com\n',
    );
    const rows = check({ 'site.cucm.yaml': yaml }).filter((r) => r.code !== 'e-san-lacks-xmpp-federation-domains');
    assert.deepEqual(summary(rows), [
      'san-lacks-chat-node-aliases expc-cert.pem:1 Federated group chat over TLS needs the IM and Presence chat node aliases in both server certificates: missing chatroom3.site-c.example.com.',
      'san-lacks-chat-node-aliases expe-cert.pem:1 Federated group chat over TLS needs the IM and Presence chat node aliases in both server certificates: missing chatroom1.site-c.example.com, chatroom2.site-c.example.com, chatroom3.site-c.example.com.',
    ]);
    // The aliases come from the settings file: it is the related information.
    assert.ok(rows.every((r) => r.relatedInformation?.some((i) => i.location.uri.endsWith('site.cucm.yaml'))));
  });
});

describe("Expressway-E's certificate covers the XMPP federation domains", () => {
  it('with XMPP federation on (settings YAML beside the dumps): the domain marked on C is missing from E, related to the dump line', () => {
    const rows = check({ 'site.cucm.yaml': SETTINGS_YAML }).filter((r) => r.code === 'e-san-lacks-xmpp-federation-domains');
    assert.deepEqual(summary(rows), [
      'e-san-lacks-xmpp-federation-domains expe-cert.pem:1 For XMPP federation the Expressway-E certificate needs the XMPP federation domains as SANs: missing site-c.example.com.',
    ]);
    const related = rows[0].relatedInformation ?? [];
    assert.match(related[0].location.uri, /expc\.txt$/);
    assert.equal(related[0].location.range.start.line, 5, 'the SIP Domain 1 Name line of the dump');
  });
  it('the dumps alone do not say XMPP federation is on: no finding (the switch is not in xConfiguration)', () => {
    assert.deepEqual(
      check().filter((r) => r.code === 'e-san-lacks-xmpp-federation-domains'),
      [],
    );
  });
});
