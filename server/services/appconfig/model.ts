// One parse per document version: every feature asks here, so typing in a large file parses once.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AppConfigModel } from '../../formats/appconfig-model';
import { parseAppConfigJson, parseAppConfigJsonInSteps } from '../../formats/appconfig-json';
import { parseAppConfigPlist, parseAppConfigPlistInSteps } from '../../formats/appconfig-plist';
import type { Steps } from '../../core/steps';
import { DocumentCache } from '../../formats/documentCache';

const cache = new DocumentCache<AppConfigModel>(
  (text, doc) => (isJsonDocument(doc) ? parseAppConfigJson(text) : parseAppConfigPlist(text)),
  (text, doc) => (isJsonDocument(doc) ? parseAppConfigJsonInSteps(text) : parseAppConfigPlistInSteps(text)),
);

/** Whether the document is JSON (by name, then by its first character). */
export function isJsonDocument(doc: TextDocument): boolean {
  if (/\.json$/i.test(doc.uri) || doc.languageId === 'json' || doc.languageId === 'jsonc') return true;
  if (/\.(xml|plist)$/i.test(doc.uri)) return false;
  return /^\s*[{[]/.test(doc.getText());
}

export function getAppConfigModel(doc: TextDocument): AppConfigModel {
  return cache.get(doc);
}

/** The parse getAppConfigModel would do, in steps (handlers/parsing.ts); undefined when there is nothing to step. */
export function appConfigModelInSteps(doc: TextDocument): Steps<void> | undefined {
  return cache.parseInSteps(doc);
}
