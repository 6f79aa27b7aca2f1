// Every app-config diagnostic, each with a failing and a passing case. Documents are built in the
// test (or read from test/fixtures/appconfig) and checked with the real catalogs from schemas/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codes, context, doc, jsonDoc, validate, xmlDoc } from './appconfig-helpers';

const dict = (...pairs: string[]) => `<dict>\n${pairs.map((p) => `  ${p}`).join('\n')}\n  <key>AllowUrlProvisioning</key>\n  <false/>\n</dict>`;
const graph = (...settings: [string, string, string][]) =>
  JSON.stringify(
    {
      '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
      settings: [...settings, ['AllowUrlProvisioning', 'booleanType', 'false']].map(([k, t, v]) => ({
        appConfigKey: k,
        appConfigKeyType: t,
        appConfigKeyValue: v,
      })),
    },
    null,
    2,
  );
const bb = (cfg: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ emm: 'blackberry', ...extra, appConfiguration: { AllowUrlProvisioning: false, ...cfg } }, null, 2);
const fixture = (name: string) => doc(`file:///w/${name}`, fs.readFileSync(path.resolve(__dirname, '../fixtures/appconfig', name), 'utf8'));

test('the examples and clean fixtures produce no diagnostics', () => {
  const examples = path.resolve(__dirname, '../../examples');
  for (const f of fs.readdirSync(examples).filter((n) => n.includes('.appconfig.'))) {
    assert.deepEqual(codes(doc(`file:///w/${f}`, fs.readFileSync(path.join(examples, f), 'utf8'))), [], f);
  }
  assert.deepEqual(codes(fixture('full-plist.appconfig.plist')), []);
  assert.deepEqual(codes(fixture('android-graph-wrapped.appconfig.json')), []);
  assert.deepEqual(codes(fixture('mam-custom-settings.appconfig.json')), []);
});

test('an empty file is not reported (it is about to be written)', () => {
  assert.deepEqual(codes(xmlDoc('')), []);
  assert.deepEqual(codes(jsonDoc('  \n')), []);
});

test('unknown-key with did-you-mean; a documented key passes', () => {
  const d = validate(xmlDoc(dict('<key>ServicesDomian</key>', '<string>example.com</string>')));
  const u = d.find((x) => x.code === 'unknown-key')!;
  assert.match(u.message, /'ServicesDomian'.*Did you mean 'ServicesDomain'\?/);
  assert.equal(u.range.start.line, 1);
  assert.match(
    validate(xmlDoc(dict('<key>Zzzzzzzz</key>', '<string>x</string>'))).find((x) => x.code === 'unknown-key')!.message,
    /configuration\.$/,
    'no suggestion when nothing is close',
  );
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<string>example.com</string>'))), []);
});

test('key-case for a key that differs only in letter case', () => {
  assert.deepEqual(codes(xmlDoc(dict('<key>servicesdomain</key>', '<string>example.com</string>'))), ['key-case']);
  assert.deepEqual(codes(jsonDoc(graph(['IP_MODE', 'stringType', 'Dual_Stack']))), ['key-case']);
});

