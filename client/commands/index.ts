// Every UC Config command, registered in one call from client/extension.ts. Each command lives in
// its own file; this list is the only place that names them all.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerGenerateSettingsFromArtifacts } from './generateSettingsFromArtifacts';
import { registerInsertEmmParameter } from './insertEmmParameter';
import { registerShowDeploymentDiagram } from './showDeploymentDiagram';
import { registerShowMraTable } from './showMraTable';
import { registerShowParameterDoc } from './showParameterDoc';
import { registerShowWorkspaceDiagram } from './showWorkspaceDiagram';

export { SHOW_MRA_TABLE } from './showMraTable';
export { SHOW_DEPLOYMENT_DIAGRAM } from './showDeploymentDiagram';
export { SHOW_WORKSPACE_DIAGRAM } from './showWorkspaceDiagram';
export { SHOW_PARAMETER_DOC } from './showParameterDoc';

/**
 * `client` returns the running language client (a new one after a restart). The MRA table, the
 * parameter documentation and the seed diagrams work from schemas/ alone, so they stay usable while
 * the server starts; the workspace diagram and "Insert EMM Parameter…" ask the server.
 */
export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    registerShowMraTable(context),
    registerShowDeploymentDiagram(context),
    registerShowWorkspaceDiagram(context, client),
    registerShowParameterDoc(context),
    registerInsertEmmParameter(client),
    registerGenerateSettingsFromArtifacts(client),
  );
}
