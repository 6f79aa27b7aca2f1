// Quick fixes: the edits were computed at validation time and travel in Diagnostic.data, so the
// fix always matches the text the diagnostic was made from.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ServiceContext } from '../types';
import type { SettingsDiagnosticData } from './validate';

export function settingsCodeActions(doc: TextDocument, _range: Range, diagnostics: Diagnostic[], _ctx: ServiceContext): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.data as SettingsDiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: data!.fixes.length === 1, edit: { changes: { [doc.uri]: fix.edits } } });
    }
  }
  return out;
}
