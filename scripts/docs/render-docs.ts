// The generated parts of docs/: docs/diagnostics.md (every code of schemas/diagnostics/*.json) and the
// rule tables at the end of docs/settings-format.md (every rule of schemas/uc-settings-rules.json, by the
// document it comes from). Pure functions of the data, shared by scripts/generate-diagnostics-doc.mjs
// (`npm run docs` writes them) and test/unit/docs-generated.test.ts (fails when a file is stale).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { citationMarkdown, citationsOf, type RawSource, type SourceRef, type SourceTable } from '../../shared/sources';

// (__filename, not __dirname: tsx gives a module loaded from an .mjs script only the former.)
const root = path.resolve(path.dirname(__filename), '../..');
const readJson = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as T;

export const DIAGNOSTICS_DOC = 'docs/diagnostics.md';
export const SETTINGS_FORMAT_DOC = 'docs/settings-format.md';

/** A table cell: one line, no column breaks. */
const cell = (s: unknown) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

function cite(raw: RawSource, sources: SourceTable): string {
  return citationsOf(raw, sources, 'en')
    .map((c) => citationMarkdown(c, 'en'))
    .join(' · ');
}

interface DiagnosticsFile {
  family: string;
  codes: { code: string; severity: string; description?: string; source?: RawSource }[];
}

/** docs/diagnostics.md: every code, its default severity, what it means and the documents it comes from. */
export function diagnosticsDoc(): string {
  const sources = readJson<SourceTable>('schemas/sources.json');
  const lines = [
    '# Diagnostic codes',
    '',
    'Every code UC Config reports. Codes are stable: silence or re-grade one with the setting `ucConfig.severity` (e.g. `{ "mra-unsupported": "off" }`) or the CLI flag `--severity code=level`. Generated from `schemas/diagnostics/` by `npm run docs`.',
    '',
  ];
  const dir = path.join(root, 'schemas/diagnostics');
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const data = readJson<DiagnosticsFile>(`schemas/diagnostics/${f}`);
    lines.push(`## ${data.family}`, '', '| code | default | why it matters | source |', '|---|---|---|---|');
    for (const c of data.codes) {
      lines.push(`| <a id="${c.code}"></a>\`${c.code}\` | ${c.severity} | ${cell(c.description)} | ${cell(cite(c.source, sources))} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

interface SettingsRule {
  code: string;
  severity: string;
  paths: string[];
  confidence: 'stated' | 'derived';
  fix?: unknown;
  source: SourceRef;
}

// The generated rule tables sit between these lines; Prettier leaves them as written.
const START = '<!-- prettier-ignore-start -->\n<!-- The tables below are generated from schemas/uc-settings-rules.json by `npm run docs`. -->';
const END = '<!-- prettier-ignore-end -->';

/** The rule tables: one per document, each rule with its severity, the settings it concerns and the section it rests on. */
export function settingsRuleTables(): string {
  const sources = readJson<SourceTable>('schemas/sources.json');
  const { rules } = readJson<{ rules: SettingsRule[] }>('schemas/uc-settings-rules.json');
  const byDocument = new Map<string, SettingsRule[]>();
  for (const r of rules) {
    const doc = citationMarkdown({ ...citationsOf({ file: r.source.file }, sources, 'en')[0], section: undefined }, 'en');
    byDocument.set(doc, [...(byDocument.get(doc) ?? []), r]);
  }
  const lines = [START, ''];
  lines.push(
    `${rules.length} rules, by the document each comes from. "(fix)": a quick fix exists; "(derived)": the constraint follows from several statements of the document.`,
    '',
  );
  for (const [doc, list] of byDocument) {
    lines.push(`### ${doc} — ${list.length} rules`, '', '| Code | Severity | Settings | Section |', '|---|---|---|---|');
    for (const r of list) {
      const severity = `${r.severity}${r.fix ? ' (fix)' : ''}${r.confidence === 'derived' ? ' (derived)' : ''}`;
      const c = citationsOf(r.source, sources, 'en')[0];
      const section = c.section ? (c.lang === 'en' ? c.section : `“${c.section}”`) : '';
      lines.push(`| \`${r.code}\` | ${severity} | ${r.paths.map((p) => `\`${p}\``).join('<br>')} | ${cell(section)} |`);
    }
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

/** docs/settings-format.md with its rule tables as the data has them (the rest of the text as it is). */
export function settingsFormatDoc(current: string): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`${SETTINGS_FORMAT_DOC} has no generated rule tables (the lines "${START.split('\n')[1]}" … "${END}")`);
  return current.slice(0, start) + settingsRuleTables() + current.slice(end + END.length);
}
