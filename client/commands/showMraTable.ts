// "UC Config: Show MRA Support Table": every row of seed 000's 표 1 with filters, parameter links
// and copy as Markdown / CSV. An optional argument pre-fills the filter, so a hover can link here
// with command:ucConfig.showMraTable?["DirectoryServerType"].
import * as vscode from 'vscode';
import { translator } from '../l10n';
import { mraTableCsv, mraTableHtml, mraTableMarkdown } from '../views/mraTableHtml';
import { createPanel, parseMessage, viewData, type Panel } from '../views/panel';
import { uiLocale } from './documentKind';
import { SHOW_PARAMETER_DOC } from './showParameterDoc';

export const SHOW_MRA_TABLE = 'ucConfig.showMraTable';

let current: Panel | undefined;

export function showMraTable(context: vscode.ExtensionContext, query?: unknown): void {
  const data = viewData(context);
  const initialQuery = typeof query === 'string' ? query : undefined;
  const locale = uiLocale();
  const t = translator(locale);
  if (current) {
    // Re-rendering with a new query is cheap and keeps one panel per window.
    if (initialQuery !== undefined) {
      current.panel.webview.html = mraTableHtml(data.mra, { ...current, initialQuery, locale, t });
      current.panel.title = t('MRA Support Table');
    }
    current.panel.reveal();
    return;
  }
  const p = createPanel('ucConfig.mraTable', t('MRA Support Table'));
  current = p;
  p.panel.webview.html = mraTableHtml(data.mra, { cspSource: p.cspSource, nonce: p.nonce, initialQuery, locale, t });
  p.panel.webview.onDidReceiveMessage(
    async (raw) => {
      const m = parseMessage(raw);
      if (!m) return;
      if (m.type === 'openParameter') await vscode.commands.executeCommand(SHOW_PARAMETER_DOC, m.name);
      else if (m.type === 'copy') {
        const text = m.format === 'markdown' ? mraTableMarkdown(data.mra, m.ids, locale, t) : mraTableCsv(data.mra, m.ids, locale);
        await vscode.env.clipboard.writeText(text);
        void vscode.window.showInformationMessage(
          m.format === 'markdown' ? t('Copied {0} MRA rows as Markdown.', m.ids.length) : t('Copied {0} MRA rows as CSV.', m.ids.length),
        );
      }
    },
    undefined,
    context.subscriptions,
  );
  p.panel.onDidDispose(() => (current = undefined), undefined, context.subscriptions);
}

export function registerShowMraTable(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_MRA_TABLE, (query?: unknown) => showMraTable(context, query));
}
