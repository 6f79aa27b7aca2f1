// Shared set-up for the settings tests: a ServiceContext over in-memory documents, and helpers that
// apply quick-fix or completion edits so tests can assert the resulting document.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { stringify } from 'yaml';
import { loadCatalogs } from '../../server/catalog/catalogs';
import type { DocumentKind, ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import * as path from 'node:path';

export const catalogs = loadCatalogs(path.resolve(__dirname, '../../schemas'));

let version = 1;
export function doc(uri: string, text: string): TextDocument {
  return TextDocument.create(uri, uri.endsWith('.xml') ? 'xml' : uri.endsWith('.json') ? 'json' : 'yaml', version++, text);
}

export function context(docs: TextDocument[] = [], locale: 'en' | 'ko' | 'ja' = 'en'): ServiceContext {
  const kindOf = (uri: string): DocumentKind => (/jabber-config/.test(uri) ? 'jabber-config' : /appconfig/.test(uri) ? 'app-config' : 'uc-settings');
  return {
    settings: { ...DEFAULT_SETTINGS },
    catalogs,
    locale,
    workspace: { documents: (kind) => docs.filter((d) => kindOf(d.uri) === kind) },
  };
}

export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

/** Applies edits (any order) to a document's text, as the editor does. */
export function applyEdits(d: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(d, edits);
}

/** Splits a fixture text at its `|` caret marker. */
export function caret(textWithCaret: string): { text: string; offset: number } {
  const offset = textWithCaret.indexOf('|');
  return { text: textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1), offset };
}
