// The "MRA: …" CodeLenses come from the language server (server/services/mraLens.ts), shown while
// ucConfig.mra is "on"; clicking one runs ucConfig.showMraTable with the parameter. VS Code asks for
// lenses again only when a document changes, so after the server has read the settings — it pulls
// them through workspace/configuration at start and on every change — the client asks again.
import * as vscode from 'vscode';
import { CodeLensRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';

/** Tells VS Code that the server's lenses may have changed, for every open document the client serves. */
export function refreshCodeLenses(client: LanguageClient): void {
  const feature = client.getFeature(CodeLensRequest.method);
  const emitters = new Set<vscode.EventEmitter<void>>();
  for (const doc of vscode.workspace.textDocuments) {
    const shape = feature.getProvider(doc);
    if (shape) emitters.add(shape.onDidChangeCodeLensEmitter);
  }
  for (const e of emitters) e.fire();
}

/**
 * Language client middleware: once the server has its answer to workspace/configuration (and so the
 * new ucConfig.mra), the lenses are asked for again. The request follows the answer on the same
 * connection, so the server handles it with the new settings.
 */
export function codeLensRefreshMiddleware(client: () => LanguageClient | undefined): Middleware {
  return {
    workspace: {
      configuration: async (params, token, next) => {
        const result = await next(params, token);
        setTimeout(() => {
          const c = client();
          if (c?.isRunning()) refreshCodeLenses(c);
        }, 0);
        return result;
      },
    },
  };
}
