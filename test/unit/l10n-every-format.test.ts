// What a user reads from every format the check covers, in English, Korean and Japanese: broken files
// of each kind (jabber-config, app-config XML, property list and JSON, settings YAML and JSON,
// status.xml, the allow-list CSV) and the examples, checked as the CLI checks them. The same findings
// in every language; nothing left unfilled ({placeholder}) or shown as an l10n id; Korean and Japanese
// in their own script with no English sentence; the English of the XML reader's own messages in
// status.xml word for word as before they became data.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { runCheck } from '../../server/cli';
import type { FileResult } from '../../server/cli/report';
import type { Locale } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { englishRuns, hasWords, JABBER_NAMES, LOCALES, SCRIPT } from './l10n-helpers';

const ROOT = path.resolve(__dirname, '../..');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-l10n-'));
after(() => fs.rmSync(DIR, { recursive: true, force: true }));

const STATUS = fs.readFileSync(path.join(ROOT, '../shared/corpus/expressway/status-xml/jasonneurohr-py-expressway__tests__status.xml'), 'utf8');

/** Broken files of every kind, each mistake one a person makes. */
const FILES: Record<string, string> = {
  'site/status.xml': STATUS.replace('<Uptime item="1">2492</Uptime>', '<Uptime item="1">2492</Uptme>\n<Ena\n').replace(
    '<TimeZone item="1">UTC</TimeZone>',
    '<TimeZone item="1">&bad;</TimeZone>',
  ),
  'site/allow-list.csv': [
    'Url,Deployment,HttpMethods,MatchType,Description',
    'ftp://files.example.com/x,d,GET,prefix,',
    'https://cucm.example.com:99999/x,,,,',
    'http://ex%61mple.com/,d,GET,prefix,',
    'https://a.example.com/,d,GET,PUT,prefix,x',
    'https://b.example.com/,d,FETCH,fuzzy,',
    ',d,GET,prefix,',
    'https://c.example.com/,d,"GET\nPUT",prefix,',
    'https://d.example.com/,"d,GET,prefix,',
  ].join('\n'),
  'jabber-config.xml': `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE config [<!ENTITY x "y">]>
<config version="1.0">
  <Client>
    <PrtLogServerUrl>http://prt.example.com/x</PrtLogServerUrl>
    <UpdateUrl>htp:/bad url</UpdateUrl>
    <Enablevideo>maybe</Enablevideo>
    <UnknownThing>1</UnknownThing>
    <Ena
  </Client>
  <Policies>
    <EnableTelephony>true</Policy>
    <ScreenLock>&x;</ScreenLock>
    <ConnectionPassword>secret123</ConnectionPassword>
    <EnableVideo>true</EnableVideo>
    <EnableVideo>false</EnableVideo>
  </Policies>
  <Directory>
    <PrimaryServerName>bad_host..example</PrimaryServerName>
    <DirectoryServerType>XYZ</DirectoryServerType>
  </ Directory>
  <Stray>
</config>
trailing text
`,
  'bad.appconfig.xml':
    '<managedAppConfiguration><dict><key>ServicesDomain</key><string>a b</string><key>ServicesDomain</key><string>x</string>' +
    '<key>Password</key><string>pw</string><key>Unknown</key><integer>x</integer></dict><Ena\n</managedAppConfiguration>\n',
  'bad.appconfig.plist': '<?xml version="1.0"?><plist><dict><key>ServicesDomain</key><string>bad domain</string><key>a</key><dict><key>b</key></dict></plist>',
  'bad.appconfig.json': '{"emm":"intune","appConfiguration":{"ServicesDomain":"x y","ServicesDomain":"z","Password":"p", "VoiceServicesDomain": 5,}',
  'bad.expressway.yaml':
    'expressway:\n  expresswayC:\n    hostname: bad_host\n    zones:\n      - name: z\n        sip:\n          port: 999999\n  foo: [1, 2\n  bar: *nope\n',
  'bad2.expressway.yaml': 'expressway:\n  expresswayE:\n    hostname: e\n    dns: {a: 1, a: 2}\n' + '  x:\n'.repeat(3),
  'bad.cucm.json': '{"cucm": {"publisher": "", "publisher": 1, "x": [1,}',
};
for (const [name, text] of Object.entries(FILES)) {
  fs.mkdirSync(path.dirname(path.join(DIR, name)), { recursive: true });
  fs.writeFileSync(path.join(DIR, name), text);
}

