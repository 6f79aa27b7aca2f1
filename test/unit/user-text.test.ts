// Every word a user sees is for the user, in one language: every hover (each catalogued jabber-config
// parameter, group and non-parameter, each EMM key and format, each key of the example settings files),
// the MRA table and its exports, every deployment diagram and its Mermaid export, each parameter page,
// docs/diagnostics.md and the CLI's SARIF rule help are rendered in en, ko and ja, and
//  - name no internal file ("000_….txt", "seed 004", "field notes", schemas/*.json), say no note to
//    ourselves ("the seed reads", "not yet checked", "ambiguous in the Korean text") and link no
//    non-public host;
//  - hold no script of another language (Hangul in en/ja, Kana in en/ko) outside a marked quote
//    (a Markdown blockquote, “…” or 「…」, an HTML <q>): the document's own sentence may be quoted.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagramHtml, layoutScenario, scenarioToMermaidMarkdown } from '../../client/views/diagram';
import { english, translateFrom, type Translate } from '../../client/views/l10n';
import { findParameter, loadParameterOverlay, loadViewData, localizeParameter, mraRowsForParameter } from '../../client/views/model';
import { mraTableCsv, mraTableHtml, mraTableMarkdown } from '../../client/views/mraTableHtml';
import { parameterDocHtml } from '../../client/views/parameterDocHtml';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { runCheck } from '../../server/cli';
import { emmCatalogOf } from '../../server/services/appconfig/catalog';
import { flavorMarkdown, parameterMarkdown as emmParameterMarkdown } from '../../server/services/appconfig/docs';
import { groupMarkdown, parameterMarkdown } from '../../server/services/jabber/docs';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { Locale } from '../../shared/viewModel';

const root = path.resolve(__dirname, '../..');
const schemas = path.join(root, 'schemas');
const catalogs = loadCatalogs(schemas);
const views = loadViewData(schemas);
const LOCALES: Locale[] = ['en', 'ko', 'ja'];
const bundle = (locale: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, `l10n/bundle.l10n.${locale}.json`), 'utf8'));
const tFor = (locale: Locale): Translate => (locale === 'en' ? english : translateFrom(bundle(locale)));
const ctxOf = (locale: Locale): ServiceContext => ({ settings: { ...DEFAULT_SETTINGS }, catalogs, locale, workspace: { documents: () => [] } });
const opts = { cspSource: 'vscode-webview://abc', nonce: 'n0nce' };

