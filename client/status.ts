// A status-bar item on UC Config files: what kind of file this is, whether MRA checks are on
// (setting ucConfig.mra), and how many problems the server reported for it. It also sets the
// context key `ucConfig.fileKind`, which the package.json `when` clauses use.
import * as vscode from 'vscode';
import type { DocumentKind } from '../shared/documentKind';
import { currentSettings, kindOfDocument } from './commands/documentKind';
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

export function createStatusItem(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('ucConfig.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'UC Config';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const settings = currentSettings();
    const kind = editor ? kindOfDocument(editor.document, settings) : undefined;
    void vscode.commands.executeCommand('setContext', 'ucConfig.fileKind', kind ?? '');
    if (!editor || !kind) {
      item.hide();
      return;
    }
    // Only our own findings: another XML or YAML extension may report on the same file.
    const diags = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'uc-config');
    const count = (s: vscode.DiagnosticSeverity) => diags.filter((d) => d.severity === s).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const others = diags.length - errors - warnings;
    const t = uiT();
    const label = kindLabel(kind, t);
    const mra = settings.mra === 'on' ? t('MRA on') : t('MRA off');
    item.text = `$(symbol-file) ${label} · ${mra} · $(error) ${errors} $(warning) ${warnings}${others ? ` $(info) ${others}` : ''}`;
    const tip = new vscode.MarkdownString(
      `**UC Config** — ${label}\n\n` +
        t('MRA checks: **{0}** (setting `ucConfig.mra`)', settings.mra) + '\n\n' +
        t('Jabber release: {0}', settings.jabberRelease) + '\n\n' +
        t('{0} error(s), {1} warning(s), {2} note(s). Click to see the MRA support table.', errors, warnings, others),
    );
    item.tooltip = tip;
    item.accessibilityInformation = { label: t('UC Config: {0}, {1}, {2} errors, {3} warnings, {4} notes', label, mra, errors, warnings, others) };
    item.command = 'ucConfig.showMraTable';
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('ucConfig')) update();
    }),
  );
  update();
  return item;
}
