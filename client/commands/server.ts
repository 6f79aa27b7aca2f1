// The commands about the language server itself, as vscode-xml and rust-analyzer offer them:
// Restart Server, Show Output, and Re-validate Workspace (read the files on disk again and check every
// open document, for when files changed outside any watcher's reach, e.g. on a network share).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVALIDATE_WORKSPACE, type RevalidateWorkspaceResult } from '../../shared/requests';
import { uiT } from '../l10n';

export const RESTART_SERVER = 'ucConfig.restartServer';
export const SHOW_OUTPUT = 'ucConfig.showOutput';
export const REVALIDATE = 'ucConfig.revalidateWorkspace';

export function registerServerCommands(client: () => LanguageClient | undefined, restart: () => Promise<void>): vscode.Disposable {
  const notRunning = () => {
    const t = uiT();
    void vscode.window.showWarningMessage(t('UC Config: the language server is not running. See the "UC Config" output.'));
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(RESTART_SERVER, async () => {
      await restart();
    }),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => {
      const c = client();
      if (c) c.outputChannel.show(true);
      else notRunning();
    }),
    vscode.commands.registerCommand(REVALIDATE, async (): Promise<RevalidateWorkspaceResult | undefined> => {
      const c = client();
      if (!c?.isRunning()) {
        notRunning();
        return undefined;
      }
      const result = await c.sendRequest<RevalidateWorkspaceResult>(REVALIDATE_WORKSPACE, {});
      const t = uiT();
      vscode.window.setStatusBarMessage(t('UC Config: re-read {0} file(s) and re-checked the open ones.', result.filesOnDisk), 4000);
      return result;
    }),
  );
}
