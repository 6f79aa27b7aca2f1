// Every UC Config command (and the MRA CodeLens that invokes one), registered in one call from client/extension.ts. Each command lives in
// its own file; this list is the only place that names them all.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerInsertEmmParameter } from './insertEmmParameter';
import { registerMraCodeLens } from './mraCodeLens';
import { registerShowDeploymentDiagram } from './showDeploymentDiagram';
import { registerShowMraTable } from './showMraTable';
import { registerShowParameterDoc } from './showParameterDoc';
import { registerShowWorkspaceDiagram } from './showWorkspaceDiagram';

export { SHOW_MRA_TABLE } from './showMraTable';
export { SHOW_DEPLOYMENT_DIAGRAM } from './showDeploymentDiagram';
export { SHOW_WORKSPACE_DIAGRAM } from './showWorkspaceDiagram';
export { SHOW_PARAMETER_DOC } from './showParameterDoc';

/**
 * `client` is accepted so commands that need the server can use it; the current ones work from
 * schemas/ and the workspace files alone, which keeps them usable while the server is starting.
 */
export function registerCommands(context: vscode.ExtensionContext, client?: LanguageClient): void {
  void client;
  context.subscriptions.push(
    registerShowMraTable(context),
    registerShowDeploymentDiagram(context),
    registerShowWorkspaceDiagram(context),
    registerShowParameterDoc(context),
    registerMraCodeLens(context),
    registerInsertEmmParameter(context),
  );
}
