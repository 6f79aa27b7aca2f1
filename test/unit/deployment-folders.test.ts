// A deployment is the folder that directly holds its files (README, "Deployments"). A repository with
// customers/a/ and customers/b/ holds two: no check of one reads a file of the other. Each case below
// has the same files once in one folder (the finding) and once split over two folders (no finding).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appConfigService } from '../../server/services/appconfig';
import { jabberConfigService } from '../../server/services/jabber';
import { settingsService } from '../../server/services/settings';
import { context, doc } from './settings-helpers';

const expressway = (extra: string) =>
  `expressway:\n  features:\n    mobileAndRemoteAccess: true\n${extra}  expresswayC:\n    unifiedCommunications:\n      httpServerAllowList:\n        - photos.example.com\n`;
const jabberConfig = (uri: string, body: string) => doc(uri, `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${body}\n</config>\n`);
const codes = (ds: { code?: string | number }[]) => ds.map((d) => String(d.code));

describe('deployments are folders: two sites in one repository never mix', () => {
  it("a settings file checks the allow list against its own folder's jabber-config only", () => {
    const body = '<Client><UpdateURL>https://updates.example.com/update.xml</UpdateURL></Client>';
    const s = doc('file:///repo/site-a/pair.expressway.yaml', expressway(''));
    const same = jabberConfig('file:///repo/site-a/jabber-config.xml', body);
    const other = jabberConfig('file:///repo/site-b/jabber-config.xml', body);
    assert.ok(codes(settingsService.validate(s, context([s, same]))).includes('mra-allow-list-missing-host'));
    assert.ok(!codes(settingsService.validate(s, context([s, other]))).includes('mra-allow-list-missing-host'));
  });

  it('a jabber-config takes MRA as on only from a settings file of its own folder', () => {
    const body = '<Directory><DirectoryServerType>LDAP</DirectoryServerType></Directory>';
    const s = doc('file:///repo/site-a/pair.expressway.yaml', expressway(''));
    const same = jabberConfig('file:///repo/site-a/jabber-config.xml', body);
    const other = jabberConfig('file:///repo/site-b/jabber-config.xml', body);
    assert.ok(codes(jabberConfigService.validate(same, context([s, same]))).includes('mra-unsupported'));
    assert.ok(!codes(jabberConfigService.validate(other, context([s, other]))).includes('mra-unsupported'));
  });

  it('XMPP federation on one Expressway pair per customer is not "more than one pair"', () => {
    const fed = expressway('    xmppFederation: true\n');
    const a = doc('file:///repo/site-a/pair.expressway.yaml', fed);
    const a2 = doc('file:///repo/site-a/second.expressway.yaml', fed);
    const b = doc('file:///repo/site-b/pair.expressway.yaml', fed);
    assert.ok(codes(settingsService.validate(a, context([a, a2]))).includes('xmpp-federation-single-cluster'));
    assert.ok(!codes(settingsService.validate(a, context([a, b]))).includes('xmpp-federation-single-cluster'));
  });

  it("an Intune app configuration is compared with its own folder's EMMType only", () => {
    const intune = doc('file:///repo/site-a/jabber.appconfig.json', JSON.stringify({ customSettings: [{ name: 'ServicesDomain', value: 'example.com' }] }));
    const emm = '<Policies><EMMType>2</EMMType></Policies>';
    const same = jabberConfig('file:///repo/site-a/jabber-config.xml', emm);
    const other = jabberConfig('file:///repo/site-b/jabber-config.xml', emm);
    const emmCodes = (jc: ReturnType<typeof doc>) =>
      codes(appConfigService.validate(intune, context([intune, jc]))).filter((c) => c === 'emm-type-excludes-client');
    assert.deepEqual(emmCodes(same), ['emm-type-excludes-client']);
    assert.deepEqual(emmCodes(other), []);
  });
});