const check = (locale: Locale): FileResult[] =>
  runCheck({ format: 'json', settings: DEFAULT_SETTINGS, locale, paths: [DIR, path.join(ROOT, 'examples'), path.join(ROOT, 'test/fixtures/appconfig')] })
    .results;

/** Every text a finding shows: its message and its related information. */
const shown = (results: FileResult[]) =>
  results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      key: `${path.relative(DIR, r.file).replace(/^(\.\.\/)+.*?(examples|test)\//, '$2/')} ${d.code} ${d.range.start.line}:${d.range.start.character}`,
      texts: [String(d.message), ...(d.relatedInformation ?? []).map((x) => x.message)],
    })),
  );

/** Every l10n id with a dot (`xml.tagNotClosed`), from every message file: none may be shown as text. */
const IDS = fs
  .readdirSync(path.join(ROOT, 'schemas/l10n'))
  .filter((f) => /^[a-z-]+\.json$/.test(f))
  .flatMap((f) => Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/l10n', f), 'utf8')) as { en?: Record<string, string> }).en ?? {}))
  .filter((id) => id.includes('.'));
/** Quoted values, tags, code and paths stay as written: looked at outside them. */
const outsideQuotes = (t: string) => t.replace(/'[^']*'|"[^"]*"|`[^`]*`|<[^<>]*>|「[^」]*」/g, ' ');

const en = shown(check('en'));

test('the broken files of every format raise many distinct findings, and nothing shows an unfilled {placeholder} or an l10n id', () => {
  const codes = new Set(en.map((f) => f.key.split(' ')[1]));
  assert.ok(codes.size >= 25, `${codes.size} codes: ${[...codes].join(' ')}`);
  for (const kind of ['xstatus-xml-syntax', 'allowlist-bad-url', 'xml-syntax', 'plaintext-secret', 'settings-out-of-range']) assert.ok(codes.has(kind), kind);
  const problems: string[] = [];
  for (const locale of ['en', ...LOCALES] as const) {
    for (const f of locale === 'en' ? en : shown(check(locale))) {
      for (const t of f.texts) {
        const outside = outsideQuotes(t);
        if (/\{\w+\}/.test(outside)) problems.push(`${locale} ${f.key}: unfilled placeholder in ${t}`);
        const id = IDS.find((i) => new RegExp(`(^|[^\\w.])${i.replace(/\./g, '\\.')}($|[^\\w.])`).test(outside));
        if (id) problems.push(`${locale} ${f.key}: the id ${id} in ${t}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("status.xml's syntax errors read in English as before", () => {
  const status = en.filter((f) => f.key.startsWith('site/status.xml xstatus-xml-syntax')).map((f) => f.texts[0]);
  assert.deepEqual(status, [
    'The status XML is not well formed here: <Uptime> must be closed by </Uptime>',
    "The status XML is not well formed here: the tag '<Ena' is not closed with '>'",
    'The status XML is not well formed here: undefined entity.',
  ]);
});

for (const locale of LOCALES) {
  test(`${locale}: the same findings as in English, each in ${locale} with no English sentence left`, () => {
    const found = shown(check(locale));
    assert.deepEqual(
      found.map((f) => f.key),
      en.map((f) => f.key),
    );
    const leaks: string[] = [];
    for (const f of found) {
      for (const text of f.texts) {
        // An admin-UI label stays as the (English) web interface shows it, beside its translation in
        // parentheses; a URL is no sentence.
        const t = text.replace(/[A-Za-z][\w .-]*\([^)]*\)|（[^）]*）|https?:\/\/\S+/g, ' ');
        const runs = englishRuns(t, JABBER_NAMES);
        if (runs.length) leaks.push(`${f.key}: ${text}  →  ${runs.join(' | ')}`);
        if (hasWords(t, JABBER_NAMES) && !SCRIPT[locale].test(t)) leaks.push(`${f.key}: not in ${locale}: ${text}`);
      }
    }
    assert.deepEqual(leaks, []);
  });
}
