// Korean and Japanese jabber-config messages are Korean and Japanese throughout, and so are the
// shared guards' and the settings files' own words. The parts the code adds to a template come from
// schemas/l10n/jabber-config.json, uc-settings.json and common.json (rendered by
// server/catalog/messages.ts); rule messages from schemas/jabber-rules.json; where a non-parameter
// is set from schemas/jabber-non-parameters.json. Every jabber-config diagnostic is raised by the
// fixture below and rendered in both languages, with its related information and quick-fix titles:
// no English sentence may be left. English output is pinned where the code used to write it itself.
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { loadMessages, messagesOf, type MessageDomain } from '../../server/catalog/messages';
import { parseSettings } from '../../server/formats/settings';
import { parseXml, xmlErrorText } from '../../server/formats/xml';
import { checkValue } from '../../server/rules/values';
import { jabberConfigService } from '../../server/services/jabber';
import { typeSummary } from '../../server/services/jabber/docs';
import { mraCodeLenses, mraLenses } from '../../server/services/mraLens';
import { settingsService } from '../../server/services/settings';
import { validateSettings } from '../../server/services/settings/validate';
import type { Locale, ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS, type UcConfigSettings } from '../../shared/settings';
import { englishRuns, hasWords, JABBER_NAMES, LOCALES, messageFileProblems, placeholders, SCRIPT, VALUE_PROBLEMS } from './l10n-helpers';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS = path.join(ROOT, 'schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));
const catalogs = loadCatalogs(SCHEMAS);

type Docs = { uri: string; text: string }[];
function ctxOf(locale: Locale, settings: Partial<UcConfigSettings> = {}, docs: Docs = []): ServiceContext {
  const open = docs.map((d) => TextDocument.create(d.uri, 'xml', 1, d.text));
  const kindOf = (uri: string) => (/jabber-config/.test(uri) ? 'jabber-config' : /appconfig/.test(uri) ? 'app-config' : 'uc-settings');
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, catalogs, locale, workspace: { documents: (kind) => open.filter((d) => kindOf(d.uri) === kind) } };
}

// ---------------------------------------------------------------------------------------------
// The message files

const FILES = ['common', 'app-config', 'jabber-config', 'uc-settings'] as const;
type MessageFileData = { en: Record<string, string>; ko: Record<string, string>; ja: Record<string, string> };
const file = (name: string): MessageFileData => read(`l10n/${name}.json`);

