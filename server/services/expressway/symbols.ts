// Outline of an xConfiguration file: one symbol per zone (with its name and type), per SIP domain, per
// search rule, and the cluster. Values of secrets never appear. Capped like every outline.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { messagesOf } from '../../catalog/messages';
import type { ServiceContext } from '../types';
import { parsedXConfiguration, parsedXStatus } from './deployment';

const MAX_SYMBOLS = 2000;
const GROUPS: { re: RegExp; id: string; kind: SymbolKind; nameOf: RegExp }[] = [
  { re: /^Zones Zone (\d+) /i, id: 'symbol.zone', kind: SymbolKind.Module, nameOf: /^Zones Zone \d+ (Name|Type)$/i },
  { re: /^SIP Domain (\d+) /i, id: 'symbol.domain', kind: SymbolKind.Namespace, nameOf: /^SIP Domain \d+ Name$/i },
  { re: /^Zones Policy SearchRules Rule (\d+) /i, id: 'symbol.searchRule', kind: SymbolKind.Event, nameOf: /^Zones Policy SearchRules Rule \d+ Name$/i },
  { re: /^Alternates ()/i, id: 'symbol.cluster', kind: SymbolKind.Package, nameOf: /^Alternates Cluster Name$/i },
];

export function xconfigurationSymbols(doc: TextDocument, ctx: ServiceContext): DocumentSymbol[] {
  const M = messagesOf(ctx, 'expressway');
  const groups = new Map<string, { name: string; detail: string[]; kind: SymbolKind; start: number; end: number; selStart: number; selEnd: number }>();
  for (const r of parsedXConfiguration(doc).records) {
    for (const g of GROUPS) {
      const m = g.re.exec(r.path);
      if (!m) continue;
      const key = `${g.id}:${m[1]}`;
      let s = groups.get(key);
      if (!s) {
        if (groups.size >= MAX_SYMBOLS) break;
        groups.set(
          key,
          (s = { name: M.t(g.id, { number: m[1] }), detail: [], kind: g.kind, start: r.start, end: r.end, selStart: r.pathStart, selEnd: r.pathEnd }),
        );
      }
      s.start = Math.min(s.start, r.start);
      s.end = Math.max(s.end, r.end);
      if (g.nameOf.test(r.path) && r.value && !r.secret) s.detail.push(r.value.trim());
      break;
    }
  }
  return [...groups.values()].map((s) => ({
    name: s.name,
    detail: s.detail.join(' · '),
    kind: s.kind,
    range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) },
    selectionRange: { start: doc.positionAt(s.selStart), end: doc.positionAt(s.selEnd) },
  }));
}

export function xstatusSymbols(doc: TextDocument, ctx: ServiceContext): DocumentSymbol[] {
  const version = parsedXStatus(doc).version;
  if (!version) return [];
  const r = { start: doc.positionAt(version.pathStart), end: doc.positionAt(version.valueEnd) };
  return [{ name: messagesOf(ctx, 'expressway').t('symbol.status'), detail: version.value, kind: SymbolKind.Property, range: r, selectionRange: r }];
}
