// "UC Config: Diagram of This Workspace": the language server reads the open and on-disk
// jabber-config, app-config and settings files (by the same globs it checks them with) and answers
// with the scenario they describe; this command draws it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { uiT } from '../l10n';
import { WORKSPACE_SCENARIO, type WorkspaceScenarioResult } from '../../shared/requests';
import { openDiagram } from './diagramPanel';

export const SHOW_WORKSPACE_DIAGRAM = 'ucConfig.showWorkspaceDiagram';

export async function showWorkspaceDiagram(context: vscode.ExtensionContext, client: LanguageClient | undefined): Promise<void> {
  const scenario = client?.isRunning() ? await client.sendRequest<WorkspaceScenarioResult | null>(WORKSPACE_SCENARIO, {}) : null;
  if (!scenario) {
    const t = uiT();
    void vscode.window.showWarningMessage(t('UC Config: the language server is not running, so the workspace cannot be read. See the "UC Config" output.'));
    return;
  }
  await openDiagram(context, scenario, 'ucConfig.workspaceDiagram');
}

export function registerShowWorkspaceDiagram(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_WORKSPACE_DIAGRAM, () => showWorkspaceDiagram(context, client()));
}
