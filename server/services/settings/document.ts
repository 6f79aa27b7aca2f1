// Parsed settings documents, cached per document text (formats/documentCache.ts) so that validation, completion, hover and the
// cross-file rules of other documents share one parse per edit.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSettings, syntaxOf, type SettingsDocument, type SettingsNode } from '../../formats/settings';
import { DocumentCache } from '../../formats/documentCache';
import type { ServiceContext } from '../types';
import { folderOfUri } from '../../core/uri';

const cache = new DocumentCache<SettingsDocument>((text, doc) => parseSettings(text, syntaxOf(doc.uri, text)));

export function parsedSettings(doc: TextDocument): SettingsDocument {
  return cache.get(doc);
}

/** The other settings documents of the workspace, parsed (for `$ws.` rule paths and cross-file checks). */
export function otherSettings(doc: TextDocument, ctx: ServiceContext): { uri: string; root?: SettingsNode }[] {
  const out: { uri: string; root?: SettingsNode }[] = [];
  for (const other of ctx.workspace.documents('uc-settings')) {
    if (other.uri === doc.uri || folderOfUri(other.uri) !== folderOfUri(doc.uri)) continue;
    out.push({ uri: other.uri, root: parsedSettings(other).root });
  }
  return out;
}
