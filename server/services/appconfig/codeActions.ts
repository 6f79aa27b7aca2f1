// Quick fixes. Validation already knows the fix for each problem (it has the catalog facts at hand)
// and stores it in the diagnostic's data; this turns them into CodeActions. A client that drops
// diagnostic data still gets the fixes: the document is validated again and matched by code and range.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ServiceContext } from '../types';
import type { Fix } from './edits';
import { validateAppConfig } from './validate';

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function fixesOf(d: Diagnostic): Fix[] | undefined {
  const data = d.data as { fixes?: Fix[] } | undefined;
  return Array.isArray(data?.fixes) ? data!.fixes : undefined;
}

export function appConfigCodeActions(doc: TextDocument, _range: Range, diagnostics: Diagnostic[], ctx: ServiceContext): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === 'uc-config' || d.source === undefined);
  let fresh: Diagnostic[] | undefined;
  const actions: CodeAction[] = [];
  for (const d of ours) {
    let fixes = fixesOf(d);
    if (!fixes) {
      fresh ??= validateAppConfig(doc, ctx);
      fixes = fixesOf(fresh.find((f) => f.code === d.code && sameRange(f.range, d.range)) ?? d);
    }
    for (const f of fixes ?? []) {
      actions.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: f.preferred, edit: { changes: { [doc.uri]: f.edits } } });
    }
  }
  return actions;
}