test('type-mismatch: plist element, Graph type, Android field, nested arrays; untyped channels pass', () => {
  assert.deepEqual(codes(xmlDoc(dict('<key>Telephony_Enabled</key>', '<string>true</string>'))), ['type-mismatch']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<true/>'))), ['type-mismatch']);
  assert.deepEqual(codes(jsonDoc(graph(['Telephony_Enabled', 'stringType', 'true']))), ['type-mismatch']);
  assert.deepEqual(
    codes(
      jsonDoc(
        '{"kind":"androidenterprise#managedConfiguration","managedProperty":[{"key":"Telephony_Enabled","valueString":"true"},{"key":"AllowUrlProvisioning","valueBool":false}]}',
      ),
    ),
    ['type-mismatch'],
  );
  const nested = validate(xmlDoc(dict('<key>ServicesDomain</key>', '<array><array><string>a</string></array></array>')));
  assert.deepEqual(
    nested.map((x) => x.code),
    ['type-mismatch'],
  );
  assert.match(nested[0].message, /is a string but is given as an array/);
  assert.deepEqual(codes(jsonDoc(bb({ ServicesDomain: ['example.com'] }))), ['type-mismatch']);
  // Correct types pass; the managed-apps channel is strings only, so "true" is right there.
  assert.deepEqual(codes(xmlDoc(dict('<key>Telephony_Enabled</key>', '<false/>'))), []);
  assert.deepEqual(codes(jsonDoc(graph(['Telephony_Enabled', 'booleanType', 'false']))), []);
  assert.deepEqual(
    codes(
      jsonDoc(
        JSON.stringify({
          customSettings: [
            { name: 'Telephony_Enabled', value: 'true' },
            { name: 'AllowUrlProvisioning', value: 'false' },
          ],
        }),
      ),
    ),
    [],
  );
});

test('value-type-invalid: a value that does not parse as its declared type', () => {
  // One mistake, one finding: the value check names the documented values and offers the fix.
  assert.deepEqual(codes(jsonDoc(graph(['Telephony_Enabled', 'booleanType', 'yes']))), ['invalid-value']);
  assert.deepEqual(codes(xmlDoc(dict('<key>Custom</key>', '<integer>abc</integer>'))), ['unknown-key', 'value-type-invalid']);
  assert.deepEqual(
    codes(
      jsonDoc(
        '{"kind":"androidenterprise#managedConfiguration","managedProperty":[{"key":"Telephony_Enabled","valueBool":"true"},{"key":"AllowUrlProvisioning","valueBool":false}]}',
      ),
    ),
    ['value-type-invalid'],
  );
  assert.deepEqual(codes(xmlDoc(dict('<key>Custom</key>', '<integer>42</integer>'))), ['unknown-key']);
});

test('invalid-value from the shared definition (enum, domain, list, boolean); valid and alias spellings pass', () => {
  const e = validate(xmlDoc(dict('<key>InvalidCertificateBehavior</key>', '<string>PromptPerSesion</string>')));
  assert.deepEqual(
    e.map((x) => x.code),
    ['invalid-value'],
  );
  assert.match(e[0].message, /'InvalidCertificateBehavior' value 'PromptPerSesion' is not one of: RejectAndNotify, PromptPerSession/);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<string>https://example.com</string>'))), ['invalid-value']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServiceDiscoveryExcludedServices</key>', '<string>WEBEX,CUCMM</string>'))), ['invalid-value']);
  assert.deepEqual(codes(jsonDoc(bb({ Telephony_Enabled: 'maybe' }))), ['invalid-value']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<string></string>'))), ['invalid-value']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServiceDiscoveryExcludedServices</key>', '<string>WEBEX,CUP</string>'))), []);
  // The URL-configuration document's spelling of IP_Mode is accepted (the hover explains the conflict).
  assert.deepEqual(codes(xmlDoc(dict('<key>IP_Mode</key>', '<string>Two Stacks</string>'))), []);
  assert.deepEqual(codes(xmlDoc(dict('<key>IP_Mode</key>', '<string>Dual_Stack</string>'))), []);
});

test('unknown-token for Intune tokens; documented tokens are not value-checked', () => {
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<string>{{emailaddress}}</string>'))), ['unknown-token']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<string>{{partialupn}}</string>'))), []);
});

test('duplicate-key, also across spellings', () => {
  const d = validate(xmlDoc(dict('<key>FIPS_MODE</key>', '<true/>', '<key>FIPS_MODE</key>', '<false/>')));
  assert.deepEqual(
    d.map((x) => x.code),
    ['duplicate-key'],
  );
  assert.equal(d[0].range.start.line, 3);
  assert.equal(d[0].relatedInformation?.[0].location.range.start.line, 1);
  assert.deepEqual(codes(jsonDoc(bb({ ServicesDomain: 'a.com', 'Services Domain': 'b.com' }))), ['duplicate-key']);
  assert.deepEqual(codes(xmlDoc(dict('<key>FIPS_MODE</key>', '<true/>'))), []);
});

test('unsupported-platform: FIPS in Jabber for BlackBerry; Android-only keys on iOS only when the data is firm', () => {
  const d = validate(jsonDoc(bb({ FIPS_MODE: true })));
  assert.deepEqual(
    d.map((x) => x.code),
    ['unsupported-platform'],
  );
  assert.match(d[0].message, /in Cisco Jabber for BlackBerry: FIPS settings are not supported through the BlackBerry Dynamics SDK/);
  assert.deepEqual(codes(xmlDoc(dict('<key>FIPS_MODE</key>', '<true/>'))), [], 'FIPS through Intune is fine');
  // ForceLaunchBrowser is documented for Android with medium confidence: no warning on iOS.
  assert.deepEqual(codes(xmlDoc(dict('<key>ForceLaunchBrowser</key>', '<true/>'))), []);
});

