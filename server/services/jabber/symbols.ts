// Outline (groups → parameters) and folding for jabber-config.xml.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { lookupParameter } from '../../catalog/jabberParameters';
import { shownValue } from '../../core/secrets';
import { walk } from '../../formats/xml';
import type { ServiceContext } from '../types';
import { getJabberModel } from './model';

/** Outlines past this many symbols are cut, as vscode-json-languageservice does, to keep the editor fast. */
export const SYMBOL_LIMIT = 5000;

export function jabberSymbols(doc: TextDocument, ctx: ServiceContext): DocumentSymbol[] {
  const model = getJabberModel(doc);
  const r = (s: number, e: number) => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  let budget = SYMBOL_LIMIT;
  const groups: DocumentSymbol[] = [];
  for (const g of model.groups) {
    if (budget-- <= 0) break;
    const children: DocumentSymbol[] = [];
    for (const p of g.parameters) {
      if (budget-- <= 0) break;
      const param = lookupParameter(ctx.catalogs.jabber, p.name)?.param;
      // A catalog parameter is masked by its `sensitive` flag, an unknown one by its name (MyLdapPassword).
      const shown = shownValue(p.value, p.name, param ?? null);
      children.push({
        name: p.name,
        detail: shown.length > 60 ? shown.slice(0, 60) + '…' : shown,
        kind: param ? SymbolKind.Property : SymbolKind.Field,
        range: r(p.element.start, p.element.end),
        selectionRange: r(p.element.nameStart, p.element.nameEnd),
      });
    }
    groups.push({
      name: g.name,
      kind: SymbolKind.Module,
      range: r(g.element.start, g.element.end),
      selectionRange: r(g.element.nameStart, g.element.nameEnd),
      children,
    });
  }
  const root = model.root;
  if (root && root.name === 'config') {
    return [
      {
        name: 'config',
        detail: 'jabber-config',
        kind: SymbolKind.File,
        range: r(root.start, root.end),
        selectionRange: r(root.nameStart, root.nameEnd),
        children: groups,
      },
    ];
  }
  return groups;
}

export function jabberFolding(doc: TextDocument): FoldingRange[] {
  const model = getJabberModel(doc);
  const text = doc.getText();
  const out: FoldingRange[] = [];
  // The first line break at or after the last element's start (the walk goes in document order).
  let lineBreak = -1;
  for (const el of walk(model.xml.roots)) {
    // An element on one line folds nothing: told by the next line break, without two position lookups
    // (a file of 100 000 one-line parameters took 50 ms here), looked up again only once passed (each
    // element's search to the end of a 2 MB file on one line held the event loop 520 ms).
    if (lineBreak < el.start) lineBreak = text.indexOf('\n', el.start);
    if (lineBreak < 0) break;
    if (lineBreak >= el.end) continue;
    const startLine = doc.positionAt(el.start).line;
    const endLine = doc.positionAt(el.end).line;
    if (endLine > startLine) out.push({ startLine, endLine: endLine - 1 });
    if (out.length >= SYMBOL_LIMIT) break;
  }
  return out;
}
