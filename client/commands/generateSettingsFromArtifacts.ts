// "UC Config: Settings File from Expressway Artifacts": asks the server for the settings YAML that the
// active file's folder (its xConfiguration dumps, status, certificates) describes and opens it as a new
// YAML document beside them, for the admin to review and save.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { uiT } from '../l10n';
import { SETTINGS_FROM_ARTIFACTS, type SettingsFromArtifactsResult } from '../../shared/requests';

export const GENERATE_SETTINGS_FROM_ARTIFACTS = 'ucConfig.generateSettingsFromArtifacts';

export async function generateSettingsFromArtifacts(client: LanguageClient | undefined, target?: vscode.Uri): Promise<void> {
  const t = uiT();
  const uri = target ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(t('UC Config: open an Expressway xConfiguration dump first; its folder is the deployment.'));
    return;
  }
  const result = client?.isRunning()
    ? await client.sendRequest<SettingsFromArtifactsResult | null>(SETTINGS_FROM_ARTIFACTS, { textDocument: { uri: uri.toString() } })
    : null;
  if (!result) {
    void vscode.window.showWarningMessage(t('UC Config: the language server is not running, so the workspace cannot be read. See the "UC Config" output.'));
    return;
  }
  if (!result.text) {
    void vscode.window.showInformationMessage(t('UC Config: this folder holds no Expressway xConfiguration dump, status or certificate.'));
    return;
  }
  const target_ = vscode.Uri.joinPath(uri, '..', result.fileName).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(target_);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), result.text));
}

/** Copies a command a quick fix offers (the xConfiguration line to type on an Expressway). */
export const COPY_TEXT = 'ucConfig.copyText';

export function registerGenerateSettingsFromArtifacts(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(GENERATE_SETTINGS_FROM_ARTIFACTS, (target?: vscode.Uri) => generateSettingsFromArtifacts(client(), target)),
    vscode.commands.registerCommand(COPY_TEXT, async (text: unknown) => {
      if (typeof text !== 'string') return;
      await vscode.env.clipboard.writeText(text);
      const t = uiT();
      void vscode.window.setStatusBarMessage(t('UC Config: copied {0}', text), 4000);
    }),
  );
}
