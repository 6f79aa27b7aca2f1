// LSP requests → the format's service. One line each; the logic lives in services/.
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormatService, ServiceContext } from '../services/types';
import type { Steps } from '../core/steps';
import { safeWhenReady } from './safe';

export interface Lookup {
  documents: TextDocuments<TextDocument>;
  serviceFor(doc: TextDocument): FormatService | undefined;
  /** The context for a request; the document is optional (workspace-wide requests have none). */
  context(doc?: TextDocument): ServiceContext;
  /**
   * Waits for the parse of the document and, with `others` (the default), of the documents cross-file
   * rules read (handlers/parsing.ts); undefined when there is nothing to wait for.
   */
  ready(doc?: TextDocument, others?: boolean): Promise<void> | undefined;
  /** Runs work in steps between requests (handlers/parsing.ts#inSteps). */
  inSteps(steps: Steps<unknown>): Promise<void>;
}

/** Once `parsed` (undefined: at once), the steps `more` gives, run between requests; undefined when there is nothing to wait for. */
export function thenInSteps(l: Lookup, parsed: Promise<void> | undefined, more: () => Steps<unknown> | undefined): Promise<void> | undefined {
  const go = () => {
    const steps = more();
    return steps && l.inSteps(steps);
  };
  return parsed ? parsed.then(go) : go();
}

export function registerFeatureHandlers(connection: Connection, l: Lookup): void {
  /**
   * Answers f for an open document of ours, once its parse is ready (in steps when it is large);
   * otherwise the fallback. Code actions validate (cross-file rules read other documents): they wait for
   * every parse; the other requests read their own document only.
   */
  const withDoc = <T>(
    what: string,
    others: boolean,
    uri: string,
    token: CancellationToken,
    fallback: T,
    f: (doc: TextDocument, svc: FormatService, ctx: ServiceContext) => T,
    /** What f reads besides the parse, in steps once the parse is ready (FormatService.completeInSteps, prepareInSteps). */
    before?: (doc: TextDocument, svc: FormatService, ctx: ServiceContext) => Steps<unknown> | undefined,
  ) =>
    safeWhenReady(
      connection,
      what,
      fallback,
      token,
      () => {
        const doc = l.documents.get(uri);
        const svc = doc && l.serviceFor(doc);
        if (!doc || !svc) return undefined;
        const parsed = l.ready(doc, others);
        return before ? thenInSteps(l, parsed, () => before(doc, svc, l.context(doc))) : parsed;
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
  connection.onCompletion((p, token) =>
    withDoc(
      'completion',
      false,
      p.textDocument.uri,
      token,
      [],
      (d, s, c) => s.complete(d, p.position, c),
      (d, s) => s.completeInSteps?.(d, p.position),
    ),
  );
  // Hover and code actions may read the folder's deployment (a dump's hover, a jabber-config's MRA switch): built in steps first.
  const prepare = (d: TextDocument, s: FormatService, c: ServiceContext) => s.prepareInSteps?.(d, c);
  connection.onHover((p, token) => withDoc('hover', false, p.textDocument.uri, token, null, (d, s, c) => s.hover(d, p.position, c), prepare));
  connection.onCodeAction((p, token) =>
    withDoc('codeAction', true, p.textDocument.uri, token, [], (d, s, c) => s.codeActions(d, p.range, p.context.diagnostics, c), prepare),
  );
  // The lenses read their own document only, and a certificate's its folder's deployment (the box it names), built in steps.
  connection.onCodeLens((p, token) => withDoc('codeLens', false, p.textDocument.uri, token, [], (d, s, c) => s.codeLenses?.(d, c) ?? [], prepare));
  connection.onDocumentSymbol((p, token) => withDoc('documentSymbol', false, p.textDocument.uri, token, [], (d, s, c) => s.symbols(d, c)));
  connection.onFoldingRanges((p, token) => withDoc('foldingRange', false, p.textDocument.uri, token, [], (d, s, c) => s.folding(d, c)));
}
