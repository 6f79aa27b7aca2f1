// Document symbols (one per entry, named by its key, with the value as detail) and folding ranges.
// Both are capped so an enormous file cannot flood the client.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { type Node } from 'jsonc-parser';
import { parseXml, walk } from '../../formats/xml';
import { shownValue } from '../../core/secrets';
import { emmCatalogOf, lookupKey } from './catalog';
import { toRange } from './edits';
import { appConfigText } from './l10n';
import { getAppConfigModel, isJsonDocument } from './model';
import type { ServiceContext } from '../types';

export const MAX_SYMBOLS = 5000;
export const MAX_FOLDING = 5000;

export function appConfigSymbols(doc: TextDocument, ctx?: ServiceContext): DocumentSymbol[] {
  const model = getAppConfigModel(doc);
  const catalog = ctx ? emmCatalogOf(ctx) : undefined;
  // A catalog key is masked by its `sensitive` flag, an unknown one by its name (a custom LdapPassword).
  const known = (key: string) => {
    const hit = catalog ? lookupKey(catalog, key, true) : undefined;
    return hit && hit.kind !== 'unknown' ? hit.param : null;
  };
  const L = ctx ? appConfigText(ctx) : undefined;
  const noKey = L?.t('symbol.noKey') ?? '(no key)';
  const noValue = L?.t('symbol.noValue') ?? '(no value)';
  return model.entries.slice(0, MAX_SYMBOLS).map((e) => {
    const range = toRange(doc, e.entryRange.start <= e.keyRange.start ? { start: e.keyRange.start, end: e.entryRange.end } : e.entryRange);
    const selectionRange = toRange(doc, e.keyRange);
    return {
      name: e.key || noKey,
      detail: e.value != null ? shownValue(e.value, e.key, known(e.key)) : e.valueKind === 'missing' ? noValue : e.valueKind,
      kind:
        e.valueKind === 'boolean'
          ? SymbolKind.Boolean
          : e.valueKind === 'integer' || e.valueKind === 'real'
            ? SymbolKind.Number
            : e.valueKind === 'array'
              ? SymbolKind.Array
              : SymbolKind.String,
      // The entry range must contain the selection range (LSP); entries from encoded payloads share one range.
      range: {
        start: range.start,
        end:
          range.end.line > selectionRange.end.line || (range.end.line === selectionRange.end.line && range.end.character >= selectionRange.end.character)
            ? range.end
            : selectionRange.end,
      },
      selectionRange,
    };
  });
}

export function appConfigFolding(doc: TextDocument): FoldingRange[] {
  const text = doc.getText();
  const out: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const s = doc.positionAt(start).line;
    const e = doc.positionAt(end).line;
    if (e > s && out.length < MAX_FOLDING) out.push({ startLine: s, endLine: e - 1 });
  };
  const model = getAppConfigModel(doc);
  if (isJsonDocument(doc)) {
    if (model.tooDeep) return out;
    // An explicit stack, so the document's nesting never sets the call depth.
    const stack: Node[] = model.jsonTree ? [model.jsonTree] : [];
    while (stack.length && out.length < MAX_FOLDING) {
      const n = stack.pop()!;
      if (n.type === 'object' || n.type === 'array') add(n.offset, n.offset + n.length - 1);
      if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  } else {
    // Elements on one line (most) are told by the next line break, looked up again only once passed,
    // without two position lookups each: a 4 MB property list held the event loop 45-67 ms.
    let lineBreak = -1;
    for (const el of walk((model.xml ?? parseXml(text)).roots)) {
      if (lineBreak < el.start) lineBreak = text.indexOf('\n', el.start);
      if (out.length >= MAX_FOLDING || lineBreak < 0) break;
      if (lineBreak < (el.endTagStart ?? 0)) add(el.start, el.endTagStart!);
    }
  }
  return out;
}
