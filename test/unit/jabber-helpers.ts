// Test support for the jabber-config services: a context with everything at its defaults, and
// documents whose caret is marked with `|`.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type UcConfigSettings } from '../../shared/settings';
import { loadCatalogs, type Catalogs } from '../../server/catalog/catalogs';
import type { ServiceContext } from '../../server/services/types';
import { jabberConfigService } from '../../server/services/jabber';

let catalogs: Catalogs | undefined;

export function ctx(settings: Partial<UcConfigSettings> = {}, others: TextDocument[] = []): ServiceContext {
  catalogs ??= loadCatalogs();
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, catalogs, locale: 'en', workspace: { documents: () => others } };
}

export function doc(text: string, uri = 'file:///w/jabber-config.xml'): TextDocument {
  return TextDocument.create(uri, 'xml', 1, text);
}

/** A document and the caret position marked by `|` in the text. */
export function withCaret(textWithCaret: string) {
  const offset = textWithCaret.indexOf('|');
  const d = doc(textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1));
  return { doc: d, position: d.positionAt(offset) };
}

export function validate(text: string, settings: Partial<UcConfigSettings> = {}): Diagnostic[] {
  return jabberConfigService.validate(doc(text), ctx(settings));
}

export const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

export function apply(d: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(d, edits);
}

export function applyAction(d: TextDocument, action: CodeAction): string {
  return apply(d, action.edit?.changes?.[d.uri] ?? []);
}

export const CONFIG = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${body}\n</config>\n`;
