// The language status item on UC Config files (vscode.languages.createLanguageStatusItem, as VS Code's
// JSON and TypeScript support do): what kind of file this is, whether MRA checks are on (ucConfig.mra)
// and which Jabber release is checked (ucConfig.jabberRelease), both as they apply to this file's
// folder. Problem counts are the Problems view's job. It also sets the context key `ucConfig.fileKind`,
// which the package.json `when` clauses use.
import * as vscode from 'vscode';
import type { DocumentKind } from '../shared/documentKind';
import { allPatterns, currentSettings, documentSelector, kindOfDocument } from './commands/documentKind';
import { uiT } from './l10n';
import type { Translate } from './views/l10n';

function kindLabel(kind: DocumentKind, t: Translate): string {
  const labels: Record<DocumentKind, string> = {
    'jabber-config': t('Jabber config'),
    'app-config': t('EMM app config'),
    'uc-settings': t('UC settings'),
    certificate: t('Certificate'),
    dns: t('DNS records'),
    'allow-list': t('HTTP allow list'),
    'expressway-xconfiguration': t('Expressway configuration'),
    'expressway-xstatus': t('Expressway status'),
  };
  return labels[kind];
}

/** What the item shows for the active editor, kept for the integration tests. */
export interface LanguageStatusView {
  item: vscode.LanguageStatusItem;
  kind: DocumentKind | undefined;
}

export function createStatusItem(context: vscode.ExtensionContext): LanguageStatusView {
  const item = vscode.languages.createLanguageStatusItem('ucConfig.status', documentSelector(allPatterns()));
  item.name = 'UC Config';
  const view: LanguageStatusView = { item, kind: undefined };

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    // The settings of the file's own folder: MRA mode and release may differ per workspace folder.
    const settings = currentSettings(editor?.document.uri);
    item.selector = documentSelector(allPatterns());
    const kind = editor ? kindOfDocument(editor.document, settings) : undefined;
    view.kind = kind;
    void vscode.commands.executeCommand('setContext', 'ucConfig.fileKind', kind ?? '');
    if (!kind) return;
    const t = uiT();
    const label = kindLabel(kind, t);
    const mra = settings.mra === 'on' ? t('MRA on') : t('MRA off');
    item.text = `$(symbol-file) ${label}`;
    item.detail = `${mra} · ${t('Jabber release: {0}', settings.jabberRelease)}`;
    item.accessibilityInformation = { label: `UC Config: ${label}, ${mra}, ${t('Jabber release: {0}', settings.jabberRelease)}` };
    item.command = { command: 'ucConfig.showMraTable', title: t('MRA Support Table') };
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('ucConfig')) update();
    }),
  );
  update();
  return view;
}
