// Findings that were wrong, each fixed in the data or the rule, each pinned here with the text Cisco
// itself publishes (the Parameters Reference Guide's examples, the Webex App for Unified CM appendix).
// A finding a reviewer would call wrong must not come back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { CONFIG, codes, validate } from './jabber-helpers';
import { codes as appCodes, jsonDoc } from './appconfig-helpers';

test("UserBridgeUriAdmin: Cisco's example %%uid%%@example.com is a SIP URI pattern, not a bad URL (PRG, Options)", () => {
  const ds = validate(
    CONFIG('<Options><EnableBridgeConferencing>true</EnableBridgeConferencing><UserBridgeUriAdmin>%%uid%%@example.com</UserBridgeUriAdmin></Options>'),
  );
  assert.deepEqual(codes(ds), []);
});

test("ConnectionType: the directory chapter's domain controller example is not deprecated (12.8 and later)", () => {
  // "To connect to a Domain Controller, set the following parameters: ConnectionType 1"
  for (const jabberRelease of ['12.8', '14.1', '15.0']) {
    assert.deepEqual(codes(validate(CONFIG('<Directory> <ConnectionType>1</ConnectionType> </Directory>'), { jabberRelease })), [], jabberRelease);
  }
});

test("IOSDownloadURL/AndroidDownloadURL: Cisco's example has no scheme (PRG, Common Policies)", () => {
  const ds = validate(
    CONFIG(`<Policies><EnablePromoteMobile>false</EnablePromoteMobile>
<PromotionWelcomeText> Download the Cisco Jabber for Android app. </PromotionWelcomeText>
<AndroidDownloadURL> www.example.com/download </AndroidDownloadURL>
<IOSDownloadURL> www.example.com/download </IOSDownloadURL></Policies>`),
  );
  assert.deepEqual(codes(ds), []);
  // A value that is no web address at all is still reported.
  assert.deepEqual(codes(validate(CONFIG('<Policies><IOSDownloadURL>not a link</IOSDownloadURL></Policies>'))), ['invalid-value']);
});

test("the Webex App for Unified CM appendix's policy parameters are accepted under <Policies>", () => {
  const body =
    '<Policies><EnableCallPark>true</EnableCallPark><E911EdgeLocationWhiteList>SSID1;SSID2</E911EdgeLocationWhiteList><EnableE911EdgeLocationPolicy>true</EnableE911EdgeLocationPolicy><EnableE911OnPremLocationPolicy>true</EnableE911OnPremLocationPolicy><E911NotificationURL>http://www.example.com/e911.html</E911NotificationURL><LocalPushSSIDList>SSID1;SSID2</LocalPushSSIDList></Policies>';
  assert.deepEqual(codes(validate(CONFIG(body))), []);
  // In <Phone>, where the Jabber PRG puts them, too.
  assert.deepEqual(codes(validate(CONFIG(body.replace(/Policies>/g, 'Phone>')))), []);
});

test('the port-range parameters: Cisco gives them no group, so none is asserted', () => {
  for (const group of ['Phone', 'Policies', 'Client', 'Options']) {
    const ds = validate(
      CONFIG(`<${group}><Audio_Start_Port_Range>20000</Audio_Start_Port_Range><Audio_End_Port_Range>20099</Audio_End_Port_Range></${group}>`),
    );
    assert.deepEqual(codes(ds), [], group);
  }
});

test('ConnectionUsername is not a secret; ConnectionPassword is', () => {
  const ds = validate(
    CONFIG('<Directory><ConnectionUsername>svc-jabber@example.com</ConnectionUsername><ConnectionPassword>secret</ConnectionPassword></Directory>'),
  );
  assert.deepEqual(codes(ds), ['plaintext-secret']);
  assert.match(String(ds[0].message), /ConnectionPassword/);
});

test('a "yes" given as a boolean is one finding at one spot, not two (app config)', () => {
  const graph = JSON.stringify({
    '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
    settings: [
      { appConfigKey: 'Telephony_Enabled', appConfigKeyType: 'booleanType', appConfigKeyValue: 'yes' },
      { appConfigKey: 'AllowUrlProvisioning', appConfigKeyType: 'booleanType', appConfigKeyValue: 'false' },
    ],
  });
  assert.deepEqual(appCodes(jsonDoc(graph)), ['invalid-value']);
  assert.deepEqual(codes(validate(CONFIG('<Policies><Telephony_Enabled>yes</Telephony_Enabled></Policies>'))), ['invalid-value']);
});

test('DirectoryServerType AD: the values offered are those the chosen release accepts', () => {
  const current = validate(CONFIG('<Directory><DirectoryServerType>AD</DirectoryServerType></Directory>'), { jabberRelease: '14.1' });
  assert.deepEqual((current[0].data as { suggestions: string[] }).suggestions.sort(), ['LDAP', 'UDS']);
  assert.doesNotMatch(String(current[0].message), /BDI|EDI/);
  const old = validate(CONFIG('<Directory><DirectoryServerType>AD</DirectoryServerType></Directory>'), { jabberRelease: '11.6' });
  assert.deepEqual((old[0].data as { suggestions: string[] }).suggestions.sort(), ['BDI', 'EDI', 'UDS']);
});

test('no warning says the reference is not explicit: an implied dependency is information, without that note', () => {
  const ds = validate(CONFIG('<Options><UserBridgeUriAdmin>%%uid%%@example.com</UserBridgeUriAdmin></Options>'));
  assert.deepEqual(codes(ds), ['missing-dependency']);
  assert.equal(ds[0].severity, DiagnosticSeverity.Information);
  assert.equal(ds[0].message, '<UserBridgeUriAdmin> is used only when <EnableBridgeConferencing> is true.');
});

test("UseSSL: Cisco's 10.5 deployment guide writes 0 and 1, the Parameters Reference Guide True and False; both are accepted", () => {
  // Deployment and Installation Guide for Cisco Jabber 10.5, "Simple Authentication for Cisco Jabber for Windows".
  const ds = validate(
    CONFIG('<Directory><UseWindowsCredentials>0</UseWindowsCredentials> <UseSSL>0</UseSSL> <UseSecureConnection>0</UseSecureConnection></Directory>'),
    { jabberRelease: '10.5' },
  );
  assert.deepEqual(codes(ds), []);
  for (const v of ['1', 'True', 'false']) assert.deepEqual(codes(validate(CONFIG(`<Directory><UseSSL>${v}</UseSSL></Directory>`))), [], v);
  // A value that is neither is still reported.
  assert.deepEqual(codes(validate(CONFIG('<Directory><UseSSL>yes</UseSSL></Directory>'))), ['invalid-value']);
});
