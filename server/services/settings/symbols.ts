// Outline and folding of a settings file. List items are named after their most telling field
// (name, domain, peer address…) so the outline reads like the admin UI's tables.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import { child, parsedSettings, type SettingsNode } from '../../formats/settings';
import type { ServiceContext } from '../types';
import { shownValue } from '../../core/secrets';

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
  const symbolOf = (n: SettingsNode, name: string): DocumentSymbol => {
    const start = n.keyStart ?? n.start;
    const end = Math.max(n.end, start);
    const kind =
      n.kind === 'object'
        ? SymbolKind.Object
        : n.kind === 'array'
          ? SymbolKind.Array
          : typeof n.value === 'number'
            ? SymbolKind.Number
            : typeof n.value === 'boolean'
              ? SymbolKind.Boolean
              : SymbolKind.String;
    const sym: DocumentSymbol = {
      name: name || '(empty)',
      kind,
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      selectionRange: { start: doc.positionAt(start), end: doc.positionAt(n.keyEnd ?? Math.min(end, start + name.length)) },
    };
    if (n.kind === 'scalar' && n.value !== null && n.key !== undefined) sym.detail = shownValue(String(n.value), n.key);
    return sym;
  };
  // Breadth of the outline in source order, built without recursion (a document's nesting never drives the stack).
  const top: DocumentSymbol[] = [];
  const stack: { node: SettingsNode; name: string; into: DocumentSymbol[] }[] = [];
  const push = (kids: SettingsNode[], isArray: boolean, into: DocumentSymbol[], listKey?: string) => {
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], name: isArray ? itemName(kids[i], i, listKey) : kids[i].key!, into });
  };
  push(parsed.root?.properties ?? [], false, top);
  while (stack.length) {
    const { node, name, into } = stack.pop()!;
    if (++count > MAX_SYMBOLS) break;
    const sym = symbolOf(node, name);
    into.push(sym);
    const kids = node.kind === 'object' ? node.properties! : node.kind === 'array' ? node.items! : [];
    if (kids.length) {
      sym.children = [];
      push(kids, node.kind === 'array', sym.children, node.key);
    }
  }
  // A container whose children were all past the cap shows as a leaf.
  const prune = [...top];
  while (prune.length) {
    const s = prune.pop()!;
    if (s.children && !s.children.length) delete s.children;
    else if (s.children) prune.push(...s.children);
  }
  return top;
}

export function settingsFolding(doc: TextDocument, _ctx: ServiceContext): FoldingRange[] {
  const parsed = parsedSettings(doc);
  const out: FoldingRange[] = [];
  const stack: SettingsNode[] = [...(parsed.root?.properties ?? parsed.root?.items ?? [])].reverse();
  while (stack.length && out.length < MAX_SYMBOLS) {
    const n = stack.pop()!;
    if (n.kind === 'scalar') continue;
    const startLine = doc.positionAt(n.keyStart ?? n.start).line;
    let end = n.end;
    while (end > n.start && /\s/.test(parsed.text[end - 1])) end--;
    const endLine = doc.positionAt(end).line;
    if (endLine > startLine) out.push({ startLine, endLine: parsed.syntax === 'json' ? endLine - 1 : endLine });
    const kids = n.properties ?? n.items ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.filter((r) => r.endLine > r.startLine);
}
