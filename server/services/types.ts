// The contract every file format implements. server.ts, the CLI and the tests only speak to
// this interface, so a new format is a new folder under services/ plus one line in registry.ts.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range } from 'vscode-languageserver-types';
import type { ServiceContext } from '../catalog/context';
import type { DocumentKind } from '../../shared/documentKind';
import type { Steps } from '../core/steps';

// The context and the language are defined below the rules (catalog/context.ts, shared/settings.ts); the
// services name them from here as before.
export type { DocumentKind };
export type { Locale } from '../../shared/settings';
export type { ServiceContext, WorkspaceView } from '../catalog/context';

export interface FormatService {
  kind: DocumentKind;
  validate(doc: TextDocument, ctx: ServiceContext): Diagnostic[];
  /**
   * The same diagnostics as validate, in pieces small enough that the server can answer requests
   * between them (handlers/validation.ts) and stop when the document changes. Formats whose files
   * validate in a few milliseconds at most need not implement it.
   */
  validateInSteps?(doc: TextDocument, ctx: ServiceContext): Iterable<Diagnostic[]>;
  /**
   * The parse every feature of the document shares, in steps of a fraction of a millisecond; undefined
   * when the document is parsed already or small enough to parse at once. The server runs these steps
   * between requests (handlers/parsing.ts) before it calls the other methods, so a file of many
   * megabytes never holds the event loop; the CLI and the tests need not call it.
   */
  parseInSteps?(doc: TextDocument): Steps<void> | undefined;
  /**
   * What `complete` reads besides the parse, in steps, run by the server once the parse is ready and
   * before it calls `complete` (a large settings file's caret probe); undefined when there is little.
   */
  completeInSteps?(doc: TextDocument, position: Position): Steps<void> | undefined;
  /**
   * What validation, hover, code actions and code lenses read besides the parse (the folder's deployment:
   * its files on disk, its model and rules), in steps, run by the server before them; undefined when
   * there is nothing to read.
   */
  prepareInSteps?(doc: TextDocument, ctx: ServiceContext): Steps<unknown> | undefined;
  complete(doc: TextDocument, position: Position, ctx: ServiceContext): CompletionItem[];
  hover(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null;
  codeActions(doc: TextDocument, range: Range, diagnostics: Diagnostic[], ctx: ServiceContext): CodeAction[];
  symbols(doc: TextDocument, ctx: ServiceContext): DocumentSymbol[];
  folding(doc: TextDocument, ctx: ServiceContext): FoldingRange[];
  /** Code lenses (jabber-config's: the MRA support of a parameter, services/mraLens.ts). */
  codeLenses?(doc: TextDocument, ctx: ServiceContext): CodeLens[];
}
