// Problems found by an artifact reader or a per-file rule (offsets + a diagnostic code) → LSP
// diagnostics, with message and severity from schemas/diagnostics/*.json. Shared by the
// certificate, DNS and allow-list services (and open to the other artifact readers).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ArtifactProblem } from '../formats/artifact';
import { makeDiagnostic } from './diagnostics';
import type { ServiceContext } from './types';

/** Diagnostics per file at most: a generated file with a million bad lines stays responsive. */
export const MAX_ARTIFACT_DIAGNOSTICS = 1000;

export function problemDiagnostics(doc: TextDocument, problems: ArtifactProblem[], ctx: ServiceContext): Diagnostic[] {
  const length = doc.getText().length;
  return problems.slice(0, MAX_ARTIFACT_DIAGNOSTICS).map((p) => {
    const start = Math.min(p.start, length);
    const end = Math.min(Math.max(p.end, start), length);
    return makeDiagnostic(ctx, p.code, { start: doc.positionAt(start), end: doc.positionAt(end) }, p.args ?? {});
  });
}

/** A guarded entry point: a bug in one feature returns the fallback rather than breaking the editor. */
export function guarded<A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (err) {
      console.error(`${name} failed:`, err instanceof Error ? err.message : 'error');
      return fallback;
    }
  };
}
