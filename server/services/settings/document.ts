// Parsed settings documents, cached by URI and version so that validation, completion, hover and the
// cross-file rules of other documents share one parse per edit.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSettings, syntaxOf, type SettingsDocument, type SettingsNode } from '../../formats/settings';
import type { ServiceContext } from '../types';

const cache = new Map<string, { version: number; text: string; parsed: SettingsDocument }>();
const MAX_CACHED = 200;

export function parsedSettings(doc: TextDocument): SettingsDocument {
  const hit = cache.get(doc.uri);
  const text = doc.getText();
  // The text comparison covers callers that reuse a version number for different content (tests, CLI).
  if (hit && hit.version === doc.version && hit.text === text) return hit.parsed;
  const parsed = parseSettings(text, syntaxOf(doc.uri, text));
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(doc.uri, { version: doc.version, text, parsed });
  return parsed;
}

/** The other settings documents of the workspace, parsed (for `$ws.` rule paths and cross-file checks). */
export function otherSettings(doc: TextDocument, ctx: ServiceContext): { uri: string; root?: SettingsNode }[] {
  const out: { uri: string; root?: SettingsNode }[] = [];
  for (const other of ctx.workspace.documents('uc-settings')) {
    if (other.uri === doc.uri) continue;
    out.push({ uri: other.uri, root: parsedSettings(other).root });
  }
  return out;
}
