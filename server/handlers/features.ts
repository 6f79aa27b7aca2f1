// LSP requests → the format's service. One line each; the logic lives in services/.
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormatService, ServiceContext } from '../services/types';
import { safeWhenReady } from './safe';

export interface Lookup {
  documents: TextDocuments<TextDocument>;
  serviceFor(doc: TextDocument): FormatService | undefined;
  /** The context for a request; the document is optional (workspace-wide requests have none). */
  context(doc?: TextDocument): ServiceContext;
  /** Waits for the parses a request on the document reads (handlers/parsing.ts); undefined when there is nothing to wait for. */
  ready(doc?: TextDocument): Promise<void> | undefined;
}

export function registerFeatureHandlers(connection: Connection, l: Lookup): void {
  /** Answers f for an open document of ours, once its parse is ready (in steps when it is large); otherwise the fallback. */
  const withDoc = <T>(what: string, uri: string, token: CancellationToken, fallback: T, f: (doc: TextDocument, svc: FormatService, ctx: ServiceContext) => T) =>
    safeWhenReady(
      connection,
      what,
      fallback,
      token,
      () => {
        const doc = l.documents.get(uri);
        return doc && l.serviceFor(doc) ? l.ready(doc) : undefined;
      },
      () => {
        const doc = l.documents.get(uri);
        const svc = doc && l.serviceFor(doc);
        if (!doc || !svc) return fallback;
        const ctx = l.context(doc);
        // Beyond ucConfig.maxFileSizeMB only the well-formedness check runs (validation): no request parses the file.
        return doc.getText().length > ctx.settings.maxFileSizeMB * 1024 * 1024 ? fallback : f(doc, svc, ctx);
      },
    );
  connection.onCompletion((p, token) => withDoc('completion', p.textDocument.uri, token, [], (d, s, c) => s.complete(d, p.position, c)));
  connection.onHover((p, token) => withDoc('hover', p.textDocument.uri, token, null, (d, s, c) => s.hover(d, p.position, c)));
  connection.onCodeAction((p, token) => withDoc('codeAction', p.textDocument.uri, token, [], (d, s, c) => s.codeActions(d, p.range, p.context.diagnostics, c)));
  connection.onDocumentSymbol((p, token) => withDoc('documentSymbol', p.textDocument.uri, token, [], (d, s, c) => s.symbols(d, c)));
  connection.onFoldingRanges((p, token) => withDoc('foldingRange', p.textDocument.uri, token, [], (d, s, c) => s.folding(d, c)));
}
