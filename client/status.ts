// A status-bar item on UC Config files: what kind of file this is, whether MRA checks are on
// (setting ucConfig.mra), and how many problems the server reported for it. It also sets the
// context key `ucConfig.fileKind`, which the package.json `when` clauses use.
import * as vscode from 'vscode';
import { KIND_LABEL, currentSettings, kindOfDocument } from './commands/documentKind';

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
    const mra = settings.mra === 'on' ? 'MRA on' : 'MRA off';
    item.text = `$(symbol-file) ${KIND_LABEL[kind]} · ${mra} · $(error) ${errors} $(warning) ${warnings}${others ? ` $(info) ${others}` : ''}`;
    const tip = new vscode.MarkdownString(
      `**UC Config** — ${KIND_LABEL[kind]}\n\n` +
        `MRA checks: **${settings.mra}** (setting \`ucConfig.mra\`)\n\n` +
        `Jabber release: ${settings.jabberRelease}\n\n` +
        `${errors} error(s), ${warnings} warning(s), ${others} note(s). Click to see the MRA support table.`,
    );
    item.tooltip = tip;
    item.accessibilityInformation = { label: `UC Config: ${KIND_LABEL[kind]}, ${mra}, ${errors} errors, ${warnings} warnings, ${others} notes` };
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
