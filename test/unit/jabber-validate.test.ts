// Every jabber-config diagnostic code: a document that triggers it, and the corrected document
// that does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONFIG, codes, ctx, doc, validate } from './jabber-helpers';
import { jabberConfigService } from '../../server/services/jabber';
import { loadCatalogs } from '../../server/catalog/catalogs';

const cases: { code: string; bad: string; good: string; settings?: Record<string, unknown>; message?: RegExp }[] = [
  {
    code: 'xml-syntax',
    bad: CONFIG('<Client><UpdateURL>http://a.example.com/u.xml</UpdateUrl></Client>'),
    good: CONFIG('<Client><UpdateURL>http://a.example.com/u.xml</UpdateURL></Client>'),
    message: /ignores all of it/,
  },
  {
    code: 'root-element',
    bad: '<?xml version="1.0"?>\n<configuration version="1.0"><Client/></configuration>',
    good: CONFIG('<Client/>'),
    message: /<config version="1.0">/,
  },
  { code: 'root-element', bad: '<?xml version="1.0"?>\n<config><Client/></config>', good: CONFIG('<Client/>'), message: /version="1.0"/ },
  { code: 'missing-xml-declaration', bad: '<config version="1.0"><Client/></config>', good: CONFIG('<Client/>') },
  {
    code: 'doctype-ignored',
    bad: '<?xml version="1.0"?>\n<!DOCTYPE config [<!ENTITY x "y">]>\n<config version="1.0"><Client/></config>',
    good: CONFIG('<Client/>'),
    message: /never expands or fetches/,
  },
  {
    code: 'unknown-group',
    bad: CONFIG('<Polices><Telephony_Enabled>true</Telephony_Enabled></Polices>'),
    good: CONFIG('<Policies><Telephony_Enabled>true</Telephony_Enabled></Policies>'),
    message: /Did you mean <Policies>/,
  },
  {
    code: 'parameter-outside-group',
    bad: CONFIG('<Telephony_Enabled>true</Telephony_Enabled>'),
    good: CONFIG('<Policies><Telephony_Enabled>true</Telephony_Enabled></Policies>'),
    message: /Policies/,
  },
  {
    code: 'unknown-parameter',
    bad: CONFIG('<Policies><VoiceServiceDomain>example.com</VoiceServiceDomain></Policies>'),
    good: CONFIG('<Policies><VoiceServicesDomain>example.com</VoiceServicesDomain></Policies>'),
    message: /Did you mean <VoiceServicesDomain>/,
  },
  {
    code: 'parameter-case',
    bad: CONFIG('<Policies><telephony_enabled>true</telephony_enabled></Policies>'),
    good: CONFIG('<Policies><Telephony_Enabled>true</Telephony_Enabled></Policies>'),
  },
  {
    code: 'wrong-group',
    bad: CONFIG('<Client><VoiceServicesDomain>example.com</VoiceServicesDomain></Client>'),
    good: CONFIG('<Policies><VoiceServicesDomain>example.com</VoiceServicesDomain></Policies>'),
    message: /belongs in <Policies>/,
  },
  {
    code: 'duplicate-parameter',
    bad: CONFIG('<Policies><EnableVideo>true</EnableVideo><EnableVideo>false</EnableVideo></Policies>'),
    good: CONFIG('<Policies><EnableVideo>false</EnableVideo></Policies>'),
  },
  {
    code: 'invalid-value',
    bad: CONFIG('<Policies><EnableVideo>yes</EnableVideo></Policies>'),
    good: CONFIG('<Policies><EnableVideo>TRUE</EnableVideo></Policies>'),
    message: /not a boolean/,
  },
  {
    code: 'invalid-value',
    bad: CONFIG('<Options><Set_Status_Inactive_Timeout>soon</Set_Status_Inactive_Timeout></Options>'),
    good: CONFIG('<Options><Set_Status_Inactive_Timeout>20</Set_Status_Inactive_Timeout></Options>'),
    message: /whole number/,
  },
  {
    code: 'invalid-value',
    bad: CONFIG('<Client><UpdateURL>http:// server : port / jabber-update.xml</UpdateURL></Client>'),
    good: CONFIG('<Client><UpdateURL>http://ucm.example.com:6970/jabber-update.xml</UpdateURL></Client>'),
    message: /contains spaces/,
  },
  {
    code: 'invalid-value',
    bad: CONFIG('<Directory><BaseFilter>(&amp;(objectClass=user)</BaseFilter></Directory>'),
    good: CONFIG('<Directory><BaseFilter>(&amp;(objectClass=user))</BaseFilter></Directory>'),
    message: /never closed/,
  },
  { code: 'invalid-value', bad: CONFIG('<Client><EMMType>1;3</EMMType></Client>'), good: CONFIG('<Client><EMMType>1;2</EMMType></Client>') },
  {
    code: 'invalid-value',
    bad: CONFIG('<Directory><UdsServer>CallManager IP or FQDN</UdsServer></Directory>'),
    good: CONFIG('<Directory><UdsServer>cucm1.example.com</UdsServer></Directory>'),
  },
  {
    code: 'deprecated-parameter',
    bad: CONFIG('<Directory><BDIPresenceDomain>example.com</BDIPresenceDomain></Directory>'),
    good: CONFIG('<Directory><PresenceDomain>example.com</PresenceDomain></Directory>'),
    message: /use <PresenceDomain>/,
  },
  {
    code: 'not-in-release',
    bad: CONFIG('<Directory><DirectoryServerType>EDI</DirectoryServerType></Directory>'),
    good: CONFIG('<Directory><DirectoryServerType>LDAP</DirectoryServerType></Directory>'),
    message: /replaced in Jabber 11.8/,
  },
  {
    code: 'not-a-jabber-config-parameter',
    bad: CONFIG('<Policies><ServicesDomain>example.com</ServicesDomain></Policies>'),
    good: CONFIG('<Policies><VoiceServicesDomain>example.com</VoiceServicesDomain></Policies>'),
    message: /installer/,
  },
  {
    code: 'plaintext-secret',
    bad: CONFIG('<Directory><ConnectionPassword>s3cret</ConnectionPassword></Directory>'),
    good: CONFIG('<Directory><LDAP_UseCredentialsFrom>CUCM</LDAP_UseCredentialsFrom></Directory>'),
  },
  {
    // A password in a URL is served by TFTP like ConnectionPassword; the message does not repeat it.
    code: 'plaintext-secret',
    bad: CONFIG('<Client><PrtLogServerUrl>http://prt:Upl0adPw@prt.example.com/prt.php</PrtLogServerUrl></Client>'),
    good: CONFIG('<Client><PrtLogServerUrl>http://prt.example.com/prt.php</PrtLogServerUrl></Client>'),
    message:
      /^'PrtLogServerUrl' holds a credential in clear text\. The URL carries a password(?!.*Upl0adPw).*Remove the user name and password from the URL\.$/,
  },
  {
    code: 'mra-unsupported',
    bad: CONFIG('<Client><PrtLogServerURL>https://prt.example.com/up.php</PrtLogServerURL></Client>'),
    good: CONFIG('<Options><StartCallWithVideo>false</StartCallWithVideo></Options>'),
    settings: { mra: 'on' },
  },
  {
    code: 'missing-dependency',
    bad: CONFIG('<Directory><PhotoUriSubstitutionToken>sAMAccountName</PhotoUriSubstitutionToken></Directory>'),
    good: CONFIG(
      '<Directory><PhotoUriSubstitutionEnabled>true</PhotoUriSubstitutionEnabled><PhotoUriSubstitutionToken>sAMAccountName</PhotoUriSubstitutionToken></Directory>',
    ),
  },
  {
    code: 'conflicting-parameters',
    bad: CONFIG('<Directory><LDAP_UseCredentialsFrom>CUCM</LDAP_UseCredentialsFrom><ConnectionUsername>svc</ConnectionUsername></Directory>'),
    good: CONFIG('<Directory><LDAP_UseCredentialsFrom>CUCM</LDAP_UseCredentialsFrom></Directory>'),
  },
  {
    code: 'ignored-parameter',
    bad: CONFIG(
      '<Options><ExchangeModernAuthentication>true</ExchangeModernAuthentication><InternalExchangeServer>mail.example.com</InternalExchangeServer></Options>',
    ),
    good: CONFIG('<Options><ExchangeModernAuthentication>true</ExchangeModernAuthentication></Options>'),
  },
  {
    code: 'invalid-combination',
    bad: CONFIG('<Phone><Audio_Start_Port_Range>20001</Audio_Start_Port_Range><Audio_End_Port_Range>20000</Audio_End_Port_Range></Phone>'),
    good: CONFIG('<Phone><Audio_Start_Port_Range>20000</Audio_Start_Port_Range><Audio_End_Port_Range>20001</Audio_End_Port_Range></Phone>'),
  },
  {
    code: 'invalid-combination',
    bad: CONFIG(
      '<Phone><Audio_Start_Port_Range>20000</Audio_Start_Port_Range><Audio_End_Port_Range>20099</Audio_End_Port_Range><Video_Start_Port_Range>20050</Video_Start_Port_Range><Video_End_Port_Range>20199</Video_End_Port_Range></Phone>',
    ),
    good: CONFIG(
      '<Phone><Audio_Start_Port_Range>20000</Audio_Start_Port_Range><Audio_End_Port_Range>20099</Audio_End_Port_Range><Video_Start_Port_Range>20100</Video_Start_Port_Range><Video_End_Port_Range>20199</Video_End_Port_Range></Phone>',
    ),
    message: /overlaps/,
  },
  {
    code: 'misplaced-text',
    bad: CONFIG('<Directory>> <PresenceDomain>example.com</PresenceDomain></Directory>'),
    good: CONFIG('<Directory><PresenceDomain>example.com</PresenceDomain></Directory>'),
  },
  { code: 'binary-content', bad: 'PK\u0003\u0004\u0000\u0000binary', good: CONFIG('<Client/>') },
  {
    code: 'encoding-mismatch',
    bad: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<config version="1.0"><Directory><PresenceDomain>ex\uFFFDmple.com</PresenceDomain></Directory></config>',
    good: CONFIG('<Client/>'),
  },
];

