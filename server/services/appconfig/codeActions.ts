// Quick fixes. Validation already knows the fix for each problem (it has the catalog facts at hand)
// and stores it in the diagnostic's data; this turns them into CodeActions. The diagnostics a client
// sends are first mapped to the ones the current text gives (services/currentDiagnostics.ts): a fix
// computed for an older text is never applied to a newer one, and a client that drops diagnostic data
// still gets the fixes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { currentDiagnostics } from '../currentDiagnostics';
import type { ServiceContext } from '../types';
import type { Fix } from './edits';
import { validateAppConfig } from './validate';

function fixesOf(d: Diagnostic): Fix[] | undefined {
  const data = d.data as { fixes?: Fix[] } | undefined;
  return Array.isArray(data?.fixes) ? data!.fixes : undefined;
}

export function appConfigCodeActions(doc: TextDocument, _range: Range, incoming: Diagnostic[], ctx: ServiceContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of currentDiagnostics(doc, incoming, () => validateAppConfig(doc, ctx))) {
    for (const f of fixesOf(d) ?? []) {
      actions.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: f.preferred, edit: { changes: { [doc.uri]: f.edits } } });
    }
  }
  return actions;
}
