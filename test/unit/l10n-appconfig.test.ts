// Korean and Japanese app-config messages are Korean and Japanese throughout: the parts the code
// adds to a template (type names, "did you mean", where a key has no effect, the parsers' structure
// messages, quick-fix titles) come from schemas/l10n/app-config.json, what every format shares (the
// XML reader's messages, the value checks, JSON parse errors) from schemas/l10n/common.json, the EMM
// catalogs' prose from schemas/l10n/emm-parameters.<locale>.json. Every diagnostic the app-config
// service can raise is rendered here in both languages and must not carry English sentences;
// English output is unchanged (the English data reproduces what the parsers and value checks write).
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseAppConfigJson } from '../../server/formats/appconfig-json';
import { parseAppConfigPlist } from '../../server/formats/appconfig-plist';
import { parseXml, xmlErrorText } from '../../server/formats/xml';
import { checkValue } from '../../server/rules/values';
import { emmCatalogOf } from '../../server/services/appconfig/catalog';
import { flavorMarkdown, parameterMarkdown } from '../../server/services/appconfig/docs';
import { emmPickItems } from '../../server/services/appconfig/insertion';
import { appConfigText } from '../../server/services/appconfig/l10n';
import { templates } from '../../server/services/appconfig/snippets';
import type { ServiceContext } from '../../server/services/types';
import { catalogs, service } from './appconfig-helpers';
import { englishRuns, hasWords, LOCALES, messageFileProblems, NAMES, SCRIPT, VALUE_PROBLEMS } from './l10n-helpers';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS = path.join(ROOT, 'schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));

interface TextFile {
  en: Record<string, string>;
  ko: Record<string, string>;
  ja: Record<string, string>;
  xmlErrors?: { pattern: string; id: string }[];
}
const common: TextFile = read('l10n/common.json');
const own: TextFile = read('l10n/app-config.json');
/** What the app-config features read: the shared messages and their own. */
const data = { en: { ...common.en, ...own.en }, ko: { ...common.ko, ...own.ko }, ja: { ...common.ja, ...own.ja }, xmlErrors: common.xmlErrors ?? [] };

const jabberConfig = TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, '<config version="1.0"><Client><EMMType>0</EMMType></Client></config>');
function ctxOf(locale: ServiceContext['locale']): ServiceContext {
  return { settings: { ...DEFAULT_SETTINGS }, catalogs, locale, workspace: { documents: (kind) => (kind === 'jabber-config' ? [jabberConfig] : []) } };
}

test('the English-run detector finds sentences and lets names, values and code through', () => {
  assert.deepEqual(englishRuns("'x' is not a boolean: use true or false."), ['is not a boolean', 'use true or false.']);
  assert.deepEqual(englishRuns('\'Services Domain Sso\' 값 `a b c` <key name="a b c"> "x y z" Cisco Jabber for Intune에서'), []);
});

// ---------------------------------------------------------------------------------------------
// The data files

test('schemas/l10n/app-config.json, common.json and the EMM overlays validate against their schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const text = ajv.compile(read('l10n/messages.schema.json'));
  for (const file of [own, common]) assert.ok(text(file), JSON.stringify(text.errors?.slice(0, 5), null, 1));
  const overlay = ajv.compile(read('l10n/emm-parameters.l10n.schema.json'));
  for (const locale of LOCALES) {
    const o = read(`l10n/emm-parameters.${locale}.json`);
    assert.ok(overlay(o), `${locale}: ${JSON.stringify(overlay.errors?.slice(0, 5), null, 1)}`);
    assert.equal((o as { locale: string }).locale, locale);
  }
});

