// LSP requests → the format's service. One line each; the logic lives in services/.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormatService, ServiceContext } from '../services/types';
import { safe } from './safe';

export interface Lookup {
  documents: TextDocuments<TextDocument>;
  serviceFor(doc: TextDocument): FormatService | undefined;
  /** The context for a request; the document is optional (workspace-wide requests have none). */
  context(doc?: TextDocument): ServiceContext;
}

export function registerFeatureHandlers(connection: Connection, l: Lookup): void {
  const withDoc = <T>(uri: string, fallback: T, f: (doc: TextDocument, svc: FormatService, ctx: ServiceContext) => T): T => {
    const doc = l.documents.get(uri);
    const svc = doc && l.serviceFor(doc);
    if (!doc || !svc) return fallback;
    const ctx = l.context(doc);
    // Beyond ucConfig.maxFileSizeMB only the well-formedness check runs (validation): no request parses the file.
    return doc.getText().length > ctx.settings.maxFileSizeMB * 1024 * 1024 ? fallback : f(doc, svc, ctx);
  };
  connection.onCompletion((p, token) =>
    safe(connection, 'completion', [], token, () => withDoc(p.textDocument.uri, [], (d, s, c) => s.complete(d, p.position, c))),
  );
  connection.onHover((p, token) => safe(connection, 'hover', null, token, () => withDoc(p.textDocument.uri, null, (d, s, c) => s.hover(d, p.position, c))));
  connection.onCodeAction((p, token) =>
    safe(connection, 'codeAction', [], token, () => withDoc(p.textDocument.uri, [], (d, s, c) => s.codeActions(d, p.range, p.context.diagnostics, c))),
  );
  connection.onDocumentSymbol((p, token) => safe(connection, 'documentSymbol', [], token, () => withDoc(p.textDocument.uri, [], (d, s, c) => s.symbols(d, c))));
  connection.onFoldingRanges((p, token) => safe(connection, 'foldingRange', [], token, () => withDoc(p.textDocument.uri, [], (d, s, c) => s.folding(d, c))));
}
