// Builds every Diagnostic from the code catalog, so message, default severity and tags live in
// schemas/diagnostics/*.json and a code can be re-graded or silenced by the user in one place.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { SeverityName } from '../../shared/settings';
import type { ServiceContext } from './types';

export const DIAGNOSTIC_SOURCE = 'uc-config';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticExtras {
  data?: unknown;
  relatedInformation?: DiagnosticRelatedInformation[];
  /** A message that replaces the template (rules whose text lives in their own data file). */
  message?: string;
}

/** Fills {placeholders} from args; unknown placeholders become empty. */
export function fillTemplate(template: string, args: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (args[k] === undefined ? '' : String(args[k])));
}

export function makeDiagnostic(
  ctx: ServiceContext,
  code: string,
  range: Range,
  args: Record<string, string | number | undefined> = {},
  extras: DiagnosticExtras = {},
): Diagnostic {
  const spec = ctx.catalogs.diagnostics.get(code);
  if (!spec) throw new Error(`Diagnostic code '${code}' is not declared in schemas/diagnostics/`);
  const template = (ctx.locale !== 'en' && spec.message[ctx.locale]) || spec.message.en;
  const d: Diagnostic = {
    range,
    severity: SEVERITY[spec.severity],
    code,
    source: DIAGNOSTIC_SOURCE,
    message: extras.message ?? fillTemplate(template, args),
  };
  if (spec.tags?.length) d.tags = spec.tags.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  if (extras.data !== undefined) d.data = extras.data;
  if (extras.relatedInformation) d.relatedInformation = extras.relatedInformation;
  return d;
}

/** Applies the user's per-code severity overrides (setting ucConfig.severity); 'off' drops the diagnostic. */
export function applySeverityOverrides(diagnostics: Diagnostic[], overrides: Record<string, SeverityName>): Diagnostic[] {
  if (!Object.keys(overrides).length) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const o = typeof d.code === 'string' ? overrides[d.code] : undefined;
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: SEVERITY[o] } : d);
  }
  return out;
}
