// Settings findings that were wrong, each pinned with the configuration the seed documents as right
// (seed 001 Tables 2 and 3, seed 004): the whole document is validated, so no rule may fire on it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { validateSettings } from '../../server/services/settings/validate';
import { context, doc, toYaml } from './settings-helpers';

const fixtures = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/settings/rule-cases.json'), 'utf8')) as {
  today: string;
  bases: Record<string, any>;
};
const today = new Date(`${fixtures.today}T12:00:00Z`);
const base = (name: string) => structuredClone(fixtures.bases[name]);

function check(docs: { uri: string; value: unknown }[]) {
  const all = docs.map((d) => doc(d.uri, toYaml(d.value)));
  return validateSettings(all[0], context(all), today);
}
const codes = (ds: { code?: unknown }[]) => ds.map((d) => String(d.code));

// Seed 001, "모바일 및 원격 액세스 제한", Table 2 (OAuth on) and Table 3 (OAuth off), as written there.
const TABLE_2 = {
  authenticationPath: 'UCM/LDAP basic authentication',
  authorizeByOAuthTokenWithRefresh: 'On',
  authorizeByOAuthToken: 'On',
  authorizeByUserCredentials: 'No',
  allowJabberIosToUseEmbeddedSafari: 'No',
  checkForInternalAuthenticationAvailability: 'Yes',
};
const TABLE_3 = {
  authenticationPath: 'UCM/LDAP basic authentication',
  authorizeByOAuthTokenWithRefresh: 'Off',
  authorizeByUserCredentials: 'On',
  allowJabberIosToUseEmbeddedSafari: 'Off',
  checkForInternalAuthenticationAvailability: 'Yes',
};

function pair(mra: Record<string, string>) {
  const e = base('expressway');
  e.expressway.expresswayC.unifiedCommunications.mraAccessControl = mra;
  return e;
}

test('seed 001 Table 2 (OAuth on) is accepted as written, "No" included, with OAuth on in Unified CM', () => {
  assert.deepEqual(
    codes(
      check([
        { uri: 'file:///ws/pair.expressway.yaml', value: pair(TABLE_2) },
        { uri: 'file:///ws/clusters.cucm.yaml', value: base('cucm') },
      ]),
    ),
    [],
  );
});

test('seed 001 Table 3 (OAuth off) is accepted, and Unified CM clusters with OAuth off are not an error', () => {
  const cucm = base('cucm');
  cucm.cucm.clusters[0].enterpriseParameters.oauthWithRefreshLoginFlow = 'Disabled';
  const ds = check([
    { uri: 'file:///ws/clusters.cucm.yaml', value: cucm },
    { uri: 'file:///ws/pair.expressway.yaml', value: pair(TABLE_3) },
  ]);
  assert.ok(
    ds.every((d) => d.severity !== 1 && d.severity !== 2),
    ds.map((d) => `${d.code}: ${d.message}`).join('\n'),
  );
});

test('a telephony cluster at 11.5(1)SU3 with OAuth off (Table 3) raises nothing: such clusters stay compatible', () => {
  const cucm = base('cucm');
  Object.assign(cucm.cucm.clusters[0], { version: '11.5(1)SU3' });
  cucm.cucm.clusters[0].enterpriseParameters.oauthWithRefreshLoginFlow = 'Disabled';
  assert.deepEqual(codes(check([{ uri: 'file:///ws/clusters.cucm.yaml', value: cucm }])), []);
});

test('OAuth on, only the refresh switch wrong on Expressway: one finding, no demand contradicting Table 2', () => {
  const ds = check([
    { uri: 'file:///ws/pair.expressway.yaml', value: pair({ ...TABLE_2, authorizeByOAuthTokenWithRefresh: 'Off' }) },
    { uri: 'file:///ws/clusters.cucm.yaml', value: base('cucm') },
  ]);
  assert.deepEqual(codes(ds), ['mra-oauth-differs-from-cucm']);
});

test('On/Off settings accept true/false, as docs/settings-format.md says', () => {
  const e = base('expressway');
  Object.assign(e.expressway.expresswayC.domains[0], {
    sipRegistrationsAndProvisioningOnUnifiedCm: true,
    imAndPresenceServiceRegistrationsAndProvisioning: 'true',
  });
  e.expressway.expresswayC.zones[0].sip.tlsVerifyMode = true;
  assert.deepEqual(codes(check([{ uri: 'file:///ws/pair.expressway.yaml', value: e }])), []);
  // A value that is neither is still reported.
  e.expressway.expresswayC.zones[0].sip.tlsVerifyMode = 'maybe';
  assert.ok(codes(check([{ uri: 'file:///ws/pair.expressway.yaml', value: e }])).includes('settings-invalid-enum'));
});

test('XMPP federation: the systems Expressway-E federates with are not minimum versions of the own pair', () => {
  const e = base('expressway');
  e.expressway.version = 'X8.1';
  e.expressway.features.xmppFederation = true;
  e.expressway.expresswayC.domains[0].xmppFederation = 'On';
  e.expressway.expresswayE.serverCertificate.subjectAlternativeNames.push('DNS:example.com');
  const cucm = base('cucm');
  cucm.cucm.jabberRelease = '9.6';
  const ds = check([
    { uri: 'file:///ws/pair.expressway.yaml', value: e },
    { uri: 'file:///ws/clusters.cucm.yaml', value: cucm },
  ]);
  assert.deepEqual(
    codes(ds).filter((c) => /version/.test(c)),
    [],
  );
});

test('missing traversal zone: the message names the side, in every language, and sits on the type to change', () => {
  const e = base('expressway');
  e.expressway.expresswayE.zones[0].type = 'Traversal server';
  const text = toYaml(e);
  for (const locale of ['en', 'ko', 'ja'] as const) {
    const d = doc('file:///ws/pair.expressway.yaml', text);
    const ds = validateSettings(d, context([d], locale), today).filter((x) => x.code === 'uc-traversal-zone-missing');
    assert.equal(ds.length, 1, locale);
    assert.match(String(ds[0].message), /Expressway-E/, locale);
    assert.doesNotMatch(String(ds[0].message), /on \.|\{side\}|[^-]\s+(에|に)\s/, locale);
    assert.equal(d.getText(ds[0].range), 'Traversal server', locale);
  }
});

test('XMPP federation without a traversal zone names the side too', () => {
  const e = base('expressway');
  e.expressway.features = { xmppFederation: true };
  e.expressway.expresswayC.zones = [];
  const ds = check([{ uri: 'file:///ws/pair.expressway.yaml', value: e }]).filter((x) => x.code === 'xmpp-federation-needs-uc-zone');
  assert.equal(ds.length, 1);
  assert.match(String(ds[0].message), /on Expressway-C\)/);
});
