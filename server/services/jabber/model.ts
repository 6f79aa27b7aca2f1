// One parse per document version, shared by diagnostics, completion, hover, code actions and
// symbols: a keystroke parses once however many requests follow it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseJabberConfig, type JabberConfigModel } from '../../formats/jabber-config';

const cache = new WeakMap<TextDocument, { version: number; text: string; model: JabberConfigModel }>();

export function getJabberModel(doc: TextDocument): JabberConfigModel {
  const hit = cache.get(doc);
  // The text check covers callers that build a new document with the same version number.
  if (hit && hit.version === doc.version) return hit.model;
  const text = doc.getText();
  const model = parseJabberConfig(text);
  cache.set(doc, { version: doc.version, text, model });
  return model;
}