for (const c of cases) {
  test(`${c.code}: reported on the faulty document${c.message ? ` (${c.message.source})` : ''}`, () => {
    const ds = validate(c.bad, c.settings);
    const hit = ds.find((d) => d.code === c.code);
    assert.ok(hit, `expected ${c.code}, got ${JSON.stringify(codes(ds))}`);
    if (c.message) assert.match(hit.message as string, c.message);
    assert.equal(hit.source, 'uc-config');
  });
  test(`${c.code}: silent on the corrected document`, () => {
    const ds = validate(c.good, c.settings);
    assert.ok(!codes(ds).includes(c.code), `unexpected ${c.code}: ${ds.map((d) => d.message).join(' | ')}`);
  });
}

test('documented alternative spellings are accepted silently', () => {
  const ds = validate(
    CONFIG(
      '<Client><PrtLogServerUrl>https://prt.example.com/u.php</PrtLogServerUrl><UpdateUrl>http://u.example.com/j.xml</UpdateUrl></Client><Voicemail><VoicemailService_UseCredentialsFrom>phone</VoicemailService_UseCredentialsFrom></Voicemail>',
    ),
  );
  assert.deepEqual(codes(ds), []);
});

test('a syntax error does not hide the other findings', () => {
  const ds = validate(CONFIG('<Policies>\n<Ena\n</Policies>\n<Options><Set_Status_Inactive_Timeout>x</Set_Status_Inactive_Timeout></Options>'));
  assert.deepEqual(codes(ds).sort(), ['invalid-value', 'xml-syntax']);
});