const INTERNAL: [RegExp, string][] = [
  [/\b\d{3}_[0-9a-f]{16}(\.txt)?\b/, 'a seed file name'],
  [/\bseeds?\b/i, '"seed"'],
  [/field[- ]notes/i, 'our field notes'],
  [/starting[- ]list/i, 'our starting list'],
  [/not (yet )?(re-?read|checked)/i, 'a note about our own checking'],
  [/ambiguous in the Korean/i, 'a note about our reading'],
  [/\bcorpus [A-Z]?\d+/i, 'a corpus id'],
  [/(^|[\s(])schemas\/[\w./-]+\.json/, 'a data file name'],
  [/\/work\/|shared\/reference|shared\/README/, 'a path of our workplace'],
  [/(^|\s)X (\*|(?=[A-Z\uac00-\ud7af]))/, 'a stray table marker'],
  [/https?:\/\/[^\s)"'<>]*(test-gsx|wwwin|\.local\b|localhost)/, 'a non-public host'],
  [/\bdocs\/[\w-]+\.md\b/, 'a document of our repository'],
  [/\bissue \d+\b|bounded work|engineering guide/i, 'a note about our own work (an issue number, our engineering guide)'],
  [/\bPRG\b/, 'our abbreviation of the Parameters Reference Guide'],
  [/\bcisco\.com ›/, 'a Cisco page cited by its address instead of its title (schemas/sources.json lacks its prefix)'],
  // Our own choices written as notes to ourselves ("mobile is used here", "so Policies is assumed", "the
  // warning window is ours") rather than said to the user as what UC Config checks.
  [/\b(we|our|ours)\b|\b(is|are) (used|assumed) here\b|\bis assumed\b|\bUC Config treats\b/i, 'a note to ourselves'],
  [/가정합니다|여기서는 [^.]*봅니다|想定しています|ここでは[^。]*としています/, 'a note to ourselves'],
  [/シード|시드|原文はあいまい|원문이 모호/, '"seed" or a note about our reading, in Japanese or Korean'],
];

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;

/** The text with marked quotes taken out: blockquote lines, “…”, 「…」 and <q>…</q>. */
function outsideQuotes(text: string): string {
  return text
    .replace(/<q\b[^>]*>[\s\S]*?<\/q>/g, ' ')
    .replace(/^\s*>.*$/gm, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/「[^」]*」/g, ' ');
}

function problems(text: string, locale: Locale): string[] {
  const out: string[] = [];
  for (const [re, what] of INTERNAL) {
    const m = re.exec(text);
    if (m) out.push(`${what}: …${text.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' ')}…`);
  }
  const rest = outsideQuotes(text);
  const foreign = locale === 'ko' ? KANA : locale === 'ja' ? HANGUL : new RegExp(`${HANGUL.source}|${KANA.source}`);
  const m = foreign.exec(rest);
  if (m) out.push(`another language's script: …${rest.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' ')}…`);
  return out;
}

/** What the HTML shows (text, titles, labels), without scripts and styles. */
function shown(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/\sdata-search="[^"]*"/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function views_(locale: Locale): [string, string][] {
  const t = tFor(locale);
  const out: [string, string][] = [
    ['MRA table', shown(mraTableHtml(views.mra, { ...opts, locale, t }))],
    ['MRA table as Markdown', mraTableMarkdown(views.mra, undefined, locale, t)],
    ['MRA table as CSV', mraTableCsv(views.mra, undefined, locale)],
  ];
  for (const s of views.deployments.scenarios) {
    out.push([`diagram ${s.id}`, shown(diagramHtml(layoutScenario(s, locale, t), { ...opts, locale, t }))]);
    out.push([`diagram ${s.id} as Mermaid`, scenarioToMermaidMarkdown(s, locale, t)]);
  }
  const overlay = loadParameterOverlay(schemas, locale);
  for (const p of views.parameters) {
    const doc = localizeParameter(findParameter(views.parameters, p.name)!, overlay);
    out.push([`parameter page ${p.name}`, shown(parameterDocHtml(p.name, doc, mraRowsForParameter(views.mra, p.name), { ...opts, locale, t }))]);
  }
  return out;
}

function hovers(locale: Locale): [string, string][] {
  const ctx = ctxOf(locale);
  const out: [string, string][] = [];
  for (const p of catalogs.jabber.parameters) out.push([`hover <${p.name}>`, parameterMarkdown(ctx, p, p.default)]);
  for (const g of catalogs.jabber.groups) out.push([`hover <${g.name}>`, groupMarkdown(ctx, g)]);
  for (const non of catalogs.jabber.nonParameters.values()) {
    const text = `<config version="1.0"><Client><${non.name}>x</${non.name}></Client></config>`;
    const doc = TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, text);
    const h = services['jabber-config'].hover(doc, doc.positionAt(text.indexOf(non.name) + 1), ctx);
    if (h) out.push([`hover <${non.name}>`, (h.contents as { value: string }).value]);
  }
  const emm = emmCatalogOf(ctx);
  for (const p of emm.parameters) out.push([`hover EMM ${p.key ?? p.label}`, emmParameterMarkdown(ctx, p, emm)]);
  for (const flavor of ['ios-plist', 'intune-ios-graph', 'intune-mam-graph', 'android-managed', 'blackberry-uem'] as const)
    out.push([`hover ${flavor}`, flavorMarkdown(ctx, flavor, undefined, emm)]);
  for (const f of fs.readdirSync(path.join(root, 'examples')).filter((n) => /\.(expressway|cucm)\.(ya?ml|json)$/.test(n))) {
    const text = fs.readFileSync(path.join(root, 'examples', f), 'utf8');
    const doc = TextDocument.create(`file:///w/${f}`, f.endsWith('.json') ? 'json' : 'yaml', 1, text);
    for (const m of text.matchAll(/^\s*([A-Za-z][\w-]*):/gm)) {
      const h = services['uc-settings'].hover(doc, doc.positionAt(m.index! + m[0].indexOf(m[1]) + 1), ctx);
      if (h) out.push([`hover ${f} ${m[1]}`, (h.contents as { value: string }).value]);
    }
  }
  return out;
}

