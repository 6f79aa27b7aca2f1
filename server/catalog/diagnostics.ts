// Builds every Diagnostic from the code catalog, so message, default severity and tags live in
// schemas/diagnostics/*.json and a code can be re-graded or silenced by the user in one place.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { SeverityName } from '../../shared/settings';
import { redactUrls } from '../core/secrets';
import type { ServiceContext } from './context';

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

// Templates split once into literal text and placeholder names (odd indexes): a large file builds
// tens of thousands of messages from a few dozen templates.
const compiled = new Map<string, string[]>();

/** Fills {placeholders} from args; unknown placeholders become empty. */
export function fillTemplate(template: string, args: Record<string, string | number | undefined>): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = args[parts[i]];
    out += (v === undefined ? '' : String(v)) + parts[i + 1];
  }
  return out;
}

const TAG = { deprecated: DiagnosticTag.Deprecated, unnecessary: DiagnosticTag.Unnecessary } as const;
// One tags array per code's declaration, shared by its diagnostics (they are serialised, never mutated).
const tagArrays = new WeakMap<readonly string[], DiagnosticTag[]>();
const tagsOf = (names: readonly string[]) => {
  let tags = tagArrays.get(names);
  if (!tags) tagArrays.set(names, (tags = names.map((t) => (t === 'deprecated' ? TAG.deprecated : TAG.unnecessary))));
  return tags;
};

// The related information a rule shares between its diagnostics (every repeat of a parameter points
// at its first occurrence) is redacted once and shared too.
const redacted = new WeakMap<DiagnosticRelatedInformation[], DiagnosticRelatedInformation[]>();
function redactedRelated(related: DiagnosticRelatedInformation[]): DiagnosticRelatedInformation[] {
  let r = redacted.get(related);
  if (!r) redacted.set(related, (r = related.map((x) => ({ ...x, message: redactUrls(x.message) }))));
  return r;
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
    // A password inside a URL (https://user:pw@host) never reaches a message, whichever rule quoted the value.
    message: redactUrls(extras.message ?? fillTemplate(template, args)),
  };
  if (spec.tags?.length) d.tags = tagsOf(spec.tags);
  if (extras.data !== undefined) d.data = extras.data;
  if (extras.relatedInformation) d.relatedInformation = redactedRelated(extras.relatedInformation);
  return d;
}

/** Applies the user's per-code severity overrides (setting ucConfig.severity); 'off' drops the diagnostic. */
export function applySeverityOverrides(diagnostics: Diagnostic[], overrides: Record<string, SeverityName>): Diagnostic[] {
  if (!Object.keys(overrides).length) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const o = overridden(d, overrides);
    if (o) out.push(o);
  }
  return out;
}

/** The diagnostic at the severity the user gave its code, or undefined when the user turned it off. */
function overridden(d: Diagnostic, overrides: Record<string, SeverityName>): Diagnostic | undefined {
  const o = typeof d.code === 'string' ? overrides[d.code] : undefined;
  if (o === 'off') return undefined;
  return o ? { ...d, severity: SEVERITY[o] } : d;
}

/**
 * At most `max` diagnostics (setting ucConfig.maxDiagnostics), the most severe first, then one closing
 * diagnostic at the top of the file saying how many more there are: an editor cannot show 100 000
 * problems usefully, and sending them costs seconds. Linear: one counting pass by severity.
 */
export function capDiagnostics(diagnostics: Diagnostic[], ctx: ServiceContext, dropped = 0): Diagnostic[] {
  const max = ctx.settings.maxDiagnostics;
  if (diagnostics.length + dropped <= max) return diagnostics;
  // Severities are 1 (error) to 4 (hint): find the least severe level kept whole, and how many of the next.
  const bySeverity = [0, 0, 0, 0, 0];
  for (const d of diagnostics) bySeverity[d.severity ?? 1]++;
  let room = max;
  const quota = [0, 0, 0, 0, 0];
  for (let s = 1; s <= 4; s++) {
    quota[s] = Math.min(room, bySeverity[s]);
    room -= quota[s];
  }
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) if (quota[d.severity ?? 1]-- > 0) kept.push(d);
  const more = diagnostics.length + dropped - kept.length;
  kept.push(makeDiagnostic(ctx, 'more-diagnostics', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { count: more, max }));
  return kept;
}

/**
 * capDiagnostics(applySeverityOverrides(all)) gathered step by step, as a validation in steps yields
 * its diagnostics: a diagnostic whose severity already has `max` before it can never be kept, so it is
 * only counted. The cap pass at the end then reads at most 4 × max diagnostics, however many the file
 * gives (a generated file can give hundreds of thousands), and they are never all held at once.
 */
export class CappedDiagnostics {
  private readonly kept: Diagnostic[] = [];
  private readonly perSeverity = [0, 0, 0, 0, 0];
  private dropped = 0;
  private readonly overrides: Record<string, SeverityName>;
  private readonly anyOverride: boolean;

  constructor(private readonly ctx: ServiceContext) {
    this.overrides = ctx.settings.severity;
    this.anyOverride = Object.keys(this.overrides).length > 0;
  }

  add(step: Diagnostic[]): void {
    const max = this.ctx.settings.maxDiagnostics;
    for (const given of step) {
      const d = this.anyOverride ? overridden(given, this.overrides) : given;
      if (!d) continue;
      const s = d.severity ?? 1;
      if (this.perSeverity[s] >= max) this.dropped++;
      else {
        this.perSeverity[s]++;
        this.kept.push(d);
      }
    }
  }

  /** The capped diagnostics, with the closing one when some were left out. */
  result(): Diagnostic[] {
    return capDiagnostics(this.kept, this.ctx, this.dropped);
  }
}

/** One push per diagnostic, not push(...spread): a spread passes every diagnostic as an argument and
 *  overflows the stack once a generated file yields ~100 000 of them. */
export function concatSteps(steps: Iterable<Diagnostic[]>): Diagnostic[] {
  const all: Diagnostic[] = [];
  for (const step of steps) for (const d of step) all.push(d);
  return all;
}