/** Ids whose text is a name, a symbol or a bare placeholder shape in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'value.what.name',
  'deprecated.note',
  'type.range',
  'type.url',
  'type.xml',
  'type.guid',
  'port.join',
  'mra.notSupportedRow',
  'clients.windows',
  'clients.mac',
  'clients.android',
  'clients.ios',
  'lens.title',
  'hover.ui',
  'hover.rule',
  'completion.ui',
  'syntax.other',
]);

test("every message file validates against messages.schema.json, and no id is both shared and a format's own", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(read('l10n/messages.schema.json'));
  for (const name of FILES) assert.ok(validate(file(name)), `${name}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  const shared = new Set(Object.keys(file('common').en));
  for (const name of FILES.slice(1))
    assert.deepEqual(
      Object.keys(file(name).en).filter((id) => shared.has(id)),
      [],
      `${name} redefines shared ids`,
    );
});

for (const name of ['jabber-config', 'uc-settings'] as const) {
  test(`${name}.json: en, ko and ja have the same ids and placeholders, and ko/ja are translated`, () => {
    const problems = messageFileProblems(file(name), (locale, id, t) => {
      const bare = t.replace(/\{\w+\}/g, '');
      if (!SAME_IN_EVERY_LANGUAGE.has(id) && bare.trim() && !SCRIPT[locale].test(bare) && !/^[A-Z][A-Za-z]*$/.test(bare.trim())) return `not translated (${t})`;
      if (englishRuns(t.replace(/\{\w+\}/g, 'X'), JABBER_NAMES).length) return `English left in '${t}': ${englishRuns(t)}`;
      return undefined;
    });
    assert.deepEqual(problems, []);
  });
}

test('jabber-rules.json: every rule says it in Korean and Japanese with the same placeholders', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(read('jabber-rules.schema.json'));
  const rules = read('jabber-rules.json');
  assert.ok(validate(rules), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const problems: string[] = [];
  for (const r of (rules as { rules: unknown }).rules as { id: string; message: Record<string, string> }[]) {
    for (const locale of LOCALES) {
      const t = r.message[locale];
      if (!t) problems.push(`${r.id}: no ${locale}`);
      else {
        if (JSON.stringify(placeholders(t)) !== JSON.stringify(placeholders(r.message.en))) problems.push(`${r.id} ${locale}: placeholders differ`);
        if (!SCRIPT[locale].test(t)) problems.push(`${r.id} ${locale}: not translated`);
        if (englishRuns(t.replace(/\{\w+\}/g, 'X')).length) problems.push(`${r.id} ${locale}: ${englishRuns(t)}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('jabber-non-parameters.json: where each name is really set, and what it is, in Korean and Japanese', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(read('jabber-non-parameters.schema.json'));
  const data = read('jabber-non-parameters.json');
  assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  for (const e of (data as { entries: unknown }).entries as { name: string; l10n?: Record<string, { where: string; description: string }> }[]) {
    for (const locale of LOCALES) {
      const t = e.l10n?.[locale];
      assert.ok(t, `${e.name}: no ${locale}`);
      for (const s of [t.where, t.description]) {
        assert.match(s, SCRIPT[locale], `${e.name} ${locale}: ${s}`);
        assert.deepEqual(englishRuns(s, JABBER_NAMES), [], `${e.name} ${locale}: ${s}`);
      }
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Every id the code names exists

/** Ids in the sources: t('id'), t(cond ? 'a' : 'b'), and `messages` files that name ids as strings. */
function idsIn(files: string[]): Set<string> {
  const ids = new Set<string>();
  for (const f of files) {
    const src = fs.readFileSync(path.join(ROOT, f), 'utf8');
    // The id argument of t(…): a literal, or the branches of a condition (not what the condition compares, nor the arguments).
    for (const m of src.matchAll(/\b[JSGL]\.t\(([^{)]*)/g)) for (const q of m[1].matchAll(/(?<![=!]==\s*)'([a-z][\w.-]*)'/g)) ids.add(q[1]);
    for (const m of src.matchAll(/\bid: '([a-z][\w.-]*)'/g)) ids.add(m[1]);
    for (const m of src.matchAll(/'(purpose\.[a-zA-Z]+)'/g)) ids.add(m[1]);
  }
  return ids;
}
const dir = (d: string) =>
  fs
    .readdirSync(path.join(ROOT, d))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${d}/${f}`);

test('every message id the jabber-config, guard and settings code uses exists', () => {
  const missing: string[] = [];
  const check = (domain: MessageDomain, ids: Iterable<string>) => {
    const M = loadMessages(SCHEMAS, 'en', domain);
    for (const id of ids) if (!M.has(id)) missing.push(`${domain}: ${id}`);
  };
  const jabber = idsIn([...dir('server/rules/jabber'), ...dir('server/services/jabber')]);
  assert.ok(jabber.size > 40, `${jabber.size} ids found`);
  // Ids built from data.
  for (const p of catalogs.jabber.parameters) {
    jabber.add(`type.${p.type}`);
    if (p.unit) jabber.add(`unit.${p.unit}`);
  }
  for (const r of catalogs.mra.rows) if (r.clients !== 'all') jabber.add(`clients.${r.clients}`);
  for (const id of ['port.startEven', 'port.startOdd', 'port.endEven', 'port.endOdd']) jabber.add(id);
  check('jabber-config', jabber);
  check('common', idsIn(['server/services/guards.ts']));
  const settings = idsIn([...dir('server/services/settings'), ...dir('server/rules/settings'), 'server/formats/settings.ts']);
  assert.ok(settings.size > 15, `${settings.size} ids found`);
  for (const t of ['object', 'array', 'string', 'integer', 'boolean']) settings.add(`type.${t}`);
  for (const k of ['mapping', 'list', 'empty', 'text', 'number', 'boolean']) settings.add(`kind.${k}`);
  for (const s of ['error', 'warning', 'information', 'hint']) settings.add(`severity.${s}`);
  for (const c of YAML_CODES) settings.add(`yaml.${c}`);
  check('uc-settings', settings);
  assert.deepEqual(missing, []);
});

// ---------------------------------------------------------------------------------------------
// The fixture: documents that raise every jabber-config diagnostic and every message variant

const CONFIG = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${body}\n</config>\n`;
const MRA_ON_SETTINGS = { uri: 'file:///w/mra.expressway.yaml', text: 'expressway:\n  features:\n    mobileAndRemoteAccess: true\n' };

const FIXTURE: Record<string, { text: string; settings?: Partial<UcConfigSettings>; others?: Docs }> = {
  structure: {
    text: '<?xml version="1.0"?>\n<!DOCTYPE config [<!ENTITY x "y">]>\n<config><Clientx><A>1</A></Clientx><Zzzzzzzzzz/><Telephony_Enabled/><Client>> <EnableVideo>true</EnableVideo></Client><EnableVideo>x</EnableVideo><NotAThingAtAll>1</NotAThingAtAll></config>',
  },
  'no-declaration': { text: '<!DOCTYPE config>\n<config version="2.0"><Client/></config>' },
  'root-group': { text: '<Client><EnableVideo>true</EnableVideo></Client>' },
  'root-other': { text: '<foo version="1.0"/>' },
  parameters: {
    text: CONFIG(
      '<Policies><VoiceServiceDomain>example.com</VoiceServiceDomain><NoSuchParameterAnywhere>1</NoSuchParameterAnywhere><telephony_enabled>true</telephony_enabled><EnableVideo>true</EnableVideo><EnableVideo>false</EnableVideo><ServicesDomain>a.com</ServicesDomain><InvalidCertificateBehavior>x</InvalidCertificateBehavior><AllowUrlProvisioning>x</AllowUrlProvisioning><ForceLaunchBrowser>x</ForceLaunchBrowser><FIPS_MODE>x</FIPS_MODE></Policies>' +
        '<Client><VoiceServicesDomain>example.com</VoiceServicesDomain></Client>' +
        '<Directory><BDIPresenceDomain>example.com</BDIPresenceDomain><BDILDAPServerType>AD</BDILDAPServerType><DirectoryServerType>EDI</DirectoryServerType><ConnectionPassword>s3cret</ConnectionPassword></Directory>' +
        '<Options><HeadsetPreferenceOnVDI>PreferNewDevice</HeadsetPreferenceOnVDI><EnableVoipSocket>true</EnableVoipSocket></Options>',
    ),
  },
  'old-release': {
    text: CONFIG('<Client><EnableVDIFullScan>true</EnableVDIFullScan></Client><Directory><DirectoryServerType>LDAP</DirectoryServerType></Directory>'),
    settings: { jabberRelease: '11.0' },
  },
  values: {
    text: CONFIG(
      '<Options><StartCallWithVideo>flase</StartCallWithVideo><Set_Status_Inactive_Timeout>soon</Set_Status_Inactive_Timeout></Options>' +
        '<Client><ForceLogoutTimerDesktop>x</ForceLogoutTimerDesktop><ForceLogoutTimerMobile>0</ForceLogoutTimerMobile><EMMType>1;3</EMMType><UXModel>modern</UXModel><IP_Mode>x</IP_Mode><PrtLogServerURL>not a url</PrtLogServerURL><ForceLogoutTimerMobile>999</ForceLogoutTimerMobile></Client>' +
        '<Directory><PhotoUriWithToken>x</PhotoUriWithToken><PrimaryServerName>a b</PrimaryServerName><LdapUserDomain>1.2.3.4</LdapUserDomain><BaseFilter>((a)</BaseFilter><BDIBaseFilter>a)</BDIBaseFilter><BDIGroupBaseFilter>(((a)</BDIGroupBaseFilter><GroupBaseFilter>a</GroupBaseFilter><SearchBase1>notadn</SearchBase1><BDICity>-x</BDICity><LdapSupportedMechanisms>GSSAPI FOO</LdapSupportedMechanisms></Directory>' +
        '<Policies><BlockVersionBelow>x</BlockVersionBelow><TelemetryCustomerID>x</TelemetryCustomerID></Policies>' +
        '<Phone><E911EdgeLocationWhiteList>' +
        Array.from({ length: 31 }, (_, i) => `s${i}`).join(';') +
        '</E911EdgeLocationWhiteList></Phone>',
    ),
  },
  rules: {
    text: CONFIG(
      '<Directory><LDAP_UseCredentialsFrom>CUCM</LDAP_UseCredentialsFrom><ConnectionUsername>svc</ConnectionUsername><PhotoUriSubstitutionToken>sAMAccountName</PhotoUriSubstitutionToken><PrimaryServerName>ldap.example.com</PrimaryServerName><SecondaryServerName>ldap2.example.com</SecondaryServerName></Directory>' +
        '<Client><LdapAnonymousBinding>true</LdapAnonymousBinding></Client>' +
        '<Phone><EnableE911EdgeLocationPolicy>true</EnableE911EdgeLocationPolicy><E911NotificationURL>http://e.example.com</E911NotificationURL>' +
        '<Audio_Start_Port_Range>20001</Audio_Start_Port_Range><Audio_End_Port_Range>20000</Audio_End_Port_Range><Video_Start_Port_Range>20000</Video_Start_Port_Range><Video_End_Port_Range>20001</Video_End_Port_Range><Fecc_Start_Port_Range>19999</Fecc_Start_Port_Range><Fecc_End_Port_Range>20002</Fecc_End_Port_Range></Phone>' +
        '<Policies><EnableLotusNotesContactResolution>true</EnableLotusNotesContactResolution><EnableLocalAddressBookSearch>false</EnableLocalAddressBookSearch><DetailedLogDurationDesktop>1</DetailedLogDurationDesktop><DetailedLogDurationMobile>1</DetailedLogDurationMobile><BlockVersionBelow>12.0</BlockVersionBelow><Telephony_Enabled>false</Telephony_Enabled><SharePortRangeStart>65000</SharePortRangeStart><SharePortRangeSize>1000</SharePortRangeSize></Policies>' +
        '<Client><EnablePrtEncryption>true</EnablePrtEncryption><UpdateURL>http://u.example.com/x.xml</UpdateURL></Client>' +
        '<Options><UserBridgeUriAdmin>http://b.example.com/x</UserBridgeUriAdmin><ExchangeModernAuthentication>true</ExchangeModernAuthentication><InternalExchangeServer>mail.example.com</InternalExchangeServer></Options>',
    ),
  },
  mra: {
    text: CONFIG(
      '<Client><PrtLogServerURL>https://prt.example.com/up.php</PrtLogServerURL><UpdateURL>http://u.example.com/x.xml</UpdateURL></Client><Directory><DirectoryServerType>LDAP</DirectoryServerType><PhotoUriWithToken>http://photo.example.com/%%uid%%.jpg</PhotoUriWithToken></Directory><Voicemail><VoicemailPrimaryServer>cuc.example.com</VoicemailPrimaryServer></Voicemail><Policies><VoiceServicesDomain>example.com</VoiceServicesDomain></Policies>',
    ),
    settings: { mra: 'on' },
  },
  'cross-file': {
    text: CONFIG(
      '<Directory><DirectoryServerType>LDAP</DirectoryServerType></Directory><Client><PrtLogServerURL>https://prt.example.com/up.php</PrtLogServerURL></Client>',
    ),
    others: [MRA_ON_SETTINGS],
  },
  'xml-1': { text: CONFIG('<Client><UpdateURL>http://a.example.com/u.xml</UpdateUrl></Client>') },
  'xml-2': { text: '<config version="1.0"><Client a=x b><EnableVideo>&foo;</EnableVideo><!-- a -- b --></Client>' },
  'xml-3': { text: ' <?xml version="1.0"?><config version="1.0"><Client/></config>text<config/>' },
  'xml-4': { text: '<config version="1.0"><Client a="1" a="2"><Ena</config>' },
  'xml-declaration': { text: '<?xml version="2.0" encoding="utf 8" standalone="maybe"?>\n<config version="1.0"><Client>]]></></Client></config>' },
  'xml-declaration-order': { text: '<?xml encoding="utf-8" version="1.0" standalone="yes" foo="x"?>\n<config version="1.0"><Client/></config>' },
  binary: { text: 'PK\u0003\u0004\u0000binary' },
  'encoding-declared': {
    text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<config version="1.0"><Directory><PresenceDomain>ex\uFFFDmple.com</PresenceDomain></Directory></config>',
  },
  'encoding-undeclared': { text: '<config version="1.0"><Client/>\uFFFD</config>' },
  'too-large': { text: CONFIG('<Client><EnableVideo>x</EnableVideo></Client>'), settings: { maxFileSizeMB: 0.0001 } },
};

/** Every code the jabber-config service raises: its family, the shared codes it uses and the cross-file ones. */
const JABBER_CODES = [
  ...read('diagnostics/jabber-config.json').codes.map((c: { code: string }) => c.code),
  'xml-syntax',
  'invalid-value',
  'plaintext-secret',
  'file-too-large',
  'binary-content',
  'encoding-mismatch',
];

interface Raised {
  name: string;
  d: Diagnostic;
  actions: CodeAction[];
}
function raise(locale: Locale): Raised[] {
  const out: Raised[] = [];
  for (const [name, f] of Object.entries(FIXTURE)) {
    const doc = TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, f.text);
    const ctx = ctxOf(locale, f.settings, [{ uri: doc.uri, text: f.text }, ...(f.others ?? [])]);
    const ds = jabberConfigService.validate(doc, ctx);
    const all = { start: doc.positionAt(0), end: doc.positionAt(f.text.length) };
    for (const d of ds) out.push({ name, d, actions: jabberConfigService.codeActions(doc, all, [d], ctx) });
  }
  return out;
}

