// The client's own words in Korean and Japanese: every string the client sources hand to a translate
// function (t(…), th(…), vscode.l10n.t(…)) is in both bundles of l10n/ with the same placeholders,
// and the MRA table, a deployment diagram and the parameter documentation rendered in ko and ja keep
// no English words of their own — only data without a translation, product, protocol and parameter
// names remain.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { FAMILY_LABEL, TYPE_LABEL, diagramHtml, foldLayout, layoutScenario, scenarioToMermaidMarkdown } from '../../client/views/diagram';
import { english, format, translateFrom, type Translate } from '../../client/views/l10n';
import { findParameter, loadParameterOverlay, loadViewData, localizeParameter, mraRowsForParameter, type Locale } from '../../client/views/model';
import { CLIENT_LABEL, STATUS_LABEL, mraTableHtml, mraTableMarkdown } from '../../client/views/mraTableHtml';
import { parameterDocHtml } from '../../client/views/parameterDocHtml';
import { sourceText } from '../../client/views/sources';

const root = path.resolve(__dirname, '../..');
const schemas = path.join(root, 'schemas');
const data = loadViewData(schemas);
const LOCALES = ['ko', 'ja'] as const;
const bundle = (locale: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, `l10n/bundle.l10n.${locale}.json`), 'utf8'));
const bundles = { ko: bundle('ko'), ja: bundle('ja') };
const tFor = (locale: Locale): Translate => (locale === 'en' ? english : translateFrom(bundles[locale]));
const opts = { cspSource: 'vscode-webview://abc', nonce: 'n0nce' };

/** The tables whose English values reach a translate function as `t(TABLE[key])`. */
const TABLES: Record<string, Record<string, string>> = { TYPE_LABEL, FAMILY_LABEL, STATUS_LABEL, CLIENT_LABEL };

function clientSources(dir = path.join(root, 'client')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? clientSources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every call of t, th or vscode.l10n.t in the client: its first argument, a literal or not. */
function translateCalls(): { file: string; line: number; key?: string; expr: string }[] {
  const out: { file: string; line: number; key?: string; expr: string }[] = [];
  for (const file of clientSources()) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments.length) {
        const callee = node.expression.getText(sf);
        // A translator called where it is made (uiT()('…')) would hide its key from this scan.
        if (callee === 't' || callee === 'th' || callee === 'vscode.l10n.t' || /^(uiT|translator|translateFrom)\(/.test(callee)) {
          const a = node.arguments[0];
          const rel = path.relative(root, file);
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          const literal = ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a);
          out.push({ file: rel, line, expr: `${callee}(${a.getText(sf)})`, key: literal && !callee.includes('(') ? a.text : undefined });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join(' ');

describe('client l10n bundles', () => {
  const calls = translateCalls();
  const literal = calls.filter((c) => c.key !== undefined).map((c) => c.key!);
  const keys = new Set([...literal, ...Object.values(TABLES).flatMap((t) => Object.values(t))]);

  it("the scan finds the client's calls (status bar, commands, pages)", () => {
    for (const f of [
      'client/status.ts',
      'client/commands/showMraTable.ts',
      'client/commands/diagramPanel.ts',
      'client/views/mraTableHtml.ts',
      'client/views/diagram.ts',
      'client/views/parameterDocHtml.ts',
    ]) {
      assert.ok(
        calls.some((c) => c.file === f && c.key),
        `no translated string found in ${f}`,
      );
    }
    assert.ok(keys.size > 100, `${keys.size} keys`);
  });

  it('a translate call takes a literal, an entry of a known table, or passes a message through', () => {
    const bad = calls.filter(
      (c) => c.key === undefined && !new RegExp(`^(t|th|vscode\\.l10n\\.t)\\(((${Object.keys(TABLES).join('|')})\\[.*|message)\\)$`, 's').test(c.expr),
    );
    assert.deepEqual(
      bad.map((c) => `${c.file}:${c.line} ${c.expr}`),
      [],
    );
  });

  for (const locale of LOCALES) {
    it(`l10n/bundle.l10n.${locale}.json translates every key with the same placeholders, and nothing else`, () => {
      const b = bundles[locale];
      const missing = [...keys].filter((k) => typeof b[k] !== 'string' || !b[k].trim());
      assert.deepEqual(missing, [], `missing in ${locale}`);
      const stale = Object.keys(b).filter((k) => !keys.has(k));
      assert.deepEqual(stale, [], `keys no source uses in ${locale}`);
      for (const k of keys) assert.equal(placeholders(b[k]), placeholders(k), `${locale}: placeholders of "${k}"`);
    });
  }

  it('both bundles have the same keys, and every sentence is translated (only names may stay as they are)', () => {
    assert.deepEqual(Object.keys(bundles.ko).sort(), Object.keys(bundles.ja).sort());
    for (const locale of LOCALES)
      for (const [k, v] of Object.entries(bundles[locale])) if (/[a-z]{2,}\s+[a-z]{2,}/.test(k)) assert.notEqual(v, k, `${locale}: "${k}" is not translated`);
  });

  it('the manifest points VS Code at the bundles', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.l10n, './l10n');
  });

  it('format and translateFrom fill placeholders as vscode.l10n.t does, English for a missing key', () => {
    assert.equal(format('{0} of {1} rows', [3, 46]), '3 of 46 rows');
    assert.equal(format('{1} and {0}, {2}', ['a', 'b']), 'b and a, {2}');
    const t = translateFrom({ '{0} of {1} rows': '{1}개 행 중 {0}개' });
    assert.equal(t('{0} of {1} rows', 3, 46), '46개 행 중 3개');
    assert.equal(t('Not in the bundle {0}', 'x'), 'Not in the bundle x');
    assert.equal(english('port {0}', '5061'), 'port 5061');
  });
});

// ---------------------------------------------------------------------------------------------
// No English left over: what a page shows (text, title, aria-label, placeholder, the script's
// templates, and in the SVGs the node types and protocol lines), minus the data it draws and the
// names that are the same in every language, must hold no English word.

const NAMES = [
  'Cisco Jabber',
  'IM and Presence',
  'Unified CM',
  'Unity Connection',
  'Remote Access',
  'Emergency Responder',
  'Jabber Guest',
  'Meeting Server',
  'Lync Server',
  'Control Hub',
  'Webex Meetings',
  'schemas/jabber-parameters.json',
  'jabber-config',
];
const WORDS = new Set([
  'Web',
  'Cisco',
  'Jabber',
  'Webex',
  'Expressway',
  'Expressway-C',
  'Expressway-E',
  'Mermaid',
  'Markdown',
  'Windows',
  'Mac',
  'Android',
  'iPhone',
  'iPad',
  'iOS',
]);

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string in a value (the data a page draws). */
function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

/** The visible and announced text of a page, SVG text apart from node types and protocol lines. */
function shownText(html: string): string[] {
  const parts: string[] = [];
  let rest = html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
  rest = rest.replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => {
    for (const m of svg.matchAll(/<text class="d-text d-type"[^>]*>([^<]*)<\/text>/g)) parts.push(m[1]);
    for (const m of svg.matchAll(/<tspan[^>]*class="d-proto"[^>]*>([^<]*)<\/tspan>/g)) parts.push(m[1]);
    for (const m of svg.matchAll(/<tspan[^>]*>(\[[^<]*\])<\/tspan>/g)) parts.push(m[1]);
    return '\n';
  });
  for (const m of rest.matchAll(/\s(?:title|aria-label|placeholder|data-template)="([^"]*)"/g)) parts.push(m[1]);
  parts.push(...rest.replace(/<[^>]*>/g, '\n').split('\n'));
  return parts.map((p) => unescape(p).trim()).filter(Boolean);
}

