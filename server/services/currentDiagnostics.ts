// A code action is computed against the document version it will be applied to. The diagnostics a
// client sends with a code-action request can be one or more edits old (the user typed on before the
// new diagnostics arrived), and a fix carried in an old diagnostic's data would then overwrite other
// text. So every format first maps the diagnostics it is given to the ones the current text yields
// (same code, same range): a diagnostic the current text no longer gives offers no fix; one it still
// gives offers the fix computed for the current text.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../catalog/diagnostics';

interface Known {
  version: number;
  length: number;
  byKey: Map<string, Diagnostic>;
}

// Per document object (a closed and reopened document is a new object, so a reused version number
// cannot bring back another text's diagnostics); the version and length guard edits made in place.
const known = new WeakMap<TextDocument, Known>();

const keyOf = (code: Diagnostic['code'], r: Range) => `${String(code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Records the diagnostics validation produced for the document's current text (the server calls it when it publishes them). */
export function rememberDiagnostics(doc: TextDocument, diagnostics: Diagnostic[]): void {
  const byKey = new Map<string, Diagnostic>();
  for (const d of diagnostics) if (d.source === DIAGNOSTIC_SOURCE) byKey.set(keyOf(d.code, d.range), d);
  known.set(doc, { version: doc.version, length: doc.getText().length, byKey });
}

/**
 * The diagnostics of `incoming` that the current text still gives, each as the current text gives it
 * (with the current fix data). `validate` is called only when this version's diagnostics are not known yet.
 */
export function currentDiagnostics(doc: TextDocument, incoming: Diagnostic[], validate: () => Diagnostic[]): Diagnostic[] {
  const ours = incoming.filter((d) => d.source === DIAGNOSTIC_SOURCE || d.source === undefined);
  if (!ours.length) return [];
  let k = known.get(doc);
  if (!k || k.version !== doc.version || k.length !== doc.getText().length) {
    rememberDiagnostics(doc, validate());
    k = known.get(doc)!;
  }
  const out: Diagnostic[] = [];
  for (const d of ours) {
    const fresh = k.byKey.get(keyOf(d.code, d.range));
    if (fresh) out.push(fresh);
  }
  return out;
}
