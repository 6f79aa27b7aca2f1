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
  diagnostics: Diagnostic[];
  /** Built on the first code action that needs it, not on every validation. */
  byKey?: Map<string, Diagnostic>;
}

// Per document object (a closed and reopened document is a new object, so a reused version number
// cannot bring back another text's diagnostics); the version and length guard edits made in place.
const known = new WeakMap<TextDocument, Known>();
// Documents whose diagnostics reach the client only through the server's publishing (rememberDiagnostics).
// For them a version not published yet has no diagnostics a client could hold. A small one is validated
// inside the request (a few milliseconds), so a quick fix is offered at once after typing and undoing;
// a larger one is answered with nothing until its diagnostics are published (the client then asks
// again), rather than blocking the server for a whole validation.
const published = new WeakSet<TextDocument>();
const VALIDATE_IN_REQUEST_MAX = 32 * 1024;

const keyOf = (code: Diagnostic['code'], r: Range) => `${String(code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Records the diagnostics the server publishes for the document's current text (handlers/validation.ts). */
export function rememberDiagnostics(doc: TextDocument, diagnostics: Diagnostic[]): void {
  published.add(doc);
  known.set(doc, { version: doc.version, length: doc.getText().length, diagnostics });
}

/** Records what a format's validate gave for the current text, so a code action right after it does not validate again. Returns them. */
export function noteValidated(doc: TextDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!published.has(doc)) known.set(doc, { version: doc.version, length: doc.getText().length, diagnostics });
  return diagnostics;
}

/**
 * The diagnostics of `incoming` that the current text still gives, each as the current text gives it
 * (with the current fix data). `validate` is called only when this version's diagnostics are not known
 * and the server does not publish them (the CLI, tests, a document it has not validated yet).
 */
export function currentDiagnostics(doc: TextDocument, incoming: Diagnostic[], validate: () => Diagnostic[]): Diagnostic[] {
  const ours = incoming.filter((d) => d.source === DIAGNOSTIC_SOURCE || d.source === undefined);
  if (!ours.length) return [];
  let k = known.get(doc);
  if (!k || k.version !== doc.version || k.length !== doc.getText().length) {
    if (published.has(doc) && doc.getText().length > VALIDATE_IN_REQUEST_MAX) return [];
    known.set(doc, (k = { version: doc.version, length: doc.getText().length, diagnostics: validate() }));
  }
  if (!k.byKey) {
    k.byKey = new Map();
    for (const d of k.diagnostics) if (d.source === DIAGNOSTIC_SOURCE) k.byKey.set(keyOf(d.code, d.range), d);
  }
  const out: Diagnostic[] = [];
  for (const d of ours) {
    const fresh = k.byKey.get(keyOf(d.code, d.range));
    if (fresh) out.push(fresh);
  }
  return out;
}