/** English words of the page's own, after taking away the data's strings and the names. */
function englishLeftovers(html: string, dataStrings: string[]): string[] {
  // A section title quoted from an English-only document is marked as the English quote it is.
  let text = shownText(html.replace(/<q lang="en">[^<]*<\/q>/g, ' ')).join('\n');
  const strip = (s: string) => {
    text = text.replace(new RegExp(`(?<![A-Za-z])${reEscape(s)}(?![A-Za-z])`, 'g'), ' ');
  };
  // A row's source may be shown in part ("table above; notes § …").
  const pieces = dataStrings.flatMap((s) => [s, ...s.split(/;\s*/), ...s.split(/;\s*|\s*§\s*/)]);
  for (const s of [...new Set(pieces)].filter((s) => s.trim().length > 1).sort((a, b) => b.length - a.length)) strip(s);
  for (const s of NAMES) strip(s);
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  // Acronyms (SVG, MRA, SIP, TLS), identifiers with inner capitals (IdP, ucConfig) and names stay.
  return [...new Set(words.filter((w) => !/^[A-Z0-9-]+$/.test(w) && !/[a-z][A-Z]/.test(w) && !WORDS.has(w)))];
}

const scenario = data.deployments.scenarios.find((s) => s.id === 'mra-expressway')!;
const PARAMS = ['DirectoryServerType', 'PrtLogServerURL', 'BDIBaseFilter'];

// Cited documents keep the titles their publishers give them (schemas/sources.json): data, like the rows.
const citedTitles = leaves(
  (JSON.parse(fs.readFileSync(path.join(schemas, 'sources.json'), 'utf8')) as { documents: { title: unknown }[] }).documents.map((d) => d.title),
);

