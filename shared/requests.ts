// The custom requests the VS Code client sends the language server, with their parameters and
// answers: plain data, so the client needs no parser of its own. Any other LSP client may send them too.
import type { Scenario } from './viewModel';
import type { DocumentKind } from './documentKind';

export interface TextDocumentParams {
  textDocument: { uri: string };
}

/** Which UC Config format a document is (by the user's file patterns), or null. */
export const DOCUMENT_KIND = 'ucConfig/documentKind';
export type DocumentKindResult = DocumentKind | null;

/** The scenario the workspace's jabber-config, app-config and settings files describe. No parameters. */
export const WORKSPACE_SCENARIO = 'ucConfig/workspaceScenario';
export type WorkspaceScenarioResult = Scenario;

export interface EmmPickItem {
  label: string;
  description: string;
  detail: string;
  key: string;
}

/** The keys "Insert EMM Parameter…" offers for an app-config document. */
export const EMM_PICK_ITEMS = 'ucConfig/emmPickItems';
/** null when the server does not have the document; `unrecognisedJson` (and no items) when its flavor is not known yet. */
export type EmmPickItemsResult = { items: EmmPickItem[]; unrecognisedJson?: boolean } | null;

/** Where and what to insert for the chosen key. */
export const EMM_INSERTION = 'ucConfig/emmInsertion';
export interface EmmInsertionParams extends TextDocumentParams {
  key: string;
}
/** A VS Code snippet (tab stops) and the position to insert it at, or null when nothing fits. With
 *  `end`, the snippet replaces the text from position to end (an empty `<dict/>` is opened). */
export type EmmInsertionResult = { position: { line: number; character: number }; end?: { line: number; character: number }; snippet: string } | null;

/** Reads the workspace's files from disk again and re-checks every open document (command "Re-validate Workspace"). No parameters; answers how many files of ours are on disk. */
export const REVALIDATE_WORKSPACE = 'ucConfig/revalidateWorkspace';
export type RevalidateWorkspaceResult = { filesOnDisk: number };

/** The settings YAML a deployment's artifacts describe (the folder of the document named), annotated with where each value came from. */
export const SETTINGS_FROM_ARTIFACTS = 'ucConfig/settingsFromArtifacts';
/** `text` is '' when the folder holds no Expressway artifact the server knows. */
export type SettingsFromArtifactsResult = { text: string; fileName: string; values: number };
