// Writes docs/diagnostics.md from schemas/diagnostics/*.json: every code, its default severity,
// what it means and where it comes from (the documents of schemas/sources.json, by title and link).
// Run after adding a code (npm run docs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { citationMarkdown, citationsOf } from '../shared/sources.ts';

const sources = JSON.parse(readFileSync(new URL('../schemas/sources.json', import.meta.url), 'utf8'));
const cite = (raw) =>
  citationsOf(raw, sources, 'en')
    .map((c) => citationMarkdown(c, 'en'))
    .join(' · ');

const dir = new URL('../schemas/diagnostics/', import.meta.url);
const lines = [
  '# Diagnostic codes',
  '',
  'Every code UC Config reports. Codes are stable: silence or re-grade one with the setting `ucConfig.severity` (e.g. `{ "mra-unsupported": "off" }`) or the CLI flag `--severity code=level`. Generated from `schemas/diagnostics/` by `npm run docs`.',
  '',
];
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
  lines.push(`## ${data.family}`, '', '| code | default | why it matters | source |', '|---|---|---|---|');
  for (const c of data.codes) {
    const cell = (s) =>
      String(s ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\n/g, ' ');
    lines.push(`| <a id="${c.code}"></a>\`${c.code}\` | ${c.severity} | ${cell(c.description)} | ${cell(cite(c.source))} |`);
  }
  lines.push('');
}
writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), lines.join('\n'));
console.log('wrote docs/diagnostics.md');
