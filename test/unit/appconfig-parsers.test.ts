// The app-config parsers: each flavor is recognised by content and read into the one shared model
// with exact ranges; malformed input yields errors and the rest of the entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAppConfigJson } from '../../server/formats/appconfig-json';
import { parseAppConfigPlist } from '../../server/formats/appconfig-plist';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/appconfig', name), 'utf8');
const slice = (text: string, r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : undefined);

test('plist <dict>: keys, values, types and ranges', () => {
  const text =
    '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>Telephony_Enabled</key>\n  <true/>\n  <key>N</key>\n  <integer>5</integer>\n</dict>';
  const m = parseAppConfigPlist(text);
  assert.equal(m.flavor, 'ios-plist');
  assert.equal(m.platform, 'ios');
  assert.deepEqual(m.errors, []);
  assert.deepEqual(
    m.entries.map((e) => [e.key, e.value, e.valueKind, e.declaredType]),
    [
      ['ServicesDomain', 'example.com', 'string', 'string'],
      ['Telephony_Enabled', 'true', 'boolean', 'true'],
      ['N', '5', 'integer', 'integer'],
    ],
  );
  assert.equal(slice(text, m.entries[0].keyRange), 'ServicesDomain');
  assert.equal(slice(text, m.entries[0].valueRange), 'example.com');
  assert.equal(slice(text, m.entries[1].valueNodeRange), '<true/>');
  // Removing an entry's range leaves the others intact and well-formed.
  const without = text.slice(0, m.entries[1].entryRange.start) + text.slice(m.entries[1].entryRange.end);
  assert.deepEqual(
    parseAppConfigPlist(without).entries.map((e) => e.key),
    ['ServicesDomain', 'N'],
  );
});

test('a whole plist document is read through <plist><dict>', () => {
  const m = parseAppConfigPlist(fixture('full-plist.appconfig.plist'));
  assert.deepEqual(m.errors, []);
  assert.deepEqual(
    m.entries.map((e) => e.key),
    ['ServicesDomain', 'Telephony_Enabled', 'AllowUrlProvisioning'],
  );
  assert.equal(m.entries[1].value, 'false');
});

test('plist: a <key> with no value, an orphan value, a foreign element, pairs without <dict>', () => {
  const missing = parseAppConfigPlist('<dict><key>A</key><key>B</key><string>x</string><key>C</key></dict>');
  assert.deepEqual(
    missing.errors.map((e) => e.code),
    ['plist-missing-value', 'plist-missing-value'],
  );
  assert.deepEqual(
    missing.entries.map((e) => [e.key, e.valueKind]),
    [
      ['A', 'missing'],
      ['B', 'string'],
      ['C', 'missing'],
    ],
  );
  assert.deepEqual(
    parseAppConfigPlist('<dict><string>x</string></dict>').errors.map((e) => e.code),
    ['plist-orphan-value'],
  );
  assert.deepEqual(
    parseAppConfigPlist('<dict><key>A</key><bool>true</bool></dict>').errors.map((e) => e.code),
    ['plist-unexpected-element'],
  );
  const bare = parseAppConfigPlist('<key>A</key><string>x</string>');
  assert.deepEqual(
    bare.errors.map((e) => e.code),
    ['plist-structure'],
  );
  assert.equal(bare.entries[0].value, 'x');
  assert.deepEqual(
    parseAppConfigPlist('<config/>').errors.map((e) => e.code),
    ['plist-structure'],
  );
});

test('plist: an element left open hides none of the entries after it', () => {
  const m = parseAppConfigPlist(fixture('broken.appconfig.xml'));
  assert.ok(m.errors.some((e) => e.code === 'xml-syntax'));
  assert.deepEqual(
    m.entries.map((e) => [e.key, e.value]),
    [
      ['ServicesDomain', 'example.com'],
      ['Telephony_Enabled', 'true'],
      ['ServicesDomian', 'x'],
    ],
  );
});

test('plist: binary property lists are named as such', () => {
  const m = parseAppConfigPlist('bplist00\u0000\u0001');
  assert.equal(m.errors[0].code, 'binary-content');
  // Its words are the data's (schemas/l10n/app-config.json), which say how to convert it.
  assert.equal(m.errors[0].text?.id, 'binaryPlist');
  const words = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schemas/l10n/app-config.json'), 'utf8'));
  assert.match(JSON.stringify(words), /plutil -convert xml1/);
});

test('Graph iosMobileAppConfiguration: settings[] with declared types', () => {
  const text =
    '{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":[{"appConfigKey":"Telephony_Enabled","appConfigKeyType":"booleanType","appConfigKeyValue":"true"},{"appConfigKey":"X","appConfigKeyType":"tokenType","appConfigKeyValue":"{{mail}}"}]}';
  const m = parseAppConfigJson(text);
  assert.equal(m.flavor, 'intune-ios-graph');
  assert.equal(m.emm, 'intune');
  assert.deepEqual(
    m.entries.map((e) => [e.key, e.valueKind, e.declaredType, e.value]),
    [
      ['Telephony_Enabled', 'boolean', 'booleanType', 'true'],
      ['X', 'token', 'tokenType', '{{mail}}'],
    ],
  );
  assert.equal(slice(text, m.entries[0].keyRange), 'Telephony_Enabled');
  assert.equal(slice(text, m.entries[0].declaredTypeRange), 'booleanType');
  assert.equal(slice(text, m.entries[0].valueRange), 'true');
  assert.equal(slice(text, m.markerRange), '"#microsoft.graph.iosMobileAppConfiguration"');
});