test('plaintext-secret for credential-like keys with literal values', () => {
  assert.deepEqual(codes(xmlDoc(dict('<key>ConnectionPassword</key>', '<string>hunter2</string>'))), ['unknown-key', 'plaintext-secret']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ConnectionPassword</key>', '<string>{{userid}}</string>'))), ['unknown-key']);
  assert.deepEqual(codes(xmlDoc(dict('<key>CachePasswordMobile</key>', '<true/>'))), [], 'a boolean about passwords is not a password');
});

test('jabber-config-only for EMMType', () => {
  assert.deepEqual(codes(xmlDoc(dict('<key>EMMType</key>', '<string>1</string>'))), ['jabber-config-only']);
});

test('undocumented-key for the BlackBerry field whose key is not documented', () => {
  assert.deepEqual(codes(jsonDoc(bb({ 'Disable cross launch Webex Meetings': true }))), ['undocumented-key']);
  assert.deepEqual(codes(jsonDoc(bb({ 'Services Domain': 'example.com' }))), [], 'a documented label is accepted');
});

test('url-provisioning-enabled and url-provisioning-not-disabled (Deployment guide advice)', () => {
  assert.deepEqual(
    codes(xmlDoc('<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>AllowUrlProvisioning</key>\n  <true/>\n</dict>')),
    ['url-provisioning-enabled'],
  );
  const absent = validate(xmlDoc('<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n</dict>'));
  assert.deepEqual(
    absent.map((x) => x.code),
    ['url-provisioning-not-disabled'],
  );
  assert.equal(absent[0].severity, 3);
  assert.deepEqual(codes(xmlDoc('<dict>\n  <key>Custom</key>\n  <string>x</string>\n</dict>')), ['unknown-key'], 'not for a file with no Jabber key');
});

test('missing-dependency: EnablePRTEncryption needs PRTCertificateURL', () => {
  assert.deepEqual(codes(xmlDoc(dict('<key>EnablePRTEncryption</key>', '<true/>'))), ['missing-dependency']);
  assert.deepEqual(
    codes(xmlDoc(dict('<key>EnablePRTEncryption</key>', '<true/>', '<key>PRTCertificateURL</key>', '<string>https://prt.example.com/cert.pem</string>'))),
    [],
  );
  assert.deepEqual(codes(xmlDoc(dict('<key>EnablePRTEncryption</key>', '<false/>'))), []);
});

test('emm-type-excludes-client: EMMType in jabber-config.xml must allow the targeted client', () => {
  const jc = (v: string) => doc('file:///w/jabber-config.xml', `<config version="1.0"><Client><EMMType>${v}</EMMType></Client></config>`);
  const intune = jsonDoc(graph(['ServicesDomain', 'stringType', 'example.com']));
  const d = validate(intune, context([jc('0;2')]));
  assert.deepEqual(
    d.map((x) => x.code),
    ['emm-type-excludes-client'],
  );
  assert.match(d[0].message, /'0;2', which does not allow Cisco Jabber for Intune \(1\)/);
  assert.equal(d[0].relatedInformation?.[0].location.uri, 'file:///w/jabber-config.xml');
  assert.deepEqual(codes(intune, context([jc('1;2')])), []);
  assert.deepEqual(codes(jsonDoc(bb({ ServicesDomain: 'example.com' })), context([jc('1')])), ['emm-type-excludes-client']);
  assert.deepEqual(codes(jsonDoc(bb({ ServicesDomain: 'example.com' })), context([jc('2')])), []);
});

test('syntax and structure codes keep the other checks running', () => {
  const broken = codes(fixture('broken.appconfig.xml'));
  assert.ok(broken.includes('xml-syntax'));
  assert.ok(broken.includes('unknown-key'), 'the key after the broken element is still checked');
  assert.deepEqual(codes(jsonDoc('{"customSettings":[{"name":"ServicesDomian","value":"a.com"} {"name":"AllowUrlProvisioning","value":"false"}]}')), [
    'json-syntax',
    'unknown-key',
  ]);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>'))), ['plist-missing-value']);
  assert.deepEqual(codes(xmlDoc(dict('<string>x</string>'))), ['plist-orphan-value']);
  assert.deepEqual(codes(xmlDoc(dict('<key>ServicesDomain</key>', '<str>x</str>'))), ['plist-unexpected-element']);
  assert.deepEqual(codes(xmlDoc('<array/>')), ['plist-structure']);
  assert.deepEqual(codes(jsonDoc('{"displayName": "x"}')), ['unknown-format']);
  assert.deepEqual(codes(jsonDoc('{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","encodedSettingXml":"!!"}')), ['encoded-payload-invalid']);
  assert.deepEqual(codes(jsonDoc('{"customSettings":[{"value":"x"}]}')), ['entry-structure']);
});

test('every code emitted is declared in schemas/diagnostics (makeDiagnostic would throw otherwise)', () => {
  const ctx = context();
  const declared = ctx.catalogs.diagnostics;
  const sources = fs
    .readdirSync(path.resolve(__dirname, '../../server/services/appconfig'))
    .map((f) => fs.readFileSync(path.resolve(__dirname, '../../server/services/appconfig', f), 'utf8'));
  sources.push(
    fs.readFileSync(path.resolve(__dirname, '../../server/formats/appconfig-plist.ts'), 'utf8'),
    fs.readFileSync(path.resolve(__dirname, '../../server/formats/appconfig-json.ts'), 'utf8'),
  );
  const used = new Set<string>();
  // validate.ts builds its diagnostics through diag(run, code, …), which calls makeDiagnostic.
  for (const s of sources) for (const m of s.matchAll(/(?:makeDiagnostic\(ctx, |diag\(run, |code: )'([a-z][a-z0-9-]+)'/g)) used.add(m[1]);
  assert.ok(used.size > 15);
  for (const c of used) assert.ok(declared.has(c), `code ${c} is not declared`);
});
