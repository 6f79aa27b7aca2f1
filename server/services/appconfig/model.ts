// One parse per document version: every feature asks here, so typing in a large file parses once.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AppConfigModel } from '../../formats/appconfig-model';
import { parseAppConfigJson } from '../../formats/appconfig-json';
import { parseAppConfigPlist } from '../../formats/appconfig-plist';

const cache = new Map<string, { version: number; text: string; model: AppConfigModel }>();
const MAX_CACHED = 50;

/** Whether the document is JSON (by name, then by its first character). */
export function isJsonDocument(doc: TextDocument): boolean {
  if (/\.json$/i.test(doc.uri) || doc.languageId === 'json' || doc.languageId === 'jsonc') return true;
  if (/\.(xml|plist)$/i.test(doc.uri)) return false;
  return /^\s*[{[]/.test(doc.getText());
}

export function getAppConfigModel(doc: TextDocument): AppConfigModel {
  const hit = cache.get(doc.uri);
  const text = doc.getText();
  // The text is compared too: tests and the CLI reuse a URI and version for different contents.
  if (hit && hit.version === doc.version && hit.text === text) return hit.model;
  const model = isJsonDocument(doc) ? parseAppConfigJson(text) : parseAppConfigPlist(text);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(doc.uri, { version: doc.version, text, model });
  return model;
}