test('Graph encodedSettingXml is decoded; its entries point at the payload', () => {
  const text = fixture('graph-encoded.appconfig.json');
  const m = parseAppConfigJson(text);
  assert.equal(m.flavor, 'intune-ios-graph');
  assert.deepEqual(
    m.entries.map((e) => [e.key, e.value, e.encoded]),
    [
      ['ServicesDomain', 'example.com', true],
      ['Telephony_Enabled', 'true', true],
    ],
  );
  assert.match(slice(text, m.entries[0].keyRange)!, /^PGRpY3Q/);
  const bad = parseAppConfigJson('{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","encodedSettingXml":"@@@"}');
  assert.deepEqual(
    bad.errors.map((e) => e.code),
    ['encoded-payload-invalid'],
  );
});

test('Graph targetedManagedAppConfiguration: customSettings[] are untyped strings', () => {
  const m = parseAppConfigJson(fixture('mam-custom-settings.appconfig.json'));
  assert.equal(m.flavor, 'intune-mam-graph');
  assert.ok(m.entries.every((e) => e.typed === false && e.valueKind === 'string'));
  assert.deepEqual(
    m.entries.map((e) => e.key),
    ['ServicesDomain', 'Telephony_Enabled', 'AllowUrlProvisioning', 'ServicesDomainSsoEmailPrompt'],
  );
});

test('Android managed configuration, bare and wrapped in Graph payloadJson', () => {
  const text =
    '{"kind":"androidenterprise#managedConfiguration","productId":"app:com.cisco.im.intune","managedProperty":[{"key":"Telephony_Enabled","valueBool":true},{"key":"ServicesDomain","valueString":"example.com"}]}';
  const m = parseAppConfigJson(text);
  assert.equal(m.flavor, 'android-managed');
  assert.equal(m.platform, 'android');
  assert.deepEqual(
    m.entries.map((e) => [e.key, e.valueKind, e.declaredType, e.value]),
    [
      ['Telephony_Enabled', 'boolean', 'valueBool', 'true'],
      ['ServicesDomain', 'string', 'valueString', 'example.com'],
    ],
  );
  assert.equal(slice(text, m.entries[0].declaredTypeRange), 'valueBool');
  const wrapped = parseAppConfigJson(fixture('android-graph-wrapped.appconfig.json'));
  assert.equal(wrapped.flavor, 'android-managed');
  assert.deepEqual(
    wrapped.entries.map((e) => [e.key, e.value, e.encoded]),
    [
      ['ServicesDomain', 'example.com', true],
      ['AllowUrlProvisioning', 'false', true],
    ],
  );
});

test('BlackBerry UEM export: keys or labels, JSON types, optional platform; comments allowed', () => {
  const m = parseAppConfigJson(fixture('blackberry-labels.appconfig.json'));
  assert.equal(m.flavor, 'blackberry-uem');
  assert.equal(m.emm, 'blackberry');
  assert.equal(m.platform, 'ios');
  assert.deepEqual(m.errors, []);
  assert.deepEqual(
    m.entries.map((e) => [e.key, e.valueKind]),
    [
      ['Services Domain', 'string'],
      ['Disable cross launch Webex Meetings', 'boolean'],
      ['AllowUrlProvisioning', 'boolean'],
      ['FIPS_MODE', 'boolean'],
    ],
  );
  assert.deepEqual(
    parseAppConfigJson('{"emm":"blackberry"}').errors.map((e) => e.code),
    ['entry-structure'],
  );
});

test('JSON: unknown shapes, syntax errors and wrong entry shapes are reported, never thrown', () => {
  assert.deepEqual(
    parseAppConfigJson('{"foo": 1}').errors.map((e) => e.code),
    ['unknown-format'],
  );
  assert.deepEqual(
    parseAppConfigJson('[1, 2]').errors.map((e) => e.code),
    ['unknown-format'],
  );
  const broken = parseAppConfigJson('{"customSettings":[{"name":"ServicesDomain","value":"a.com"} {"name":"Telephony_Enabled","value":"true"}]}');
  assert.ok(broken.errors.some((e) => e.code === 'json-syntax'));
  assert.deepEqual(
    broken.entries.map((e) => e.key),
    ['ServicesDomain', 'Telephony_Enabled'],
    'a missing comma hides nothing',
  );
  const shapes = parseAppConfigJson('{"customSettings":[{"name":["ServicesDomain"],"value":"x"},{"name":"IP_Mode","value":[["Dual_Stack"]]},7,{"value":"x"}]}');
  assert.deepEqual(
    shapes.errors.map((e) => e.code),
    ['entry-structure', 'entry-structure', 'entry-structure', 'entry-structure'],
  );
  assert.deepEqual(
    shapes.entries.map((e) => [e.key, e.valueKind]),
    [['IP_Mode', 'array']],
  );
});
