// Quick fixes: each test asserts the document after the fix is applied, and that the result is clean
// of the problem it fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, context, jsonDoc, service, xmlDoc } from './appconfig-helpers';

const TAIL = '\n  <key>AllowUrlProvisioning</key>\n  <false/>\n</dict>';

test('did-you-mean renames an unknown key', () => {
  const d = xmlDoc(`<dict>\n  <key>ServicesDomian</key>\n  <string>example.com</string>${TAIL}`);
  const out = applyFix(d, 'unknown-key', "Change to 'ServicesDomain'");
  assert.equal(out, `<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>${TAIL}`);
  assert.deepEqual(codes(xmlDoc(out)), []);
});

test('key-case fixes the spelling in JSON', () => {
  const d = jsonDoc('{"customSettings":[{"name":"servicesDOMAIN","value":"example.com"},{"name":"AllowUrlProvisioning","value":"false"}]}');
  assert.equal(applyFix(d, 'key-case'), '{"customSettings":[{"name":"ServicesDomain","value":"example.com"},{"name":"AllowUrlProvisioning","value":"false"}]}');
});

test('type fix: <string>true</string> becomes <true/>', () => {
  const d = xmlDoc(`<dict>\n  <key>Telephony_Enabled</key>\n  <string>True</string>${TAIL}`);
  const out = applyFix(d, 'type-mismatch');
  assert.equal(out, `<dict>\n  <key>Telephony_Enabled</key>\n  <true/>${TAIL}`);
  assert.deepEqual(codes(xmlDoc(out)), []);
});

test('type fix: <true/> for a string key becomes <string>true</string>', () => {
  const d = xmlDoc(`<dict>\n  <key>ServicesDomainSsoEmailPrompt</key>\n  <true/>${TAIL}`);
  assert.equal(applyFix(d, 'type-mismatch'), `<dict>\n  <key>ServicesDomainSsoEmailPrompt</key>\n  <string>true</string>${TAIL}`);
});

test('type fix in Graph JSON changes appConfigKeyType and normalises the value', () => {
  const d = jsonDoc(
    '{"settings":[{"appConfigKey":"Telephony_Enabled","appConfigKeyType":"stringType","appConfigKeyValue":"TRUE"},{"appConfigKey":"AllowUrlProvisioning","appConfigKeyType":"booleanType","appConfigKeyValue":"false"}]}',
  );
  const out = applyFix(d, 'type-mismatch');
  assert.equal(
    out,
    '{"settings":[{"appConfigKey":"Telephony_Enabled","appConfigKeyType":"booleanType","appConfigKeyValue":"true"},{"appConfigKey":"AllowUrlProvisioning","appConfigKeyType":"booleanType","appConfigKeyValue":"false"}]}',
  );
  assert.deepEqual(codes(jsonDoc(out)), []);
});

test('type fix in an Android managed property swaps valueString for valueBool', () => {
  const d = jsonDoc('{"managedProperty":[{"key":"Telephony_Enabled","valueString":"false"},{"key":"AllowUrlProvisioning","valueBool":false}]}');
  const out = applyFix(d, 'type-mismatch');
  assert.equal(out, '{"managedProperty":[{"key":"Telephony_Enabled","valueBool": false},{"key":"AllowUrlProvisioning","valueBool":false}]}');
  assert.deepEqual(codes(jsonDoc(out)), []);
});

test('remove duplicate: the second entry goes, the JSON stays valid', () => {
  const x = xmlDoc(`<dict>\n  <key>FIPS_MODE</key>\n  <true/>\n  <key>FIPS_MODE</key>\n  <false/>${TAIL}`);
  assert.equal(applyFix(x, 'duplicate-key'), `<dict>\n  <key>FIPS_MODE</key>\n  <true/>${TAIL}`);
  const j = jsonDoc('{"emm":"blackberry","appConfiguration":{"AllowUrlProvisioning":false,"ServicesDomain":"a.com","ServicesDomain":"b.com"}}');
  const out = applyFix(j, 'duplicate-key');
  assert.equal(out, '{"emm":"blackberry","appConfiguration":{"AllowUrlProvisioning":false,"ServicesDomain":"a.com"}}');
  assert.deepEqual(codes(jsonDoc(out)), []);
});

