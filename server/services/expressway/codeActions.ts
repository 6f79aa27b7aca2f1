// Quick fixes on artifacts. In a dump the file is a record of what the box holds, so the fix is the
// command to type on that Expressway: the action copies it (client command ucConfig.copyText). In a
// file of typed set commands the value itself is edited.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { messagesOf } from '../../catalog/messages';
import type { ServiceContext } from '../types';
import type { ArtifactFixData } from './validate';

export const COPY_TEXT_COMMAND = 'ucConfig.copyText';

export function artifactCodeActions(doc: TextDocument, _range: Range, diagnostics: Diagnostic[], ctx: ServiceContext): CodeAction[] {
  const M = messagesOf(ctx, 'expressway');
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.data as ArtifactFixData | undefined;
    if (!data || typeof data.command !== 'string') continue;
    if (data.edit) {
      out.push({
        title: M.t('fix.setValue', { value: data.edit.newText }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [data.edit] } },
      });
    } else {
      const title = M.t('fix.copyCommand', { box: data.box ? M.t(`box.${data.box}`) : 'Expressway', command: data.command });
      out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: COPY_TEXT_COMMAND, arguments: [data.command] } });
    }
  }
  return out;
}
