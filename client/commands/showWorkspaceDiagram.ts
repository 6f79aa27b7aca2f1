// "UC Config: Diagram of This Workspace": reads the open and on-disk jabber-config, app-config and
// settings files (by the same globs as the server) and draws what they configure.
import * as vscode from 'vscode';
import { viewData } from '../views/panel';
import { deriveWorkspaceScenario, type WorkspaceFile } from '../views/workspaceDiagram';
import { openDiagram } from './diagramPanel';
import { currentSettings, kindOfDocument, kindOfPath } from './documentKind';

export const SHOW_WORKSPACE_DIAGRAM = 'ucConfig.showWorkspaceDiagram';
const MAX_FILES = 50;

export async function collectWorkspaceFiles(): Promise<WorkspaceFile[]> {
  const s = currentSettings();
  const byUri = new Map<string, WorkspaceFile>();
  // Open documents first: their unsaved text is what the admin is looking at.
  for (const doc of vscode.workspace.textDocuments) {
    const kind = kindOfDocument(doc, s);
    if (kind) byUri.set(doc.uri.toString(), { path: doc.uri.fsPath || doc.uri.path, kind, text: doc.getText() });
  }
  const limit = s.maxFileSizeMB * 1024 * 1024;
  for (const globs of [s.jabberConfigFiles, s.appConfigFiles, s.settingsFiles]) {
    const uris = await vscode.workspace.findFiles(`{${globs.join(',')}}`, '**/node_modules/**', MAX_FILES);
    for (const uri of uris) {
      if (byUri.size >= MAX_FILES || byUri.has(uri.toString())) continue;
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > limit) continue;
      // Read from disk rather than opening a document, which would make the server check every file.
      const kind = kindOfPath(uri.path, s);
      if (kind) byUri.set(uri.toString(), { path: uri.fsPath, kind, text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) });
    }
  }
  return [...byUri.values()];
}

export async function showWorkspaceDiagram(context: vscode.ExtensionContext): Promise<void> {
  const files = await collectWorkspaceFiles();
  const scenario = deriveWorkspaceScenario(files, { mra: currentSettings().mra, mraData: viewData(context).mra });
  await openDiagram(context, scenario, 'ucConfig.workspaceDiagram');
}

export function registerShowWorkspaceDiagram(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_WORKSPACE_DIAGRAM, () => showWorkspaceDiagram(context));
}
