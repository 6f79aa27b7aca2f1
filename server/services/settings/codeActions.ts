// Quick fixes: the edits were computed at validation time and travel in Diagnostic.data. The
// diagnostics a client sends are first mapped to the ones the current text gives
// (services/currentDiagnostics.ts), so a fix computed for an older text is never applied to a newer one.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { currentDiagnostics } from '../currentDiagnostics';
import type { ServiceContext } from '../types';
import { validateSettings, type SettingsDiagnosticData } from './validate';

export function settingsCodeActions(doc: TextDocument, _range: Range, incoming: Diagnostic[], ctx: ServiceContext): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of currentDiagnostics(doc, incoming, () => validateSettings(doc, ctx))) {
    const data = d.data as SettingsDiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: data!.fixes.length === 1,
        edit: { changes: { [doc.uri]: fix.edits } },
      });
    }
  }
  return out;
}
