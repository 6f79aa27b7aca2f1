// Output formats of `uc-config check`: text for people, JSON for scripts, SARIF 2.1.0 for
// code-scanning uploads.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** A file named on the command line that is none of ours: reported, but not counted as checked. */
  ignored?: boolean;
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
  lines.push(
    summary({
      files: results.filter((r) => !r.ignored).length,
      errors: counts.error,
      warnings: counts.warning,
      information: counts.information,
      hints: counts.hint,
    }),
  );
  return lines.join('\n');
}

export function toJson(results: FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.diagnostics.map((d) => ({ file: r.file, range: d.range, severity: severityName(d), code: d.code, message: d.message, source: d.source })),
  );
  return JSON.stringify(rows, null, 2);
}

const SARIF_LEVEL: Record<SeverityName, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifRule {
  code: string;
  description: string;
  source: string;
  /** The code's default severity (schemas/diagnostics). */
  severity: SeverityName;
}

export interface SarifRun {
  /** The run's root: file URIs are written relative to it under the base id %SRCROOT%. */
  root: string;
  version: string;
  homepage: string;
  /** The page documenting every code, one anchor per code (docs/diagnostics.md). */
  diagnosticsDoc: string;
}

/** A path as a relative URI reference (percent-encoded segments, forward slashes), or undefined outside the root. */
function relativeUri(root: string, file: string): string | undefined {
  const rel = path.relative(root, path.resolve(file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: artifact URIs relative to %SRCROOT% (the run's root,
 * given in originalUriBaseIds), every code as a rule with its description, default level, source and
 * a help link, and each result pointing at its rule by id and index.
 */
export function toSarif(results: FileResult[], rules: SarifRule[], run: SarifRun): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const rootUri = pathToFileURL(path.resolve(run.root)).toString().replace(/\/?$/, '/');
  const sarifResults = results.flatMap((r) => {
    const rel = relativeUri(run.root, r.file);
    const artifactLocation = rel !== undefined ? { uri: rel, uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(path.resolve(r.file)).toString() };
    return r.diagnostics.map((d) => ({
      ruleId: String(d.code),
      ...(ruleIndex.has(String(d.code)) ? { ruleIndex: ruleIndex.get(String(d.code)) } : {}),
      level: SARIF_LEVEL[severityName(d)],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    }));
  });
  const driver = {
    name: 'uc-config',
    version: run.version,
    semanticVersion: run.version,
    informationUri: run.homepage,
    rules: rules.map((r) => {
      const helpUri = `${run.diagnosticsDoc}#${r.code}`;
      return {
        id: r.code,
        shortDescription: { text: firstSentence(r.description) },
        fullDescription: { text: r.description },
        helpUri,
        help: { text: `${r.description}\nSource: ${r.source}\n${helpUri}`, markdown: `${r.description}\n\nSource: ${r.source}\n\n[${r.code}](${helpUri})` },
        defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
        properties: { source: r.source },
      };
    }),
  };
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver }, originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } }, results: sarifResults, columnKind: 'utf16CodeUnits' }],
    },
    null,
    2,
  );
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1] : text;
}