describe('every word a user sees is for the user, in one language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: hovers`, () => {
      const all = hovers(locale);
      assert.ok(all.length > 600, `${all.length} hovers rendered`);
      const bad = all.flatMap(([name, text]) => problems(text, locale).map((p) => `${name}: ${p}`));
      assert.deepEqual(bad, []);
    });
    it(`${locale}: MRA table, diagrams, parameter pages and their exports`, () => {
      const all = views_(locale);
      const bad = all.flatMap(([name, text]) => problems(text, locale).map((p) => `${name}: ${p}`));
      assert.deepEqual(bad, []);
    });
  }

  it('docs/diagnostics.md and the SARIF rule help', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/diagnostics.md'), 'utf8');
    const sarif = runCheck({ paths: [path.join(root, 'examples/jabber-config.xml')], format: 'sarif', settings: { ...DEFAULT_SETTINGS }, locale: 'en' }).output;
    // A rule's help may link to its own entry of the published diagnostics reference (as ESLint's rules
    // link to their docs page); nothing else of our repository is named.
    const ruleHelp = (id: string) => `https://github.com/uc-config/uc-config/blob/main/docs/diagnostics.md#${id}`;
    const help = (JSON.parse(sarif) as { runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } } }[] }).runs[0].tool.driver.rules
      .map((r) => r.help.text.split(ruleHelp(r.id)).join(''))
      .join('\n');
    assert.deepEqual([...problems(doc, 'en').map((p) => `docs/diagnostics.md: ${p}`), ...problems(help, 'en').map((p) => `SARIF: ${p}`)], []);
  });

  it('the checks find what they look for', () => {
    assert.equal(problems('Source: 000_fa4da8112fd6f5c3.txt § 지원되는 서비스', 'en').length, 2);
    assert.equal(problems('seed 004 § x', 'en').length, 1);
    assert.deepEqual(problems('Source: Cisco Jabber Planning Guide (Korean edition), “지원되는 서비스”\n\n> 「引用」 인용', 'en'), []);
    assert.equal(problems('サービス', 'ko').length, 1);
    assert.equal(problems('서비스', 'ja').length, 1);
    assert.equal(problems('see https://test-gsx.cisco.com/c/x', 'en').length, 1);
    assert.equal(problems('Platform scope differs between sources; mobile is used here.', 'en').length, 1);
    assert.equal(problems('The appendix does not name the group, so Policies is assumed.', 'en').length, 1);
    assert.equal(problems('The 30-day warning window is ours.', 'en').length, 1);
    assert.equal(problems('부록에 그룹 이름이 없어 Policies로 가정합니다.', 'ko').length, 1);
    assert.equal(problems('付録にグループ名がないため Policies と想定しています。', 'ja').length, 1);
    assert.equal(problems('シードによると、この高度な暗号化は社内 Wi-Fi でのみサポートされます。', 'ja').length, 1);
    assert.deepEqual(problems('Checked as true or false; your colleagues may spell it otherwise.', 'en'), []);
  });
});
