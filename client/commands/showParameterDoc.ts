// "UC Config: Show Parameter Documentation": the catalog entry of one jabber-config parameter and
// the MRA rows that name it. Called with a name from the MRA table's links, or from the palette.
import * as vscode from 'vscode';
import { translator } from '../l10n';
import { findParameter, localizeParameter, mraRowsForParameter } from '../views/model';
import { createPanel, parameterOverlay, viewData, type Panel } from '../views/panel';
import { parameterDocHtml } from '../views/parameterDocHtml';
import { uiLocale } from './documentKind';

export const SHOW_PARAMETER_DOC = 'ucConfig.showParameterDoc';

let current: Panel | undefined;

export async function showParameterDoc(context: vscode.ExtensionContext, name?: unknown): Promise<void> {
  const data = viewData(context);
  const locale = uiLocale();
  const t = translator(locale);
  const overlay = parameterOverlay(context, locale);
  let wanted = typeof name === 'string' ? name : undefined;
  if (!wanted) {
    const pickItem = await vscode.window.showQuickPick(
      data.parameters.map((p) => ({ label: p.name, description: p.group, detail: overlay?.parameters[p.name]?.description ?? p.description })),
      { placeHolder: t('jabber-config parameter'), matchOnDetail: true },
    );
    wanted = pickItem?.label;
  }
  if (!wanted) return;
  const found = findParameter(data.parameters, wanted);
  const doc = found && localizeParameter(found, overlay);
  const title = `jabber-config: ${doc?.name ?? wanted}`;
  if (!current) {
    current = createPanel('ucConfig.parameterDoc', title, vscode.ViewColumn.Beside);
    current.panel.onDidDispose(() => (current = undefined));
  }
  current.panel.title = title;
  current.panel.webview.html = parameterDocHtml(wanted, doc, mraRowsForParameter(data.mra, doc?.name ?? wanted), { ...current, locale, t });
  current.panel.reveal(undefined, true);
}

export function registerShowParameterDoc(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_PARAMETER_DOC, (name?: unknown) => showParameterDoc(context, name));
}