/** Ids whose text is a name, a symbol or a bare placeholder shape in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'typeWithMarker',
  'jsonType',
  'jsonTypeA.null',
  'kind.null',
  'kindA.null',
  'value.what.name',
  'value.range.between',
  'value.unit',
  'unit.kbps',
  'plist.expect.dict',
  'hover.emm',
  'type.withSpec',
  // Japanese Cisco documents keep the product names in English.
  'client.intune',
  'client.blackberry',
  'template.jabber-intune-graph-ios.name',
]);

test('app-config.json and common.json: en, ko and ja have the same ids and placeholders, and ko/ja are translated', () => {
  const problems = messageFileProblems(data, (locale, id, t) => {
    if (!SAME_IN_EVERY_LANGUAGE.has(id) && !SCRIPT[locale].test(t.replace(/\{\w+\}/g, ''))) return `not translated (${t})`;
    if (id !== 'xml.other' && englishRuns(t.replace(/\{\w+\}/g, 'X')).length) return `English left in '${t}': ${englishRuns(t)}`;
    return undefined;
  });
  assert.deepEqual(problems, []);
});

test('the EMM overlays name real parameters and table rows, keep the English structure, and are translated', () => {
  const params: {
    key: string | null;
    label?: string;
    notes?: string[];
    values?: { value: string }[];
    valueAliases?: { value: string }[];
    unsupported?: unknown[];
    requires?: unknown[];
    description?: string;
    emmNote?: string;
  }[] = read('emm-parameters.json').parameters;
  const matrices: { id: string; rows: { id: string; name: string; nameKo?: string; group?: string; requirement?: string; note?: string }[]; note?: string }[] =
    read('emm-matrices.json').matrices;
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const o = read(`l10n/emm-parameters.${locale}.json`);
    for (const [name, t] of Object.entries<Record<string, unknown>>(o.parameters)) {
      const p = params.find((x) => (x.key ?? x.label) === name);
      if (!p) {
        problems.push(`${locale}: no parameter ${name}`);
        continue;
      }
      for (const f of ['notes', 'unsupported', 'requires'] as const) {
        if (t[f] !== undefined && (t[f] as unknown[]).length !== (p[f] ?? []).length)
          problems.push(`${locale} ${name}.${f}: ${(t[f] as unknown[]).length} texts for ${(p[f] ?? []).length}`);
      }
      for (const v of Object.keys((t.values as object) ?? {})) if (!p.values?.some((x) => x.value === v)) problems.push(`${locale} ${name}: no value ${v}`);
      for (const v of Object.keys((t.valueAliases as object) ?? {}))
        if (!p.valueAliases?.some((x) => x.value === v)) problems.push(`${locale} ${name}: no alias ${v}`);
    }
    // Everything the English catalog writes itself has a translation.
    for (const p of params) {
      const t = o.parameters[(p.key ?? p.label)!] ?? {};
      for (const f of ['description', 'emmNote'] as const) if (p[f] && !t[f]) problems.push(`${locale} ${p.key ?? p.label}: ${f} not translated`);
      for (const f of ['notes', 'unsupported', 'requires'] as const)
        if ((p[f] ?? []).length && !t[f]) problems.push(`${locale} ${p.key ?? p.label}: ${f} not translated`);
    }
    for (const [id, m] of Object.entries<{ rows?: Record<string, unknown> }>(o.matrices)) {
      const english = matrices.find((x) => x.id === id);
      if (!english) problems.push(`${locale}: no matrix ${id}`);
      for (const row of Object.keys(m.rows ?? {})) if (!english?.rows.some((r) => r.id === row)) problems.push(`${locale}: no row ${id}/${row}`);
    }
    for (const m of matrices) {
      if (!o.matrices[m.id]?.title) problems.push(`${locale} ${m.id}: title not translated`);
      if (m.note && !o.matrices[m.id]?.note) problems.push(`${locale} ${m.id}: note not translated`);
      for (const r of m.rows) {
        const t = o.matrices[m.id]?.rows?.[r.id] ?? {};
        for (const f of ['requirement', 'note'] as const) if (r[f] && !t[f]) problems.push(`${locale} ${m.id}/${r.id}: ${f} not translated`);
      }
    }
    const all = JSON.stringify(o.parameters) + JSON.stringify(o.matrices);
    if (!SCRIPT[locale].test(all)) problems.push(`${locale}: overlay is not in ${locale}`);
  }
  assert.deepEqual(problems, []);
});

// ---------------------------------------------------------------------------------------------
// Every id the code names exists

test('every message id the app-config code uses exists in the catalog', () => {
  const L = appConfigText(ctxOf('en'));
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'server/services/appconfig')).map((f) => `server/services/appconfig/${f}`),
    'server/formats/appconfig-json.ts',
    'server/formats/appconfig-plist.ts',
    'server/rules/values.ts',
  ];
  const ids = new Set<string>();
  for (const f of files) {
    const src = fs.readFileSync(path.join(ROOT, f), 'utf8');
    for (const m of src.matchAll(/(?:\bid: |\bref\(|\bL\.t\(|L\?\.t\()'([a-zA-Z][\w.-]*)'/g)) ids.add(m[1]);
  }
  // Ids built from data: every value of each domain.
  const kinds = ['string', 'integer', 'real', 'boolean', 'token', 'array', 'dict', 'date', 'data', 'null', 'unknown'];
  for (const k of kinds) ids.add(`kind.${k}`).add(`kindA.${k}`);
  for (const t of ['boolean', 'number', 'string', 'object', 'array']) ids.add(`jsonType.${t}`);
  for (const t of ['object', 'array', 'string', 'number', 'boolean', 'null']) ids.add(`jsonTypeA.${t}`);
  for (const t of ['boolean', 'integer', 'real']) ids.add(`valueType.${t}`);
  for (const c of ['medium', 'low']) ids.add(`confidence.${c}`);
  for (const p of catalogs.jabber.parameters) if (p.unit) ids.add(`unit.${p.unit}`);
  for (let code = 1; code <= 16; code++) ids.add(`json.${printParseErrorCode(code as ParseErrorCode)}`);
  for (const t of templates(emmCatalogOf(ctxOf('en')))) ids.add(`template.${t.prefix}.name`).add(`template.${t.prefix}.description`);
  for (const s of ['value', 'entry']) ids.add(`value.what.${s}`);
  ids.delete('xmlError'); // rendered through xmlErrors, not a template
  const missing = [...ids].filter((id) => !L.has(id));
  assert.deepEqual(missing, []);
  assert.ok(ids.size > 150, `${ids.size} ids found`);
});

// ---------------------------------------------------------------------------------------------
// The fixture: documents that raise every app-config diagnostic and every message variant

const b64 = (s: string) => Buffer.from(s).toString('base64');
const graph = (...s: [string, string, string][]) =>
  JSON.stringify(
    {
      '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
      settings: s.map(([k, t, v]) => ({ appConfigKey: k, appConfigKeyType: t, appConfigKeyValue: v })),
    },
    null,
    2,
  );
const dict = (...p: string[]) => `<dict>\n${p.map((x) => `  ${x}`).join('\n')}\n</dict>`;
const bb = (o: Record<string, unknown>, extra: Record<string, unknown> = {}) => JSON.stringify({ emm: 'blackberry', ...extra, appConfiguration: o }, null, 2);

const FIXTURE: Record<string, string> = {
  'graph.appconfig.json': graph(
    ['ServicesDomian', 'stringType', 'example.com'],
    ['servicesdomain', 'stringType', 'https://x'],
    ['Telephony_Enabled', 'stringType', 'true'],
    ['Telephony_Enabled', 'booleanType', 'yes'],
    ['IP_Mode', 'stringType', 'Dual_Stak'],
    ['IP_Mode', 'integerType', 'abc'],
    ['ConnectionPassword', 'stringType', 'hunter2'],
    ['ServicesDomain', 'stringType', '{{emailaddress}}'],
    ['ServiceDiscoveryExcludedServices', 'stringType', 'WEBEX,CUCMM'],
    ['PRTCertificateURL', 'stringType', 'not a url'],
    ['InvalidCertificateBehavior', 'stringType', 'rejectandnotify'],
    ['EMMType', 'stringType', '1'],
    ['Telephony_Enabled', 'realType', 'x'],
    ['AllowUrlProvisioning', 'booleanType', 'true'],
    ['CachePasswordMobile', 'booleanType', ''],
    ['IP_Mode', 'bogusType', 'x'],
  ),
  'graph-requires.appconfig.json': graph(['EnablePRTEncryption', 'booleanType', 'true'], ['AllowUrlProvisioning', 'booleanType', 'false']),
  'graph-shapes.appconfig.json':
    '{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":[{"appConfigKey":"ServicesDomain","appConfigKeyValue":5},{"appConfigKeyType":"stringType"},{"appConfigKey":3},{"appConfigKey":"IP_Mode","appConfigKeyType":"stringType","appConfigKeyValue":["a"]},{"appConfigKey":"IP_Mode","appConfigKeyType":"stringType"},"x"]}',
  'graph-settings.appconfig.json': '{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":{}}',
  'graph-encoded-pair.appconfig.json': JSON.stringify({
    '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
    encodedSettingXml: b64('<dict><key>ServicesDomain</key><string>a.com</string><key>X</key></dict>'),
  }),
  'graph-encoded-xml.appconfig.json': JSON.stringify({
    '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
    encodedSettingXml: b64('<dict><key>ServicesDomain</key><string>a.com</dict>'),
  }),
  'graph-encoded-element.appconfig.json': JSON.stringify({
    '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
    encodedSettingXml: b64('<dict><key>ServicesDomain</key><str>a</str><string>b</string></dict>'),
  }),
  'graph-encoded-type.appconfig.json': JSON.stringify({ '@odata.type': '#microsoft.graph.iosMobileAppConfiguration', encodedSettingXml: 5 }),
  'graph-encoded-b64.appconfig.json': JSON.stringify({ '@odata.type': '#microsoft.graph.iosMobileAppConfiguration', encodedSettingXml: '!!!' }),
  'mam.appconfig.json': '{"customSettings":[{"name":"ServicesDomain"},{"value":"x"},{"name":"FIPS_MODE","value":true},7]}',
  'mam-list.appconfig.json': '{"@odata.type":"#microsoft.graph.targetedManagedAppConfiguration","customSettings":"x"}',
  'android.appconfig.json': JSON.stringify({
    kind: 'androidenterprise#managedConfiguration',
    managedProperty: [
      { key: 'Telephony_Enabled', valueString: 'true' },
      { key: 'Telephony_Enabled', valueBool: 'true', valueString: 'x' },
      { key: 'FIPS_MODE' },
      { key: 'IP_Mode', valueInteger: 'x' },
      { key: 'ServicesDomain', valueBundle: 3 },
      'q',
    ],
  }),
  'android-payload.appconfig.json': JSON.stringify({
    '@odata.type': '#microsoft.graph.androidManagedStoreAppConfiguration',
    payloadJson: b64('{"emm":"blackberry","appConfiguration":{}}'),
  }),
  'android-payload-syntax.appconfig.json': JSON.stringify({
    '@odata.type': '#microsoft.graph.androidManagedStoreAppConfiguration',
    payloadJson: b64('{"managedProperty":[{"key":"x" "valueBool":true}]}'),
  }),
  'android-payload-value.appconfig.json': JSON.stringify({
    '@odata.type': '#microsoft.graph.androidManagedStoreAppConfiguration',
    payloadJson: b64('{"managedProperty":[{"key":"IP_Mode","valueBool":"x"}]}'),
  }),
  'android-list.appconfig.json': '{"kind":"androidenterprise#managedConfiguration","managedProperty":{}}',
  'blackberry.appconfig.json': bb(
    {
      FIPS_MODE: true,
      'Services Domain': 'a.com',
      ServicesDomain: 'b.com',
      'Disable cross launch Webex Meetings': true,
      Telephony_Enabled: 'maybe',
      IP_Mode: ['x'],
    },
    { platform: 'ios' },
  ),
  'blackberry-android.appconfig.json': bb({ ForceLaunchBrowser: true }, { platform: 'ios' }),
  'blackberry-none.appconfig.json': '{"emm":"blackberry"}',
  'blackberry-array.appconfig.json': '{"emm":"blackberry","appConfiguration":[1]}',
  'syntax.appconfig.json': '{"settings":[{"appConfigKey":"A" "appConfigKeyType":"x"}, /* c */ {"appConfigKey":"B",}],,} x',
  'syntax2.appconfig.json': '{"settings":[{"appConfigKey":"A\\u12"}, 1.2.3, tru, "abc',
  'syntax3.appconfig.json': '{"a": 1 /* unclosed',
  'unknown.appconfig.json': '{"displayName":"x"}',
  'deep.appconfig.json': '['.repeat(300) + ']'.repeat(300),
  // Larger than the app-configuration bound (256 KB): the syntax check alone.
  'large.appconfig.json': `{"settings":[${'{"appConfigKey":"ServicesDomain","appConfigKeyType":"stringType","appConfigKeyValue":"a.com"},'.repeat(3000)}] x`,
  'nul.appconfig.json': '{"a":"b\u0000"}',
  'pairs.appconfig.xml': dict(
    '<key>ServicesDomain</key>',
    '<key>X</key><string>a</string>',
    '<string>orphan</string>',
    '<foo/>',
    '<key>IP_Mode</key><str>x</str>',
    '<key>FIPS_MODE</key><true>x</true>',
    '<key>ServicesDomain</key><string><string>x</string></string>',
    '<key>a<b/></key><string>x</string>',
    'text',
    '<key>Telephony_Enabled</key><integer>1</integer>',
    '<key>ServicesDomain</key><real>1.5x</real>',
  ),
  'plist-two.appconfig.xml': '<plist><dict></dict><dict/><array/></plist>',
  'plist-none.appconfig.xml': '<plist><array/></plist>',
  'root.appconfig.xml': '<array/>',
  'outside.appconfig.xml': '<key>ServicesDomain</key><string>a.com</string>',
  'text.appconfig.xml': 'just text',
  'close.appconfig.xml': '<dict><key>ServicesDomain</key><string>a.com</string></dic>',
  'open.appconfig.xml': '<dict><key attr=x>ServicesDomain</key><string>a &foo; b</string><key>IP_Mode</key><string>x',
  'binary.appconfig.xml': 'bplist00abc',
  'nul.appconfig.xml': '<dict>\u0000</dict>',
  'typing.appconfig.xml': '<dict><key>ServicesDomain</key><string>a.com</string><key>Ena',
  'encoding.appconfig.xml': '<dict><key>ServicesDomain</key><string>a\uFFFD.com</string></dict>',
};