test('severity overrides re-grade and silence codes', async () => {
  const { applySeverityOverrides } = await import('../../server/catalog/diagnostics');
  const ds = validate(CONFIG('<Policies><Foo>1</Foo><EnableVideo>maybe</EnableVideo></Policies>'));
  const out = applySeverityOverrides(ds, { 'unknown-parameter': 'error', 'invalid-value': 'off' });
  assert.deepEqual(
    out.map((d) => [d.code, d.severity]),
    [['unknown-parameter', 1]],
  );
});

test('the Jabber release setting decides version-dependent values', () => {
  const text = CONFIG('<Directory><DirectoryServerType>EDI</DirectoryServerType></Directory>');
  assert.ok(codes(validate(text, { jabberRelease: '14.1' })).includes('not-in-release'));
  assert.deepEqual(codes(validate(text, { jabberRelease: '11.6' })), []);
  assert.ok(
    codes(validate(CONFIG('<Directory><DirectoryServerType>LDAP</DirectoryServerType></Directory>'), { jabberRelease: '11.6' })).includes('not-in-release'),
  );
  // Verdicts are kept across runs by release and language: back to 14.1, and the same value in Korean.
  assert.ok(codes(validate(text, { jabberRelease: '14.1' })).includes('not-in-release'));
  assert.deepEqual(codes(validate(text, { jabberRelease: '11.6' })), []);
  const bad = CONFIG('<Policies><EnableVideo>maybe</EnableVideo></Policies>');
  const en = validate(bad).find((d) => d.code === 'invalid-value');
  const ko = jabberConfigService.validate(doc(bad), { ...ctx(), locale: 'ko' }).find((d) => d.code === 'invalid-value');
  assert.match(String(en?.message), /true or false/);
  assert.match(String(ko?.message), /[가-힣]/);
  assert.doesNotMatch(String(ko?.message), /true or false/);
  assert.equal(String(validate(bad).find((d) => d.code === 'invalid-value')?.message), String(en?.message));
});

test('messages follow the locale where a translation exists', async () => {
  const { jabberConfigService } = await import('../../server/services/jabber');
  const { ctx, doc } = await import('./jabber-helpers');
  const c = { ...ctx(), locale: 'ko' as const };
  const ds = jabberConfigService.validate(doc(CONFIG('<Policies><Foo>1</Foo></Policies>')), c);
  assert.match(ds[0].message as string, /알 수 없는 매개 변수/);
});

test('a file above the size limit gets one clear message and a syntax check only', () => {
  const big = CONFIG('<Policies>' + '<Foo>1</Foo>'.repeat(2000) + '</Policies>');
  const ds = validate(big, { maxFileSizeMB: 0.01 });
  assert.deepEqual(codes(ds), ['file-too-large']);
});

test('no non-parameter is spelt like a documented parameter (a documented name is never looked up as one)', () => {
  const { jabber } = loadCatalogs();
  const both = [...jabber.nonParameters.keys()].filter((k) => jabber.byLowerName.has(k));
  assert.deepEqual(both, []);
});