function pages(locale: Locale): { name: string; html: string; data: string[] }[] {
  const t = tFor(locale);
  const overlay = loadParameterOverlay(schemas, locale);
  const out = [
    { name: 'MRA table', html: mraTableHtml(data.mra, { ...opts, locale, t }), data: leaves(data.mra) },
    { name: `diagram ${scenario.id}`, html: diagramHtml(layoutScenario(scenario, locale, t), { ...opts, locale, t }), data: leaves(scenario) },
  ];
  for (const name of PARAMS) {
    const found = findParameter(data.parameters, name)!;
    assert.ok(found, name);
    const doc = localizeParameter(found, overlay);
    const rows = mraRowsForParameter(data.mra, name);
    out.push({
      name: `parameter ${name}`,
      html: parameterDocHtml(name, doc, rows, { ...opts, locale, t }),
      data: [...leaves(found), ...leaves(doc), ...leaves(rows)],
    });
  }
  out.push({
    name: 'parameter not in the catalog',
    html: parameterDocHtml('NoSuchParameter', undefined, [], { ...opts, locale, t }),
    data: ['NoSuchParameter'],
  });
  for (const p of out) p.data.push(...citedTitles);
  return out;
}

describe('pages in Korean and Japanese', () => {
  it('the check finds the English words of the English pages', () => {
    const en = pages('en');
    const words = (name: string) => englishLeftovers(en.find((p) => p.name === name)!.html, en.find((p) => p.name === name)!.data);
    for (const w of ['Filter', 'Status', 'Supported', 'rows', 'Desktop']) assert.ok(words('MRA table').includes(w), `MRA table: ${w}`);
    for (const w of ['Fit', 'Save', 'Copy', 'zone', 'Client', 'port']) assert.ok(words(`diagram ${scenario.id}`).includes(w), `diagram: ${w}`);
    for (const w of ['Group', 'Type', 'Source', 'Values']) assert.ok(words('parameter DirectoryServerType').includes(w), `parameter: ${w}`);
    assert.ok(words('parameter BDIBaseFilter').includes('Deprecated'));
  });

  for (const locale of LOCALES) {
    for (const p of pages(locale)) {
      it(`${locale}: ${p.name} has no English words of its own`, () => {
        assert.match(p.html, new RegExp(`<html lang="${locale}">`));
        assert.deepEqual(englishLeftovers(p.html, p.data), []);
      });
    }

    it(`${locale}: the pages show the translations (title, status, type names, parameter descriptions)`, () => {
      const b = bundles[locale];
      const [mra, diagram, param] = pages(locale);
      assert.ok(mra.html.includes(`<title>${b['MRA Support Table']}</title>`));
      assert.ok(mra.html.includes(b['Conditional']));
      assert.ok(mra.html.includes(`data-template="${b['{0} of {1} rows']}"`));
      assert.ok(diagram.html.includes(`>${b['Save SVG…']}</button>`));
      assert.ok(diagram.html.includes(b['Firewall']));
      const overlay = loadParameterOverlay(schemas, locale)!;
      assert.ok(param.html.includes(overlay.parameters.DirectoryServerType.description!));
      // The MRA rows in the page's language: Korean from the table itself, Japanese from schemas/l10n.
      const row = mraRowsForParameter(data.mra, 'DirectoryServerType')[0];
      assert.ok(row.service[locale], `${row.id} has a ${locale} service name`);
      assert.ok(param.html.includes(row.service[locale]!));
    });

    it(`${locale}: the Markdown copy of the table and the Mermaid export use the same words`, () => {
      const t = tFor(locale);
      const md = mraTableMarkdown(data.mra, undefined, locale, t);
      assert.ok(md.startsWith(`| ${t('Category')} | ${t('Service')} | ${t('Status')} |`), md.slice(0, 80));
      assert.doesNotMatch(md, /\| (Supported|Conditional|Not supported) \|/);
      const mermaid = scenarioToMermaidMarkdown(scenario, locale, t);
      assert.ok(mermaid.includes(`${t('Firewall')}: `));
      assert.ok(mermaid.includes(t('Source: {0}', sourceText(scenario.source, locale))));
    });

    it(`${locale}: every scenario still lays out without overlaps with translated type names`, () => {
      const t = tFor(locale);
      const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      for (const s of data.deployments.scenarios)
        for (const direction of ['LR', 'TB', 'rows'] as const) {
          const layout = direction === 'rows' ? foldLayout(layoutScenario(s, locale, t)) : layoutScenario(s, locale, t, direction);
          if (!layout) continue;
          for (const n of layout.nodes) assert.equal(n.typeLabel, t(TYPE_LABEL[n.node.type]));
          for (let i = 0; i < layout.nodes.length; i++)
            for (let j = i + 1; j < layout.nodes.length; j++)
              assert.ok(!overlap(layout.nodes[i], layout.nodes[j]), `${s.id}: ${layout.nodes[i].node.id} overlaps ${layout.nodes[j].node.id}`);
          for (const e of layout.edges)
            for (const n of layout.nodes) assert.ok(!overlap(e.label!, n), `${s.id}: label of ${e.edge.from}->${e.edge.to} overlaps ${n.node.id}`);
        }
    });
  }
});