/** Every code the app-config service raises (its own family and the shared ones it uses). */
const APP_CONFIG_CODES = [
  ...read('diagnostics/app-config.json').codes.map((c: { code: string }) => c.code),
  'xml-syntax',
  'json-syntax',
  'invalid-value',
  'plaintext-secret',
  'binary-content',
  'missing-dependency',
];

function diagnosticsOf(locale: ServiceContext['locale']): { name: string; d: Diagnostic }[] {
  const out: { name: string; d: Diagnostic }[] = [];
  for (const [name, text] of Object.entries(FIXTURE)) {
    const doc = TextDocument.create(`file:///w/${name}`, name.endsWith('.json') ? 'json' : 'xml', 1, text);
    for (const d of service.validate(doc, ctxOf(locale))) out.push({ name, d });
  }
  return out;
}

/** The texts a user reads: the message, related information and quick-fix titles. */
function textsOf(d: Diagnostic): string[] {
  const fixes = (d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? [];
  return [String(d.message), ...(d.relatedInformation ?? []).map((r) => r.message), ...fixes.map((f) => f.title)];
}

test('the fixture raises every app-config diagnostic', () => {
  const raised = new Set(diagnosticsOf('en').map((x) => String(x.d.code)));
  assert.deepEqual(
    APP_CONFIG_CODES.filter((c: string) => !raised.has(c)),
    [],
  );
});

for (const locale of LOCALES) {
  test(`${locale}: every app-config diagnostic renders without English sentence fragments`, () => {
    const all = diagnosticsOf(locale);
    const en = diagnosticsOf('en');
    assert.equal(all.length, en.length, 'the same diagnostics in every language');
    const leaks: string[] = [];
    for (const { name, d } of all) {
      for (const t of textsOf(d)) {
        const runs = englishRuns(t);
        if (runs.length) leaks.push(`${name} ${d.code}: ${t}  →  ${runs.join(' | ')}`);
        if (hasWords(t) && !SCRIPT[locale].test(t)) leaks.push(`${name} ${d.code}: not in ${locale}: ${t}`);
        // An id the catalog lacks would show as itself; the XML reader's message must be one it knows.
        if (/\b(?:json|plist|value|kind|kindA|hover|xml|encoded)\.[A-Za-z]/.test(t.replace(/'[^']*'|"[^"]*"|<[^>]*>/g, '')))
          leaks.push(`${name} ${d.code}: raw id in ${t}`);
        if (t.includes(appConfigText(ctxOf(locale)).t('xml.other', { message: '' }).replace(/"+$/, '')))
          leaks.push(`${name} ${d.code}: untranslated XML message in ${t}`);
      }
    }
    assert.deepEqual(leaks, []);
  });
}

test('the readers write no English of their own: a problem worded in the data carries only its id, and the English comes from the data', () => {
  const L = appConfigText(ctxOf('en'));
  let checked = 0;
  for (const [name, text] of Object.entries(FIXTURE)) {
    const model = name.endsWith('.json') ? parseAppConfigJson(text) : parseAppConfigPlist(text);
    for (const e of model.errors) {
      // The XML reader's messages are the XML library's own words, translated by pattern (below).
      if (!e.text || e.code === 'xml-syntax') continue;
      if (e.code !== 'json-syntax') assert.equal(e.message, e.text.id, `${name} ${e.code}: the message is the data's id, not a sentence`);
      assert.doesNotMatch(L.render(e.text), /\{\w+\}/, `${name} ${e.code}: every placeholder is filled`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `${checked} messages checked`);
});

// ---------------------------------------------------------------------------------------------
// The XML reader's messages, the value checks and the JSON parse errors, one by one

test("the XML reader's messages are translated, and each pattern matches its English text", () => {
  const broken = [
    '<dict><key>a</key><string>x</dict>',
    '<dict>',
    '</dict>',
    '<dict></dict>text',
    '<dict/><dict/>',
    '',
    '<dict a=x/>',
    '<dict a/>',
    '<dict a="1"b="2"/>',
    '<dict a="1" a="2"/>',
    '<dict>&foo;</dict>',
    '<dict>&#xZZ;</dict>',
    '<dict><!-- a -- b --></dict>',
    '<dict>&;</dict>',
    '<?xml version="1.0"?><?xml version="1.0"?><dict/>',
    '<dict><key>a</key><string>x',
    '<dict><a:b/></dict>',
    '<di\u0001ct/>',
    '<dict></dict >x<',
    '<dict><key>Ena</dict>',
    ' <?xml version="1.0"?><dict/>',
  ];
  const messages = new Map(broken.flatMap((t) => parseXml(t).errors.map((e) => [e.message, xmlErrorText(e)] as const)));
  assert.ok(messages.size >= 10, `${messages.size} messages`);
  for (const locale of LOCALES) {
    const L = appConfigText(ctxOf(locale));
    for (const [m, ref] of messages) {
      const text = L.render(ref);
      assert.ok(!text.startsWith(L.t('xml.other', { message: '' }).replace(/"+$/, '')), `${locale}: '${m}' is not in schemas/l10n/common.json xmlErrors`);
      assert.deepEqual(englishRuns(text), [], `${locale}: ${m} → ${text}`);
    }
  }
  // Each English template, filled with sample names, is matched by its own pattern.
  for (const { pattern, id } of data.xmlErrors) {
    const sample = data.en[id].replace(/\{\w+\}/g, 'x');
    assert.ok(new RegExp(pattern).test(sample), `${id}: /${pattern}/ does not match '${sample}'`);
  }
});

test("value checks: an app-config user reads every type's problem in English, Korean and Japanese, about the key as written", () => {
  for (const [spec, value, english] of VALUE_PROBLEMS) {
    const problem = checkValue(spec, value);
    assert.ok(problem, `${spec.type} ${value}`);
    assert.equal(appConfigText(ctxOf('en')).render(problem.text, { name: 'Key' }), english.replace(`<${spec.name}>`, "'Key'"), `${spec.type} ${value}`);
    for (const locale of LOCALES) {
      const text = appConfigText(ctxOf(locale)).render(problem.text, { name: 'Key' });
      assert.deepEqual(englishRuns(text), [], `${locale} ${spec.type}: ${text}`);
      assert.match(text, SCRIPT[locale]);
      assert.ok(text.includes("'Key'") && (!english.includes(value) || text.includes(value)), `${locale}: ${text}`);
    }
  }
});

test('every JSON parse error has a Korean and Japanese name', () => {
  for (let code = 1; code <= 16; code++) {
    const id = `json.${printParseErrorCode(code as ParseErrorCode)}`;
    for (const locale of LOCALES) assert.match(appConfigText(ctxOf(locale)).t(id), SCRIPT[locale], `${locale} ${id}`);
  }
});

// ---------------------------------------------------------------------------------------------
// Hover, completion and the outline

test('hover in Korean and Japanese: translated labels, catalog text and tables; only names stay English', () => {
  const labels: string[] = read('emm-parameters.json')
    .parameters.map((p: { label?: string }) => p.label)
    .filter(Boolean);
  const leaks: string[] = [];
  for (const locale of LOCALES) {
    const ctx = ctxOf(locale);
    const cat = emmCatalogOf(ctx);
    const L = appConfigText(ctx);
    for (const p of cat.parameters) {
      const md = parameterMarkdown(ctx, p, cat, 'ios-plist');
      for (const english of ['**Type:**', '**Default:**', '**Platforms:**', 'Support matrices', '_File format:', '\nSource:'])
        if (md.includes(english)) leaks.push(`${locale} ${p.key ?? p.label}: '${english}'`);
      assert.ok(md.includes(`**${L.t('hover.type')}:**`));
      // The source line lists document names as written.
      const body = md
        .split('\n')
        .filter((l) => !l.startsWith(`${L.t('hover.source')}:`))
        .join('\n');
      for (const r of englishRuns(body, [...NAMES, ...labels])) leaks.push(`${locale} ${p.key ?? p.label}: ${r}`);
    }
    for (const flavor of ['ios-plist', 'intune-ios-graph', 'intune-mam-graph', 'android-managed', 'blackberry-uem'] as const) {
      const md = flavorMarkdown(ctx, flavor, undefined, cat)
        .split('\n')
        .filter((l) => !l.startsWith(`${L.t('hover.source')}:`))
        .join('\n');
      for (const r of englishRuns(md, [...NAMES, ...labels])) leaks.push(`${locale} [${flavor}]: ${r}`);
    }
  }
  assert.deepEqual(leaks, []);
  // Shared keys show the Jabber catalog's translation; EMM-only keys the EMM overlay's.
  const ko = ctxOf('ko');
  const cat = emmCatalogOf(ko);
  const telephony = parameterMarkdown(ko, cat.byKey.get('Telephony_Enabled')!, cat);
  assert.ok(telephony.includes(ko.catalogs.jabberText('ko').parameters.Telephony_Enabled.description!));
  assert.ok(telephony.includes('BlackBerry UEM 필드 “전화 통신 활성화”'), 'the Korean console label (seed 000)');
  const fips = parameterMarkdown(ko, cat.byKey.get('FIPS_MODE')!, cat);
  assert.ok(fips.includes(read('l10n/emm-parameters.ko.json').parameters.FIPS_MODE.unsupported[0]));
});

test('completion details, the Insert EMM Parameter picks and the outline in Korean and Japanese', () => {
  for (const locale of LOCALES) {
    const ctx = ctxOf(locale);
    const value = TextDocument.create('file:///w/a.appconfig.xml', 'xml', 1, '<dict>\n  <key>InvalidCertificateBehavior</key>\n  <string></string>\n</dict>');
    const values = service.complete(value, { line: 2, character: 10 }, ctx);
    assert.deepEqual(
      values.map((i) => i.label),
      ['RejectAndNotify', 'PromptPerSession'],
    );
    for (const i of values) assert.match(String(i.detail), SCRIPT[locale]);
    const bool = TextDocument.create('file:///w/a.appconfig.xml', 'xml', 1, '<dict>\n  <key>AllowUrlProvisioning</key>\n  \n</dict>');
    const details = service
      .complete(bool, { line: 2, character: 2 }, ctx)
      .map((i) => i.detail)
      .filter(Boolean);
    assert.ok(details.length && details.every((d) => SCRIPT[locale].test(String(d))), `${locale}: ${details}`);
    const keys = TextDocument.create('file:///w/a.appconfig.xml', 'xml', 1, '<dict>\n  <key></key>\n</dict>');
    for (const i of service.complete(keys, { line: 1, character: 7 }, ctx)) {
      assert.deepEqual(englishRuns(String(i.detail)), [], `${locale} ${i.label}: ${i.detail}`);
      assert.deepEqual(englishRuns((i.documentation as { value: string }).value.split('\n')[0]), [], `${locale} ${i.label}`);
    }
    const empty = TextDocument.create('file:///w/a.appconfig.json', 'json', 1, '');
    for (const i of service.complete(empty, { line: 0, character: 0 }, ctx)) {
      assert.deepEqual(
        englishRuns(i.label, [...NAMES, 'Graph iosMobileAppConfiguration', 'Graph targetedManagedAppConfiguration']),
        [],
        `${locale}: ${i.label}`,
      );
      assert.match((i.documentation as { value: string }).value.split('\n')[0], SCRIPT[locale]);
    }
    const picks = emmPickItems(emmCatalogOf(ctx), 'ios-plist', new Set(['servicesdomain']), ctx);
    for (const i of picks) {
      assert.deepEqual(englishRuns(`${i.description} ${i.detail}`), [], `${locale} ${i.key}`);
      assert.match(i.detail, SCRIPT[locale], `${locale} ${i.key}: ${i.detail}`);
    }
    assert.ok(picks.find((i) => i.key === 'ServicesDomain')!.description.endsWith(appConfigText(ctx).t('pick.alreadySet')));
    const outline = service.symbols(TextDocument.create('file:///w/a.appconfig.xml', 'xml', 1, '<dict><key></key><string>x</string><key>a</key></dict>'), ctx);
    assert.match(outline[0].name, SCRIPT[locale]);
    assert.match(String(outline[1].detail), SCRIPT[locale]);
  }
});
