// Outline and folding of a settings file. List items are named after their most telling field
// (name, domain, peer address…) so the outline reads like the admin UI's tables.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { child, type SettingsNode } from '../../formats/settings';
import type { ServiceContext } from '../types';
import { shownValue } from '../../core/secrets';
import { parsedSettings } from './document';

const MAX_SYMBOLS = 5000;
const NAME_FIELDS = ['name', 'domain', 'peerAddress', 'hostName', 'source', 'target'];

/** A list item's name; a scalar item is shown as its list's values are (masked in a secret-named list, URL passwords masked). */
function itemName(n: SettingsNode, i: number, listKey: string | undefined): string {
  if (n.kind === 'scalar') return shownValue(String(n.value), listKey);
  for (const f of NAME_FIELDS) {
    const v = child(n, f);
    if (v?.kind === 'scalar' && v.value !== null && v.value !== '') return shownValue(String(v.value), f);
  }
  return `[${i}]`;
}

export function settingsSymbols(doc: TextDocument, _ctx: ServiceContext): DocumentSymbol[] {
  const parsed = parsedSettings(doc);
  let count = 0;
  const build = (n: SettingsNode, name: string): DocumentSymbol | undefined => {
    if (++count > MAX_SYMBOLS) return undefined;
    const start = n.keyStart ?? n.start;
    const end = Math.max(n.end, start);
    const kind = n.kind === 'object' ? SymbolKind.Object : n.kind === 'array' ? SymbolKind.Array : typeof n.value === 'number' ? SymbolKind.Number : typeof n.value === 'boolean' ? SymbolKind.Boolean : SymbolKind.String;
    const kids = n.kind === 'object' ? n.properties!.map((p) => build(p, p.key!)) : n.kind === 'array' ? n.items!.map((c, i) => build(c, itemName(c, i, n.key))) : [];
    const sym: DocumentSymbol = {
      name: name || '(empty)',
      kind,
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      selectionRange: { start: doc.positionAt(start), end: doc.positionAt(n.keyEnd ?? Math.min(end, start + name.length)) },
    };
    if (n.kind === 'scalar' && n.value !== null && n.key !== undefined) sym.detail = shownValue(String(n.value), n.key);
    const children = kids.filter((k): k is DocumentSymbol => !!k);
    if (children.length) sym.children = children;
    return sym;
  };
  return (parsed.root?.properties ?? []).map((p) => build(p, p.key!)).filter((s): s is DocumentSymbol => !!s);
}

export function settingsFolding(doc: TextDocument, _ctx: ServiceContext): FoldingRange[] {
  const parsed = parsedSettings(doc);
  const out: FoldingRange[] = [];
  const visit = (n: SettingsNode) => {
    if (out.length >= MAX_SYMBOLS) return;
    if (n.kind !== 'scalar') {
      const startLine = doc.positionAt(n.keyStart ?? n.start).line;
      let end = n.end;
      while (end > n.start && /\s/.test(parsed.text[end - 1])) end--;
      const endLine = doc.positionAt(end).line;
      if (endLine > startLine) out.push({ startLine, endLine: parsed.syntax === 'json' ? endLine - 1 : endLine });
      for (const c of n.properties ?? n.items ?? []) visit(c);
    }
  };
  for (const c of parsed.root?.properties ?? parsed.root?.items ?? []) visit(c);
  return out.filter((r) => r.endLine > r.startLine);
}