/** The texts a user reads: the message, related information and quick-fix titles. */
const textsOf = (r: Raised) => [String(r.d.message), ...(r.d.relatedInformation ?? []).map((x) => x.message), ...r.actions.map((a) => a.title)];
/** An id the data lacks shows as itself. */
const RAW_ID =
  /\b(?:type|fix|root|release|port|clients|deprecated|hover|completion|xml|value|guard|secret|rule|doctype|kind|path|yaml|json|syntax|alias|purpose|severity)\.[a-zA-Z]/;

test('the fixture raises every jabber-config diagnostic, with a quick fix wherever one exists', () => {
  const raised = raise('en');
  const codes = new Set(raised.map((r) => String(r.d.code)));
  assert.deepEqual(
    JABBER_CODES.filter((c: string) => !codes.has(c)),
    [],
  );
  const titles = new Set(raised.flatMap((r) => r.actions.map((a) => a.title.replace(/<[^>]*>|'[^']*'/g, '…'))));
  assert.ok(titles.size >= 11, [...titles].join(' / '));
});

for (const locale of LOCALES) {
  test(`${locale}: every jabber-config diagnostic, its related information and its quick fixes render without English sentence fragments`, () => {
    const all = raise(locale);
    const en = raise('en');
    assert.deepEqual(
      all.map((r) => `${r.name} ${r.d.code} ${r.actions.length}`),
      en.map((r) => `${r.name} ${r.d.code} ${r.actions.length}`),
      'the same diagnostics and fixes in every language',
    );
    const leaks: string[] = [];
    const fallback = loadMessages(SCHEMAS, locale, 'common').t('xml.other', { message: '' }).replace(/"+$/, '');
    for (const r of all) {
      for (const t of textsOf(r)) {
        const runs = englishRuns(t, JABBER_NAMES);
        if (runs.length) leaks.push(`${r.name} ${r.d.code}: ${t}  →  ${runs.join(' | ')}`);
        if (hasWords(t, JABBER_NAMES) && !SCRIPT[locale].test(t)) leaks.push(`${r.name} ${r.d.code}: not in ${locale}: ${t}`);
        if (RAW_ID.test(t.replace(/'[^']*'|"[^"]*"|<[^>]*>/g, ''))) leaks.push(`${r.name} ${r.d.code}: raw id in ${t}`);
        if (t.includes(fallback)) leaks.push(`${r.name} ${r.d.code}: untranslated XML message in ${t}`);
      }
    }
    assert.deepEqual(leaks, []);
  });
}

test("the XML reader's messages about declarations, entities and stray markup are translated too", () => {
  const inputs = [
    '<?xml version="2.0"?><config/>',
    '<?xml version="1.0" encoding="utf 8"?><config/>',
    '<?xml version="1.0" standalone="maybe"?><config/>',
    '<?xml version="1.0" encoding="utf-8" standalone="yes" foo="x"?><config/>',
    '<?xml foo="1.0"?><config/>',
    '<?xml version="1.0" foo="x"?><config/>',
    '<config>]]></config>',
    '<config></></config>',
    '<config><Client>&nbsp;</Client></config>',
    '<config><Client>&#0;</Client></config>',
    '<config a="<"/>',
    '<!DOCTYPE a><!DOCTYPE b><config/>',
    '<?pi x?><config/>',
    '<config/> x',
  ];
  const messages = new Map(inputs.flatMap((t) => parseXml(t).errors.map((e) => [e.message, xmlErrorText(e)] as const)));
  assert.ok(messages.size >= 12, `${messages.size} messages`);
  for (const locale of LOCALES) {
    const M = loadMessages(SCHEMAS, locale, 'common');
    const fallback = M.t('xml.other', { message: '' }).replace(/"+$/, '');
    for (const [m, ref] of messages) {
      const text = M.render(ref);
      assert.ok(!text.startsWith(fallback), `${locale}: '${m}' is not in schemas/l10n/common.json xmlErrors`);
      assert.deepEqual(englishRuns(text), [], `${locale}: ${m} → ${text}`);
    }
  }
});

test('English stays as the code wrote it before the messages became data', () => {
  const en = raise('en');
  const messages = new Set(en.map((r) => String(r.d.message)));
  const titles = new Set(en.flatMap((r) => r.actions.map((a) => a.title)));
  const related = new Set(en.flatMap((r) => (r.d.relatedInformation ?? []).map((x) => x.message)));
  for (const m of [
    "<StartCallWithVideo> value 'flase' is not a boolean: use true or false.",
    'Unknown parameter <VoiceServiceDomain>: Jabber silently ignores it. Did you mean <VoiceServicesDomain>?',
    '<ServicesDomain> does nothing in jabber-config.xml: it is set by the installer (SERVICES_DOMAIN), URL provisioning (ciscojabber://provision?ServicesDomain=…) or EMM app configuration.',
    '<BDIPresenceDomain> is deprecated since Jabber 11.8; use <PresenceDomain> instead.',
    '<BDILDAPServerType> is deprecated since Jabber 11.8 (BDI-only; no CDI equivalent).',
    "<DirectoryServerType> value 'EDI' was replaced in Jabber 11.8; for release 14.1 (setting ucConfig.jabberRelease) use LDAP or UDS.",
    "<DirectoryServerType> value 'LDAP' needs Jabber 11.8; for release 11.0 (setting ucConfig.jabberRelease) use UDS or BDI or EDI.",
    '<EnableVDIFullScan> first appeared in Jabber 14.0.4; clients of release 11.0 (setting ucConfig.jabberRelease) ignore it.',
    "'ConnectionPassword' holds a credential in clear text. Every client (and anyone on the network) downloads jabber-config.xml from TFTP without authentication. Prefer LDAP_UseCredentialsFrom, Windows credentials or an anonymous/read-only bind.",
    '<Telephony_Enabled> is directly under <config>; parameters must be nested in a group element (it belongs in <Policies>).',
    "Unknown group <Clientx>: Jabber's groups are Client, Directory, Options, Phone, Policies, Presence and Voicemail. Did you mean <Client>?",
    'A DOCTYPE with entity declarations has no place in jabber-config.xml. UC Config never expands or fetches it; remove it.',
    'The config version must be "1.0", not "2.0".',
    'The root element is <Client>: Jabber reads groups only inside <config version="1.0">. Wrap this group in it.',
    'The root element must be <config version="1.0">, not <foo>.',
    'The root element needs the attribute version="1.0".',
    'Audio port range 20001–20000: the start must be even; the end must be odd; the end is below the start.',
    'Video port range 20000–20001: it must span at least 4 ports.',
    '<PrimaryServerName> is set without <ServerPort1>: the reference requires the port with the server.',
    'Over Mobile and Remote Access: Upload a problem report: not supported (desktop clients).',
    'The file contains bytes that are not valid in its encoding (shown as \uFFFD); it declares encoding="ISO-8859-1". Save it as UTF-8.',
    'The file contains bytes that are not valid in its encoding (shown as \uFFFD). Save it as UTF-8.',
    // One error on the misspelt end tag; before, the same mistake also gave 'unmatched closing tag: Client'.
    'Not well-formed XML: <UpdateURL> must be closed by </UpdateURL>. Jabber downloads a file like this but silently ignores all of it.',
    "<LdapSupportedMechanisms> entry 'FOO' is not one of: GSSAPI, EXTERNAL, PLAIN. Entries are separated by 'a space'.",
  ]) {
    assert.ok(messages.has(m), `missing: ${m}`);
  }
  for (const t of [
    'Change to <VoiceServicesDomain>',
    'Use the documented spelling <Telephony_Enabled>',
    'Replace with <PresenceDomain>',
    'Remove this duplicate <EnableVideo>',
    'Remove <ServicesDomain>',
    'Move <VoiceServicesDomain> to <Policies>',
    "Set value to 'true'",
    'Add the XML declaration',
    'Add version="1.0"',
    'Set version to "1.0"',
    'Wrap in <config version="1.0">',
    'Change the end tag to </UpdateURL>',
  ]) {
    assert.ok(titles.has(t), `missing fix: ${t}`);
  }
  assert.ok(related.has('First <EnableVideo>'));
  assert.ok(related.has('Mobile and Remote Access is on for this Expressway pair'));
});

test("value checks: a jabber-config user reads every type's problem in English, Korean and Japanese", () => {
  for (const [spec, value, english] of VALUE_PROBLEMS) {
    const problem = checkValue(spec, value)!;
    assert.equal(loadMessages(SCHEMAS, 'en', 'jabber-config').render(problem.text), english, `${spec.type} ${value}`);
    for (const locale of LOCALES) {
      const text = loadMessages(SCHEMAS, locale, 'jabber-config').render(problem.text);
      assert.deepEqual(englishRuns(text), [], `${locale} ${spec.type}: ${text}`);
      assert.match(text, SCRIPT[locale]);
      assert.ok(text.includes(`<${spec.name}>`), `${locale}: the parameter is named as a tag: ${text}`);
      if (english.includes(value)) assert.ok(text.includes(value), `${locale}: the value is quoted: ${text}`);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Hover and completion

const positionOf = (doc: TextDocument, needle: string, delta = 1) => doc.positionAt(doc.getText().indexOf(needle) + delta);

test('hover in Korean and Japanese: root, non-parameters, type summaries and MRA client kinds', () => {
  const text = CONFIG(
    '<Client><ServicesDomain>a</ServicesDomain><EMMType>1</EMMType><ForceLogoutTimerDesktop>5</ForceLogoutTimerDesktop><UXModel>modern</UXModel><PrtLogServerURL>x</PrtLogServerURL></Client><Directory><LdapSupportedMechanisms>GSSAPI</LdapSupportedMechanisms></Directory>',
  );
  const doc = TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, text);
  const hover = (locale: Locale, needle: string) =>
    (jabberConfigService.hover(doc, positionOf(doc, needle), ctxOf(locale))!.contents as { value: string }).value;
  const en = hover('en', '<config');
  assert.ok(en.startsWith('**<config version="1.0">** · root of jabber-config.xml'));
  assert.ok(hover('en', '<ServicesDomain').startsWith('**ServicesDomain** — not a jabber-config parameter\n\nThe domain the client uses'));
  assert.ok(hover('en', '<ServicesDomain').includes('\n\nSet it by the installer (SERVICES_DOMAIN), URL provisioning'));
  assert.ok(hover('en', '<EMMType').startsWith('**EMMType** · Client · list separated by `;`'));
  assert.ok(hover('en', '<LdapSupportedMechanisms').startsWith('**LdapSupportedMechanisms** · Directory · list separated by `space`'));
  assert.ok(hover('en', '<ForceLogoutTimerDesktop').startsWith('**ForceLogoutTimerDesktop** · Client · integer 1–480 minutes'));
  assert.ok(hover('en', '<UXModel').includes(' (case-sensitive)'));
  assert.ok(hover('en', '<PrtLogServerURL').includes(': **not supported** (desktop)'));
  for (const locale of LOCALES) {
    const L = catalogs.labels(locale);
    const code = (md: string) => md.split('\n').filter((l) => !l.startsWith(`${L.source}:`));
    for (const needle of ['<config', '<ServicesDomain', '<EMMType', '<LdapSupportedMechanisms', '<ForceLogoutTimerDesktop', '<UXModel', '<PrtLogServerURL']) {
      const md = hover(locale, needle);
      if (needle !== '<PrtLogServerURL') assert.match(md.split('\n')[0], SCRIPT[locale], `${locale} ${needle}: ${md.split('\n')[0]}`);
      for (const line of needle === '<config' || needle === '<ServicesDomain' ? code(md) : [md.split('\n')[0]]) {
        assert.deepEqual(englishRuns(line, JABBER_NAMES), [], `${locale} ${needle}: ${line}`);
      }
    }
    assert.ok(!hover(locale, '<UXModel').includes('case-sensitive'));
    assert.ok(hover(locale, '<PrtLogServerURL').includes(`(${messagesOf(ctxOf(locale), 'jabber-config').t('clients.desktop')})`));
  }
});

test('every type summary in Korean and Japanese is in the language, in English as before', () => {
  for (const locale of LOCALES) {
    const J = messagesOf(ctxOf(locale), 'jabber-config');
    for (const p of catalogs.jabber.parameters) {
      const s = typeSummary(p, J);
      assert.deepEqual(englishRuns(s), [], `${locale} ${p.name}: ${s}`);
      if (!['url', 'xml', 'guid'].includes(p.type)) assert.match(s, SCRIPT[locale], `${locale} ${p.name}: ${s}`);
    }
  }
  const J = messagesOf(ctxOf('en'), 'jabber-config');
  const byName = (n: string) => catalogs.jabber.parameters.find((p) => p.name === n)!;
  assert.equal(typeSummary(byName('ForceLogoutTimerDesktop'), J), 'integer 1–480 minutes');
  assert.equal(typeSummary(byName('ChatTelephonyEscalationLimit'), J), 'integer 0–');
  assert.equal(typeSummary(byName('E911EdgeLocationWhiteList'), J), 'list separated by `;` (at most 30)');
  assert.equal(typeSummary(byName('BaseFilter'), J), 'ldap-filter');
});

test('completion in Korean and Japanese: group and parameter details, value details and descriptions, the skeleton', () => {
  for (const locale of LOCALES) {
    const ctx = ctxOf(locale);
    const complete = (text: string, needle: string, delta: number) => {
      const doc = TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, text);
      return jabberConfigService.complete(doc, positionOf(doc, needle, delta), ctx);
    };
    const groups = complete('<config version="1.0">\n  \n</config>', '\n  \n', 3);
    assert.ok(groups.length >= 7);
    for (const i of groups) assert.match(String(i.detail), SCRIPT[locale]);
    for (const g of catalogs.jabber.groups) {
      const params = complete(`<config version="1.0"><${g.name}>\n  \n</${g.name}></config>`, '\n  \n', 3);
      assert.ok(params.length > 0, g.name);
      for (const i of params) assert.deepEqual(englishRuns(String(i.detail)), [], `${locale} ${i.label}: ${i.detail}`);
    }
    const values = complete('<config version="1.0"><Directory><DirectoryServerType>x</DirectoryServerType></Directory></config>', '>x<', 1);
    assert.deepEqual(
      values.map((v) => v.label),
      ['LDAP', 'UDS'],
    );
    for (const v of values) {
      assert.match(String(v.documentation), SCRIPT[locale], `${locale} ${v.label}: ${v.documentation}`);
    }
    const bool = complete('<config version="1.0"><Policies><EnableVideo>x</EnableVideo></Policies></config>', '>x<', 1);
    assert.ok(
      bool.some((v) => v.detail && SCRIPT[locale].test(v.detail)),
      `${locale}: the default is marked in ${locale}`,
    );
    const [skeleton] = complete('', '', 0);
    assert.match(skeleton.label, SCRIPT[locale]);
    assert.match(String(skeleton.detail), SCRIPT[locale]);
    assert.deepEqual(englishRuns(`${skeleton.label} ${skeleton.detail}`), []);
  }
  const [skeleton] = jabberConfigService.complete(TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, ''), { line: 0, character: 0 }, ctxOf('en'));
  assert.equal(skeleton.label, 'jabber-config.xml skeleton');
});

test('the MRA code lens in English, Korean and Japanese', () => {
  const text = CONFIG(
    '<Directory><DirectoryServerType>LDAP</DirectoryServerType><UdsServer>cucm</UdsServer><PhotoUriWithToken>http://p/%%uid%%</PhotoUriWithToken></Directory><Client><UpdateURL>http://u/x.xml</UpdateURL><PrtLogServerURL>http://p/x</PrtLogServerURL></Client><Policies><File_Transfer_Enabled>true</File_Transfer_Enabled><Meetings_Enabled>true</Meetings_Enabled></Policies>',
  );
  const doc = TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, text);
  const titles = (locale: Locale) => mraCodeLenses(doc, ctxOf(locale, { mra: 'on' })).map((l) => l.command!.title);
  const en = titles('en');
  assert.equal(en[0], 'MRA: Not supported — Directory search through LDAP');
  // One lens names more than one row, and says how many more in every language.
  const lenses = mraLenses(text, catalogs.mra);
  const several = lenses.findIndex((l) => l.rows.length > 1);
  assert.ok(several >= 0, 'a lens with more than one row');
  assert.match(en[several], new RegExp(`\\(\\+${lenses[several].rows.length - 1} more\\)$`));
  for (const locale of LOCALES) {
    const t = titles(locale);
    assert.equal(t.length, en.length);
    for (const title of t) {
      assert.match(title, SCRIPT[locale], `${locale}: ${title}`);
      assert.deepEqual(englishRuns(title, JABBER_NAMES), [], `${locale}: ${title}`);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Settings files: the parts their code writes

const YAML_CODES = [
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'BAD_INDENT',
  'BAD_PROP_ORDER',
  'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW',
  'DUPLICATE_KEY',
  'IMPOSSIBLE',
  'KEY_OVER_1024_CHARS',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'RESOURCE_EXHAUSTION',
  'TAB_AS_INDENT',
  'TAG_RESOLVE_FAILED',
  'UNEXPECTED_TOKEN',
  'BAD_COLLECTION_TYPE',
];

const aliases = `a: &a 1\nb: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`;
const SETTINGS_FIXTURE: Record<string, string> = {
  'structure.expressway.yaml':
    'expressway:\n  version: X14\n  expresswayC: [1]\n  features:\n    mobileAndRemoteAccess: maybe\n  expresswaC: {}\n  expresswayE:\n    zones:\n      - connectionCredentials:\n          password: hunter2\n    serverCertificate:\n      notAfter: soon\n      keyLength: 3072\n      digestAlgorithm: SHA1\ndnss: {}\ncucm:\n  clusters:\n    - version: abc\n      name: 7\n      password: hunter2\n      role: telephon\n    - 5\nunknownTop: 1\n',
  'syntax.expressway.yaml': 'a: [1\nb: : c\n\tc: 1\n',
  'alias.expressway.yaml': 'a: &a [1]\nb: *b\n',
  'bomb.expressway.yaml': aliases,
  'syntax.expressway.json': '{"expressway": {"version": "X14.2",, "features": {"mobileAndRemoteAccess": "yes"}}, "expressway": 1 /* c',
  'deep.expressway.json': '['.repeat(300),
  'list.expressway.json': '[1, 2]',
  'mra.expressway.yaml': fs.readFileSync(path.join(ROOT, 'examples/mra-pair.expressway.yaml'), 'utf8'),
};
const JABBER_FOR_SETTINGS = {
  uri: 'file:///w/jabber-config.xml',
  text: CONFIG(
    '<Client><UpdateURL>http://upd.other.com/u.xml</UpdateURL></Client><Directory><PhotoUriWithToken>http://photos.other.com/%%uid%%.jpg</PhotoUriWithToken></Directory><Voicemail><VoicemailPrimaryServer>cuc.other.com</VoicemailPrimaryServer></Voicemail><Policies><VoiceServicesDomain>voice.other.com</VoiceServicesDomain></Policies>',
  ),
};
/** The settings codes whose words the code writes (not only a rule's template and the document's values). */
const SETTINGS_CODES = [
  'settings-unknown-key',
  'settings-unknown-key-suggest',
  'settings-wrong-type',
  'settings-invalid-enum',
  'settings-invalid-format',
  'yaml-syntax',
  'json-syntax',
  'settings-alias-limit',
  'settings-duplicate-key',
  'plaintext-secret',
  'mra-allow-list-missing-host',
];

function raiseSettings(locale: Locale): Raised[] {
  const out: Raised[] = [];
  for (const [name, text] of Object.entries(SETTINGS_FIXTURE)) {
    const doc = TextDocument.create(`file:///w/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
    const ctx = ctxOf(locale, {}, [{ uri: doc.uri, text }, JABBER_FOR_SETTINGS]);
    const ds = validateSettings(doc, ctx, new Date('2026-11-23T12:00:00Z'));
    const all = { start: doc.positionAt(0), end: doc.positionAt(text.length) };
    for (const d of ds) out.push({ name, d, actions: settingsService.codeActions(doc, all, [d], ctx) });
  }
  return out;
}

test('settings: the fixture raises every code whose words the code writes, and quick fixes of every kind', () => {
  const en = raiseSettings('en');
  const codes = new Set(en.map((r) => String(r.d.code)));
  assert.deepEqual(
    SETTINGS_CODES.filter((c) => !codes.has(c)),
    [],
  );
  const titles = en.flatMap((r) => r.actions.map((a) => a.title));
  for (const start of ['Rename to ', 'Change to ', 'Set to ', 'Add '])
    assert.ok(
      titles.some((t) => t.startsWith(start)),
      `no '${start}…' fix`,
    );
  assert.ok(
    en.some((r) => /\(installer updates\)/.test(String(r.d.message))),
    'the allow-list purpose',
  );
  assert.ok(en.some((r) => String(r.d.message) === "Unknown key 'unknownTop' under the top level; it is not part of the settings format and is not checked."));
  assert.ok(en.some((r) => String(r.d.message) === 'expressway.features.mobileAndRemoteAccess: expected boolean, found the text "maybe".'));
});

for (const locale of LOCALES) {
  test(`${locale}: settings messages, fixes and related information carry no English the code wrote`, () => {
    const all = raiseSettings(locale);
    assert.equal(all.length, raiseSettings('en').length);
    const leaks: string[] = [];
    for (const r of all) {
      // A rule's message is its catalog template filled with the document's values and names; what the code adds is checked here.
      const texts = SETTINGS_CODES.includes(String(r.d.code)) ? textsOf(r) : textsOf(r).slice(1);
      for (const t of texts) {
        const runs = englishRuns(t, JABBER_NAMES);
        if (runs.length) leaks.push(`${r.name} ${r.d.code}: ${t}  →  ${runs.join(' | ')}`);
        if (RAW_ID.test(t.replace(/'[^']*'|"[^"]*"|<[^>]*>/g, ''))) leaks.push(`${r.name} ${r.d.code}: raw id in ${t}`);
      }
    }
    assert.deepEqual(leaks, []);
  });
}

test('settings: every YAML and JSON parse error has a Korean and Japanese description', () => {
  for (const text of ['a: [1\nb: : c', 'a:\n\tb: 1', 'a: "x', '- a\nb: 1', 'a: !!foo x', 'a: &x &y 1', '--- a\n--- b\n...\n%x', "a: 'x\\q'\n? [a]\n: 1"]) {
    for (const e of parseSettings(text, 'yaml').errors) {
      if (e.text?.id.startsWith('yaml.')) assert.ok(YAML_CODES.includes(e.text.id.slice(5)), `unknown YAML error code ${e.text.id}`);
    }
  }
  for (const locale of LOCALES) {
    const S = loadMessages(SCHEMAS, locale, 'uc-settings');
    for (const c of YAML_CODES) assert.match(S.t(`yaml.${c}`), SCRIPT[locale], `${locale} yaml.${c}`);
    for (const e of parseSettings('{"a": 1 "b": tru, /* x', 'json').errors) assert.match(S.render(e.text), SCRIPT[locale], `${locale} ${e.text.id}`);
  }
});

const DESCRIPTIONS = new Set<string>();
(function collect(node: { description?: string; properties?: Record<string, unknown>; items?: unknown }) {
  if (node.description) DESCRIPTIONS.add(node.description);
  for (const c of Object.values(node.properties ?? {})) collect(c as typeof node);
  if (node.items) collect(node.items as typeof node);
})(read('uc-settings.schema.json'));

// Documents are cited by the titles their publishers give them (schemas/sources.json), which are names.
const CITED_TITLES = (JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'sources.json'), 'utf8')) as { documents: { title: Record<string, string> }[] }).documents
  .flatMap((d) => Object.values(d.title).flatMap((t) => t.split(/[,、“”「」]\s*/)))
  .filter((t) => t.trim().length > 2);

test('settings hover in Korean and Japanese: labels, severities and every rule in the language', () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples/mra-pair.expressway.yaml'), 'utf8');
  const doc = TextDocument.create('file:///w/mra.expressway.yaml', 'yaml', 1, text);
  const at = (needle: string) => doc.positionAt(text.indexOf(needle) + 2);
  const en = (settingsService.hover(doc, at('tlsVerifyMode'), ctxOf('en'))!.contents as { value: string }).value;
  assert.match(en, /\*Values:\* /);
  assert.match(en, /`uc-zone-tls-verify-off` \(error\): /);
  assert.match(en, /— Source: Cisco Expressway Administrator Guide, /);
  for (const locale of LOCALES) {
    const md = (settingsService.hover(doc, at('tlsVerifyMode'), ctxOf(locale))!.contents as { value: string }).value;
    const S = loadMessages(SCHEMAS, locale, 'uc-settings');
    assert.ok(md.includes(S.t('severity.error')), md);
    const rule = catalogs.diagnostics.get('uc-zone-tls-verify-off')!.message[locale]!;
    // The values' parentheses go, ASCII or full-width (the Japanese messages write （現在は "{value}"）).
    assert.ok(md.includes(rule.replace(/\s*[(（][^()（）]*\{\w+\}[^()（）]*[)）]/g, '').replace(/\{\w+\}/g, '…')), `${locale}: the rule in ${locale}`);
    // The schema's descriptions are English data (not yet translated, apart from the format hints); the rest is checked.
    for (const line of md.split('\n').filter((l) => !l.startsWith('>') && !l.startsWith('**') && !DESCRIPTIONS.has(l))) {
      assert.deepEqual(
        englishRuns(line.replace(/`[^`]*`/g, ''), [...JABBER_NAMES, ...CITED_TITLES, 'TLS verify mode On', 'TLS verify mode']),
        [],
        `${locale}: ${line}`,
      );
    }
    assert.ok(!/\bseed\b|more rules|\*Values:\*/.test(md));
  }
});
