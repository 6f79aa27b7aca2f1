// Shared set-up for the app-config tests: a ServiceContext over in-memory documents (the real
// catalogs from schemas/), and helpers that apply completion or quick-fix edits so tests assert the
// document that results.
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { appConfigService } from '../../server/services/appconfig';
import type { DocumentKind, ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';

export const catalogs = loadCatalogs(path.resolve(__dirname, '../../schemas'));
export const service = appConfigService;

let version = 1;
export function doc(uri: string, text: string): TextDocument {
  return TextDocument.create(uri, uri.endsWith('.json') ? 'json' : 'xml', version++, text);
}

export function context(docs: TextDocument[] = []): ServiceContext {
  const kindOf = (uri: string): DocumentKind => (/jabber-config/.test(uri) ? 'jabber-config' : /appconfig/.test(uri) ? 'app-config' : 'uc-settings');
  return {
    settings: { ...DEFAULT_SETTINGS },
    catalogs,
    locale: 'en',
    workspace: { documents: (kind) => docs.filter((d) => kindOf(d.uri) === kind) },
  };
}

export const xmlDoc = (text: string) => doc('file:///w/test.appconfig.xml', text);
export const jsonDoc = (text: string) => doc('file:///w/test.appconfig.json', text);

/** Diagnostics with their message as plain text (LSP 3.18 also allows MarkupContent there). */
export type TextDiagnostic = Diagnostic & { message: string };

export function validate(d: TextDocument, ctx = context()): TextDiagnostic[] {
  return service.validate(d, ctx).map((x) => ({ ...x, message: typeof x.message === 'string' ? x.message : x.message.value }));
}

export function codes(d: TextDocument, ctx = context()): string[] {
  return validate(d, ctx).map((x) => String(x.code));
}

/** Applies edits (any order) to a document's text, as the editor does. */
export function applyEdits(d: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(d, edits);
}

/** The text after applying the quick fix titled `title` offered for the diagnostic `code`. */
export function applyFix(d: TextDocument, code: string, title?: string | RegExp, ctx = context()): string {
  const diags = validate(d, ctx).filter((x) => x.code === code);
  if (!diags.length) throw new Error(`no '${code}' diagnostic; got ${codes(d, ctx).join(', ')}`);
  const actions: CodeAction[] = service.codeActions(d, diags[0].range, diags, ctx);
  const action = title === undefined ? actions[0] : actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  if (!action?.edit?.changes) throw new Error(`no fix ${String(title)}; got ${actions.map((a) => a.title).join(' | ')}`);
  return applyEdits(d, action.edit.changes[d.uri]);
}

/** Splits a fixture text at its `|` caret marker. */
export function caret(textWithCaret: string): { text: string; offset: number } {
  const offset = textWithCaret.indexOf('|');
  return { text: textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1), offset };
}

/** Completion at the `|` of the fixture; returns the items and a function applying one of them. */
export function complete(uri: string, textWithCaret: string, ctx = context()): { items: CompletionItem[]; apply(label: string): string; d: TextDocument } {
  const { text, offset } = caret(textWithCaret);
  const d = doc(uri, text);
  const items = service.complete(d, d.positionAt(offset), ctx);
  return {
    items,
    d,
    apply(label: string) {
      const item = items.find((i) => i.label === label);
      if (!item?.textEdit || !('range' in item.textEdit)) throw new Error(`no item '${label}'; got ${items.map((i) => i.label).join(', ')}`);
      return applyEdits(d, [item.textEdit]);
    },
  };
}

/** Removes snippet syntax (${1:x}, ${1|a,b|}, $0) the way an editor does when accepting defaults. */
export function expandSnippet(s: string): string {
  return s
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}
