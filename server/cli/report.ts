// Output formats of `uc-config check`: text for people, JSON for scripts, SARIF 2.1.0 for
// code-scanning uploads.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

type SeverityName = 'error' | 'warning' | 'information' | 'hint';

const SEV: Record<number, SeverityName> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export const severityName = (d: Diagnostic): SeverityName => SEV[d.severity ?? DiagnosticSeverity.Error];

/** The closing count line in the user's language (schemas/l10n/common.json `cli.summary`); English without one. */
export type SummaryText = (counts: { files: number; errors: number; warnings: number; information: number; hints: number }) => string;

const englishSummary: SummaryText = (c) =>
  `${c.files} file${c.files === 1 ? '' : 's'} checked: ${c.errors} error(s), ${c.warnings} warning(s), ${c.information} information, ${c.hints} hint(s).`;

export function toText(results: FileResult[], summary: SummaryText = englishSummary): string {
  const lines: string[] = [];
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    lines.push(r.file);
    for (const d of r.diagnostics) {
      const s = severityName(d);
      counts[s]++;
      lines.push(`  ${d.range.start.line + 1}:${d.range.start.character + 1}  ${s.padEnd(11)} ${d.message}  ${d.code}`);
    }
    lines.push('');
  }
  lines.push(summary({ files: results.length, errors: counts.error, warnings: counts.warning, information: counts.information, hints: counts.hint }));
  return lines.join('\n');
}

export function toJson(results: FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.diagnostics.map((d) => ({ file: r.file, range: d.range, severity: severityName(d), code: d.code, message: d.message, source: d.source })),
  );
  return JSON.stringify(rows, null, 2);
}

const SARIF_LEVEL: Record<SeverityName, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: FileResult[], rules: { code: string; description: string; source: string }[]): string {
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: String(d.code),
      level: SARIF_LEVEL[severityName(d)],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.file.replace(/\\/g, '/') },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const driver = {
    name: 'uc-config',
    version: '0.2.0',
    rules: rules.map((r) => ({ id: r.code, shortDescription: { text: r.description }, help: { text: `Source: ${r.source}` } })),
  };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver }, results: sarifResults }] }, null, 2);
}
