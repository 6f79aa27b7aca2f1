// The other settings documents of a settings file's folder, parsed through the one parse cache
// (formats/settings.ts#parsedSettings), for `$ws.` rule paths, completion and cross-file checks.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parsedSettings, type SettingsNode } from '../../formats/settings';
import type { ServiceContext } from '../types';
import { folderOfUri } from '../../core/uri';

/** The other settings documents of the workspace, parsed (for `$ws.` rule paths and cross-file checks). */
export function otherSettings(doc: TextDocument, ctx: ServiceContext): { uri: string; root?: SettingsNode }[] {
  const out: { uri: string; root?: SettingsNode }[] = [];
  for (const other of ctx.workspace.documents('uc-settings')) {
    if (other.uri === doc.uri || folderOfUri(other.uri) !== folderOfUri(doc.uri)) continue;
    out.push({ uri: other.uri, root: parsedSettings(other).root });
  }
  return out;
}
