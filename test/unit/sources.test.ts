// schemas/sources.json: valid against its schema, one entry for every seed, public addresses only; and
// every `source` anywhere in schemas/ resolves to a document a user can find (shared/sources.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { citationMarkdown, citationsOf, citationText, sourcesText, type SourceTable } from '../../shared/sources';

const root = path.resolve(__dirname, '../..');
const schemas = path.join(root, 'schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(schemas, f), 'utf8'));
const table = read('sources.json') as SourceTable;

test('sources.json validates against its schema, with unique ids and aliases and public https addresses', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(read('sources.schema.json'));
  assert.ok(validate(table), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const names = table.documents.flatMap((d) => [d.id, ...d.aliases]);
  assert.deepEqual(
    names.filter((n, i) => names.indexOf(n) !== i),
    [],
  );
  for (const d of table.documents) {
    for (const u of [d.url, ...(d.urlPrefixes ?? [])].filter((x): x is string => !!x)) {
      assert.ok(new URL(u).protocol === 'https:', u);
      assert.doesNotMatch(new URL(u).hostname, /test-|wwwin|internal|\.local$|localhost/, u);
    }
  }
});

test('every seed document has its entry', (t) => {
  const seeds = path.join(root, '../shared/seeds');
  if (!fs.existsSync(seeds)) return t.skip('../shared/seeds is not here');
  for (const f of fs.readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
    assert.ok(
      table.documents.some((d) => d.aliases.includes(f)),
      `${f} has no entry in schemas/sources.json`,
    );
  }
});

/** A Cisco or Webex page in another language than English: /c/ja_jp/, /c/ko_kr/, /c/zh_cn/, help.webex.com/ko-kr/…. */
const FOREIGN_PAGE = /https:\/\/[^\s)]*(\/c\/(ja_jp|ko_kr|zh_cn|zh_tw)\/|help\.webex\.com\/(?!en-us\/)[a-z]{2}-[a-z]{2}\/)[^\s)]*/i;

test('the English view cites English pages: no Chinese, Japanese or Korean edition where an English one is published', () => {
  // Every document of sources.json and every chapter the data cites is published in English; an edition in
  // another language would be cited only for a document that exists in that language alone (none today).
  const pages = table.documents.flatMap((d) => [d.url, ...(d.urlPrefixes ?? [])]).filter((u): u is string => !!u);
  assert.deepEqual(
    pages.filter((u) => FOREIGN_PAGE.test(u)),
    [],
  );
  assert.ok(FOREIGN_PAGE.test('see https://cisco.com/c/zh_cn/td/docs/voice_ip_comm/jabber/x_chapter_01000.html'));
  assert.ok(FOREIGN_PAGE.test('https://help.webex.com/ko-kr/6ta3gz/x'));
  assert.ok(!FOREIGN_PAGE.test('https://help.webex.com/en-us/article/6ta3gz/x https://www.cisco.com/c/en/us/td/docs/x.html'));
});

test('the Presence chapter of the Parameters Reference Guide is cited by its English page, without an edition note', () => {
  const params = (read('jabber-parameters.json') as { parameters: { name: string; source: string | string[] }[] }).parameters;
  const login = params.find((p) => p.name === 'LoginResource')!;
  const cited = citationsOf(login.source, table, 'en');
  assert.ok(
    cited.some((c) => c.url?.startsWith('https://www.cisco.com/c/en/us/') && c.url.endsWith('_chapter_01000.html')),
    JSON.stringify(cited),
  );
  assert.deepEqual(
    cited.filter((c) => c.edition),
    [],
  );
});

test('every source in schemas/ resolves to a document, never to one of our own names', () => {
  const bad: string[] = [];
  const visit = (v: unknown, file: string) => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, file));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'source' && (typeof x === 'string' || Array.isArray(x) || (x && typeof x === 'object' && 'file' in x))) {
          const text = sourcesText(x as Parameters<typeof sourcesText>[0], table, 'en');
          if (/\d{3}_[0-9a-f]{16}|\bseeds?\b|field[- ]notes|schemas\/|\/work\/|shared\/|starting-list|corpus [A-Z]\d/i.test(text))
            bad.push(`${file}: ${text.slice(0, 160)}`);
          const foreign = FOREIGN_PAGE.exec(text);
          if (foreign) bad.push(`${file}: a page in another language than English: ${foreign[0]}`);
        } else visit(x, file);
      }
    }
  };
  const files = [
    'jabber-parameters.json',
    'jabber-rules.json',
    'jabber-non-parameters.json',
    'mra-support.json',
    'deployments.json',
    'emm-parameters.json',
    'emm-matrices.json',
    'uc-settings-rules.json',
    'allow-list.json',
    'dns-services.json',
    'certificate-checks.json',
    'xconfiguration-map.json',
    'mra-client-ports.json',
  ];
  for (const f of [...files, ...fs.readdirSync(path.join(schemas, 'diagnostics')).map((n) => `diagnostics/${n}`)]) visit(read(f), f);
  assert.deepEqual(bad, []);
});

test('a source names the document, its section and the quote, in the view language', () => {
  const s = "004_0efe7a8b88feafcf.txt § Expressway-E のサーバ証明書の要件: 'Expressway の設定。'; seed 000 § 모바일 (지원되는 서비스; 디렉토리)";
  const en = citationsOf(s, table, 'en');
  assert.equal(en.length, 2);
  assert.equal(en[0].title, 'Cisco Expressway Administrator Guide, chapter “Unified Communications”');
  assert.equal(en[0].edition, 'Japanese edition');
  assert.equal(en[0].section, 'Expressway-E のサーバ証明書の要件');
  assert.equal(en[0].quote, 'Expressway の設定。');
  assert.equal(en[1].section, '모바일 (지원되는 서비스; 디렉토리)', 'a semicolon inside parentheses does not split the source');
  assert.equal(citationText(en[1], 'en'), 'Cisco Jabber Planning Guide, chapter “Deployment Scenarios” (Korean edition), “모바일 (지원되는 서비스; 디렉토리)”');
  const ja = citationsOf(s, table, 'ja');
  assert.equal(ja[0].edition, undefined, 'read in Japanese: no edition note in a Japanese view');
  assert.equal(
    citationText(ja[0], 'ja'),
    'Cisco Expressway Administrator Guide、「ユニファイドコミュニケーション」の章、Expressway-E のサーバ証明書の要件: 「Expressway の設定。」',
  );
  // A chapter URL of the Parameters Reference Guide is shown by the guide's title, linked to the chapter.
  const url =
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/14_0/cjab_book_parameters-reference-guide-for-cisco-jabber-14_0/cjab_b_parameter-reference-guide-jabber-129_chapter_0111.html';
  assert.equal(
    citationMarkdown(citationsOf(`${url} (SharePortRangeStart)`, table, 'ko')[0], 'ko'),
    `[Parameters Reference Guide for Cisco Jabber](${url}), SharePortRangeStart`,
  );
  // "notes § X" continues the document cited before it; what no document matches is shown as written.
  assert.deepEqual(
    citationsOf('000_fa4da8112fd6f5c3.txt § 표 1; notes § 디렉토리; RFC 9999', table, 'en').map((c) => [c.title.slice(0, 28), c.section ?? '']),
    [
      ['Cisco Jabber Planning Guide,', '표 1'],
      ['Cisco Jabber Planning Guide,', '디렉토리'],
      ['RFC 9999', ''],
    ],
  );
});
