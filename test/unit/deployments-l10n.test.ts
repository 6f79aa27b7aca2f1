// The deployment diagrams speak the user's language: every text of the diagrams (titles, summaries,
// services, zone and node labels, flow steps, notes) has an English, a Korean and a Japanese wording, and
// a Korean or Japanese diagram page and its Mermaid export show none of the English sentences. (Hangul
// in ja and Kana in ko are looked for by user-text.test.ts, which renders the same pages.)
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { diagramHtml, layoutScenario, scenarioToMermaidMarkdown } from '../../client/views/diagram';
import { translateFrom } from '../../client/views/l10n';
import { loadViewData } from '../../client/views/model';
import type { Text } from '../../shared/viewModel';
import { hasWords, LOCALES, SCRIPT } from './l10n-helpers';
import * as fs from 'node:fs';

const root = path.resolve(__dirname, '../..');
const views = loadViewData(path.join(root, 'schemas'));
const bundle = (locale: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, `l10n/bundle.l10n.${locale}.json`), 'utf8'));
const opts = { cspSource: 'vscode-webview://abc', nonce: 'n0nce' };

/** Every `{ en, … }` text object of a value, with where it is. */
function texts(value: unknown, where: string, out: [string, Partial<Text>][] = []): [string, Partial<Text>][] {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string') out.push([where, o as Partial<Text>]);
    else for (const [k, v] of Object.entries(o)) texts(v, `${where}.${k}`, out);
  }
  return out;
}

/** The plain strings of a value (node labels, sources): names and citations that stay as written. */
function plain(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => plain(v, out));
  else if (value && typeof value === 'object' && typeof (value as { en?: unknown }).en !== 'string') Object.values(value).forEach((v) => plain(v, out));
  return out;
}

/** Whether an English text has words a translation must carry (host names such as federated.com stay). */
const hasEnglishWords = (en: string) => hasWords(en.replace(/\b[\w-]+(\.[\w-]+)*\.(com|net|org)\b/g, ' '));

/** What the HTML shows as text, with the few entities escapeHtml writes undone. */
const shown = (html: string) =>
  html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('deployment diagrams in Korean and Japanese', () => {
  const all = views.deployments.scenarios.flatMap((s) => texts(s, s.id));

  it('every diagram text has en, ko and ja, none of ko and ja left in English words', () => {
    assert.ok(all.length > 200, `only ${all.length} texts found`);
    const problems: string[] = [];
    for (const [where, t] of all) {
      for (const locale of ['en', ...LOCALES] as const) if (!t[locale]?.trim()) problems.push(`${where}: no ${locale}`);
      for (const locale of LOCALES) {
        const text = t[locale];
        if (text && hasEnglishWords(text) && !SCRIPT[locale].test(text)) problems.push(`${where}: ${locale} is English: ${text}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  for (const locale of LOCALES) {
    it(`${locale}: no diagram page or Mermaid export shows an English sentence of the data`, () => {
      const t = translateFrom(bundle(locale));
      const problems: string[] = [];
      for (const s of views.deployments.scenarios) {
        const kept = plain(s);
        const english = texts(s, s.id)
          .map(([, x]) => x)
          .filter((x) => x.en && x[locale] !== x.en && hasEnglishWords(x.en) && !kept.some((k) => k.includes(x.en as string)))
          .map((x) => x.en as string);
        const pages: [string, string][] = [
          ['page', shown(diagramHtml(layoutScenario(s, locale, t), { ...opts, locale, t }))],
          ['Mermaid', scenarioToMermaidMarkdown(s, locale, t)],
        ];
        assert.ok(pages[0][1].includes(s.title[locale] ?? '\u0000'), `${s.id}: the ${locale} page lacks its ${locale} title`);
        for (const [what, text] of pages) for (const en of english) if (text.includes(en)) problems.push(`${s.id} ${what}: ${en}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  it('every node and link label has its Korean and Japanese, unless it is a name that stays as it is', () => {
    const table = JSON.parse(fs.readFileSync(path.join(root, 'scripts/deployments-l10n/labels.json'), 'utf8')) as Record<string, { ko: string; ja: string }>;
    const problems: string[] = [];
    for (const s of views.deployments.scenarios)
      for (const x of [...s.nodes, ...s.edges]) {
        const named = table[x.label]?.ko === x.label && table[x.label]?.ja === x.label;
        if (!x.labelL10n && !named) problems.push(`${s.id}: "${x.label}" has no labelL10n`);
        for (const locale of LOCALES) if (x.labelL10n && !x.labelL10n[locale]?.trim()) problems.push(`${s.id}: "${x.label}" has no ${locale}`);
      }
    assert.deepEqual(problems, []);
  });

  for (const locale of LOCALES) {
    it(`${locale}: the diagram and its Mermaid export show the ${locale} labels, not the English ones`, () => {
      const t = translateFrom(bundle(locale));
      const problems: string[] = [];
      for (const s of views.deployments.scenarios) {
        const mermaid = scenarioToMermaidMarkdown(s, locale, t);
        const svgText = shown(diagramHtml(layoutScenario(s, locale, t), { ...opts, locale, t })).replace(/<[^>]*>/g, ' ');
        for (const x of [...s.nodes, ...s.edges]) {
          const mine = x.labelL10n?.[locale];
          if (!mine || mine === x.label) continue;
          // (Mermaid writes < > " as entities: such labels are compared on the page only.)
          if (!/[<>"]/.test(mine) && !mermaid.includes(mine)) problems.push(`${s.id} Mermaid lacks ${mine}`);
          // Names (Cisco Jabber, Expressway-C…) stay in every language; a label with English words must not.
          if (
            hasEnglishWords(x.label) &&
            !/[A-Z]/.test(x.label[0]) &&
            new RegExp(`(^|[^\\w])${x.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w]|$)`).test(svgText)
          )
            problems.push(`${s.id} page shows "${x.label}"`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('the checks find what they look for', () => {
    assert.equal(hasEnglishWords('The user signs in to the client.'), true);
    assert.equal(hasEnglishWords('federated.com'), false);
    assert.deepEqual(texts({ a: [{ en: 'x', ko: 'y' }] }, 's'), [['s.a[0]', { en: 'x', ko: 'y' }]]);
  });
});
