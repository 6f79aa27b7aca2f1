// Completion: whole configurations in an empty file, keys, values and whole entries per flavor. Each
// test applies the chosen item and asserts the resulting document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, complete, doc, expandSnippet } from './appconfig-helpers';

const XML = 'file:///w/a.appconfig.xml';
const JSONF = 'file:///w/a.appconfig.json';

test('an empty XML file offers the whole Cisco Jabber for Intune dict, which is clean once expanded', () => {
  const r = complete(XML, '|');
  assert.deepEqual(
    r.items.map((i) => i.label),
    ['Cisco Jabber for Intune: iOS app configuration (XML data)'],
  );
  const out = expandSnippet(r.apply('Cisco Jabber for Intune: iOS app configuration (XML data)'));
  assert.match(out, /^<dict>\n  <key>ServicesDomain<\/key>\n  <string>example\.com<\/string>\n/);
  assert.match(out, /<key>AllowUrlProvisioning<\/key>\n  <false\/>\n<\/dict>\n$/);
  assert.deepEqual(codes(doc(XML, out)), []);
});

test('a near-empty JSON file offers the Graph, managed-apps, Android and BlackBerry configurations', () => {
  const r = complete(JSONF, '{|');
  assert.deepEqual(
    r.items.map((i) => i.label),
    [
      'Cisco Jabber for Intune: Graph iosMobileAppConfiguration',
      'Cisco Jabber for Intune: Graph targetedManagedAppConfiguration (managed apps)',
      'Cisco Jabber for Intune: Android managed configuration (JSON data)',
      'Cisco Jabber for BlackBerry: UEM app configuration',
    ],
  );
  for (const i of r.items) {
    const out = expandSnippet(r.apply(String(i.label)));
    assert.doesNotThrow(() => JSON.parse(out), String(i.label));
    assert.deepEqual(codes(doc(JSONF, out)), [], String(i.label));
  }
});

test('plist: keys inside <key>, with documentation; the typed text is replaced', () => {
  const r = complete(XML, '<dict>\n  <key>Serv|ices</key>\n</dict>');
  const item = r.items.find((i) => i.label === 'ServicesDomain')!;
  assert.match(String((item.documentation as { value: string }).value), /service discovery/i);
  assert.equal(r.apply('ServicesDomain'), '<dict>\n  <key>ServicesDomain</key>\n</dict>');
  assert.ok(!r.items.some((i) => i.label === 'EMMType'), 'jabber-config-only keys are not offered');
});

test('plist: values inside <string> and typed value elements after </key>', () => {
  const v = complete(XML, '<dict>\n  <key>InvalidCertificateBehavior</key>\n  <string>Pro|</string>\n</dict>');
  assert.equal(v.apply('PromptPerSession'), '<dict>\n  <key>InvalidCertificateBehavior</key>\n  <string>PromptPerSession</string>\n</dict>');
  const b = complete(XML, '<dict>\n  <key>Telephony_Enabled</key>\n  <|\n</dict>');
  assert.equal(b.apply('false'), '<dict>\n  <key>Telephony_Enabled</key>\n  <false/>\n</dict>');
});

test('plist: a whole pair between entries', () => {
  const r = complete(XML, '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  |\n</dict>');
  const out = expandSnippet(r.apply('Telephony_Enabled'));
  assert.equal(out, '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>Telephony_Enabled</key>\n  <true/>\n</dict>');
  // Keys already present sort last.
  const sorted = [...r.items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
  assert.equal(sorted[sorted.length - 1].label, 'ServicesDomain');
});

test('Graph JSON: keys, the matching appConfigKeyType first, values, whole settings', () => {
  const head = '{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":[';
  const k = complete(JSONF, `${head}{"appConfigKey":"Tel|","appConfigKeyType":"booleanType","appConfigKeyValue":"true"}]}`);
  assert.equal(k.apply('Telephony_Enabled'), `${head}{"appConfigKey":"Telephony_Enabled","appConfigKeyType":"booleanType","appConfigKeyValue":"true"}]}`);
  const t = complete(JSONF, `${head}{"appConfigKey":"Telephony_Enabled","appConfigKeyType":"|"}]}`);
  assert.equal(t.items[0].label, 'booleanType');
  assert.equal(t.apply('booleanType'), `${head}{"appConfigKey":"Telephony_Enabled","appConfigKeyType":"booleanType"}]}`);
  const v = complete(JSONF, `${head}{"appConfigKey":"IP_Mode","appConfigKeyType":"stringType","appConfigKeyValue":"|"}]}`);
  assert.equal(v.apply('Dual_Stack'), `${head}{"appConfigKey":"IP_Mode","appConfigKeyType":"stringType","appConfigKeyValue":"Dual_Stack"}]}`);
  const e = complete(JSONF, `${head}|]}`);
  assert.equal(expandSnippet(e.apply('FIPS_MODE')), `${head}{ "appConfigKey": "FIPS_MODE", "appConfigKeyType": "booleanType", "appConfigKeyValue": "true" }]}`);
});

test('managed apps and Android: keys and values in their own fields', () => {
  const m = complete(JSONF, '{"customSettings":[{"name":"ServicesDomainSsoEmailPrompt","value":"|"}]}');
  assert.equal(m.apply('ON'), '{"customSettings":[{"name":"ServicesDomainSsoEmailPrompt","value":"ON"}]}');
  const a = complete(JSONF, '{"kind":"androidenterprise#managedConfiguration","managedProperty":[{"key":"Telephony_Enabled","valueBool": |}]}');
  assert.equal(a.apply('false'), '{"kind":"androidenterprise#managedConfiguration","managedProperty":[{"key":"Telephony_Enabled","valueBool": false}]}');
  const e = complete(JSONF, '{"kind":"androidenterprise#managedConfiguration","managedProperty":[|]}');
  assert.equal(
    expandSnippet(e.apply('AllowUrlProvisioning')),
    '{"kind":"androidenterprise#managedConfiguration","managedProperty":[{ "key": "AllowUrlProvisioning", "valueBool": false }]}',
  );
});

test('BlackBerry: keys in the object, FIPS_MODE not offered, values typed', () => {
  const k = complete(JSONF, '{"emm":"blackberry","appConfiguration":{"Voi|"}}');
  assert.equal(k.apply('VoiceServicesDomain'), '{"emm":"blackberry","appConfiguration":{"VoiceServicesDomain"}}');
  assert.ok(!k.items.some((i) => i.label === 'FIPS_MODE'), 'FIPS is not supported through the BlackBerry Dynamics SDK');
  const e = complete(JSONF, '{"emm":"blackberry","appConfiguration":{|}}');
  assert.equal(expandSnippet(e.apply('Telephony_Enabled')), '{"emm":"blackberry","appConfiguration":{"Telephony_Enabled": true}}');
  const v = complete(JSONF, '{"emm":"blackberry","appConfiguration":{"InvalidCertificateBehavior": |}}');
  assert.equal(v.apply('RejectAndNotify'), '{"emm":"blackberry","appConfiguration":{"InvalidCertificateBehavior": "RejectAndNotify"}}');
});

test('no completion where nothing fits', () => {
  assert.deepEqual(complete(JSONF, '{"displayName":"x|", "foo": 1}').items, []);
  assert.deepEqual(complete(XML, '<dict>\n  <key>Unknown</key>\n  <string>|</string>\n</dict>').items, []);
});