test('invalid value: the closest allowed value', () => {
  const d = xmlDoc(`<dict>\n  <key>InvalidCertificateBehavior</key>\n  <string>PromptPerSesion</string>${TAIL}`);
  assert.equal(
    applyFix(d, 'invalid-value', "Change to 'PromptPerSession'"),
    `<dict>\n  <key>InvalidCertificateBehavior</key>\n  <string>PromptPerSession</string>${TAIL}`,
  );
  const b = jsonDoc('{"emm":"blackberry","appConfiguration":{"AllowUrlProvisioning":false,"ServicesDomainSsoEmailPrompt":"of"}}');
  assert.equal(
    applyFix(b, 'invalid-value', /OFF/),
    '{"emm":"blackberry","appConfiguration":{"AllowUrlProvisioning":false,"ServicesDomainSsoEmailPrompt":"OFF"}}',
  );
});

test('AllowUrlProvisioning: set to false, or add it when absent (each flavor)', () => {
  const on = xmlDoc('<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>AllowUrlProvisioning</key>\n  <true/>\n</dict>');
  assert.equal(
    applyFix(on, 'url-provisioning-enabled'),
    '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>AllowUrlProvisioning</key>\n  <false/>\n</dict>',
  );
  const x = xmlDoc('<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n</dict>');
  const xo = applyFix(x, 'url-provisioning-not-disabled');
  assert.equal(xo, `<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>${TAIL}`);
  const g = jsonDoc(
    '{\n  "@odata.type": "#microsoft.graph.iosMobileAppConfiguration",\n  "settings": [\n    { "appConfigKey": "ServicesDomain", "appConfigKeyType": "stringType", "appConfigKeyValue": "example.com" }\n  ]\n}',
  );
  const go = applyFix(g, 'url-provisioning-not-disabled');
  assert.equal(
    go,
    '{\n  "@odata.type": "#microsoft.graph.iosMobileAppConfiguration",\n  "settings": [\n    { "appConfigKey": "ServicesDomain", "appConfigKeyType": "stringType", "appConfigKeyValue": "example.com" },\n    { "appConfigKey": "AllowUrlProvisioning", "appConfigKeyType": "booleanType", "appConfigKeyValue": "false" }\n  ]\n}',
  );
  assert.deepEqual(codes(jsonDoc(go)), []);
  const a = jsonDoc('{"managedProperty":[{"key":"ServicesDomain","valueString":"example.com"}]}');
  const ao = applyFix(a, 'url-provisioning-not-disabled');
  assert.equal(ao, '{"managedProperty":[{"key":"ServicesDomain","valueString":"example.com"},\n{ "key": "AllowUrlProvisioning", "valueBool": false }]}');
  assert.deepEqual(codes(jsonDoc(ao)), []);
  const b = jsonDoc('{\n  "emm": "blackberry",\n  "appConfiguration": {\n    "ServicesDomain": "example.com"\n  }\n}');
  assert.equal(
    applyFix(b, 'url-provisioning-not-disabled'),
    '{\n  "emm": "blackberry",\n  "appConfiguration": {\n    "ServicesDomain": "example.com",\n    "AllowUrlProvisioning": false\n  }\n}',
  );
});

test('a client that drops diagnostic data still gets the fix', () => {
  const d = xmlDoc(`<dict>\n  <key>ServicesDomian</key>\n  <string>example.com</string>${TAIL}`);
  const ctx = context();
  const diag = service.validate(d, ctx).find((x) => x.code === 'unknown-key')!;
  const actions = service.codeActions(d, diag.range, [{ ...diag, data: undefined }], ctx);
  assert.equal(actions[0].title, "Change to 'ServicesDomain'");
  assert.equal(actions[0].isPreferred, true);
});

test('no edits are offered for entries decoded from a base64 payload', () => {
  const enc = Buffer.from('<dict><key>ServicesDomian</key><string>a.com</string></dict>').toString('base64');
  const d = jsonDoc(`{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","encodedSettingXml":"${enc}"}`);
  const ctx = context();
  const diags = service.validate(d, ctx).filter((x) => x.code === 'unknown-key');
  assert.equal(diags.length, 1);
  assert.deepEqual(service.codeActions(d, diags[0].range, diags, ctx), []);
});
