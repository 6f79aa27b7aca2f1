// Which UC Config file kind a document is, by the glob settings the language server also uses
// (ucConfig.jabberConfigFiles, appConfigFiles, settingsFiles), so the status item and the workspace
// diagram agree with the server about what is checked.
import { documentKindOfPath } from '../../shared/documentKind';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, normalizeSettings, type UcConfigSettings } from '../../shared/settings';
import type { WorkspaceFileKind } from '../views/workspaceDiagram';

export function currentSettings(): UcConfigSettings {
  const cfg = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) raw[key] = cfg.get(key);
  return normalizeSettings(raw);
}

/** The language of the views: ucConfig.locale, or the editor's language when it is "auto". */
export function uiLocale(s: UcConfigSettings = currentSettings()): 'en' | 'ko' | 'ja' {
  if (s.locale !== 'auto') return s.locale;
  const lang = vscode.env.language.toLowerCase();
  return lang.startsWith('ko') ? 'ko' : lang.startsWith('ja') ? 'ja' : 'en';
}

export const KIND_LABEL: Record<WorkspaceFileKind, string> = {
  'jabber-config': 'Jabber config',
  'app-config': 'EMM app config',
  'uc-settings': 'UC settings',
};

/** The kind of a file path, or undefined when no UC Config glob matches it. */
export function kindOfPath(filePath: string, s: UcConfigSettings): WorkspaceFileKind | undefined {
  return documentKindOfPath(filePath, s);
}

export function kindOfDocument(doc: vscode.TextDocument, s: UcConfigSettings = currentSettings()): WorkspaceFileKind | undefined {
  if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled' && doc.uri.scheme !== 'vscode-remote') return undefined;
  return kindOfPath(doc.uri.path, s);
}
