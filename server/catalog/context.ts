// What every rule and service is given: the user's settings, the loaded catalogs, the language, and
// the other documents of the workspace. It lives beside the catalogs (below formats, rules and
// services) so that rules need nothing from the services layer.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../../shared/documentKind';
import type { UcConfigSettings } from '../../shared/settings';
import type { Locale } from '../../shared/settings';
import type { Catalogs } from './catalogs';

/** What the workspace holds besides the document being checked: for cross-file rules. */
export interface WorkspaceView {
  /** Every document of the given kind the server knows: open ones (current text) and, where the client sent them, files on disk. */
  documents(kind: DocumentKind): TextDocument[];
  /**
   * Set where neither the documents nor the files on disk change while the view is used (one run of the
   * CLI): what is read per folder (the deployment's files, its certificates on disk) is then read once.
   */
  unchanging?: boolean;
  /** The server's files on disk still being read (server/workspace.ts): what reads other files waits for them. */
  ready?(): Promise<unknown> | undefined;
  /** Where the view has read files (one run of the CLI): the document of a file by its URI, so it is not read again. */
  document?(uri: string): TextDocument | undefined;
}

export interface ServiceContext {
  settings: UcConfigSettings;
  catalogs: Catalogs;
  locale: Locale;
  workspace: WorkspaceView;
  /**
   * Set while the server gathers a validation's diagnostics under the cap (ucConfig.maxDiagnostics):
   * false when a diagnostic of this code would only be counted, so a rule may skip the work its message
   * alone needs. The diagnostic is still reported (the closing count includes it).
   */
  keeps?(code: string): boolean;
}
