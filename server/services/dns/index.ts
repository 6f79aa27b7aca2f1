// The DNS FormatService: nslookup / dig transcripts and zone files. Per-file diagnostics (records
// that cannot be read), an outline of the records and a hover saying what a record is for; what the records must point at is checked
// against the other artifacts by the deployment model.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-types';
import { dnsModelInSteps, dnsModelOf } from './document';
import { hoverDns } from './hover';
import { guarded, problemDiagnostics } from '../artifactProblems';
import { runGuards } from '../guards';
import type { FormatService, ServiceContext } from '../types';

const MAX_SYMBOLS = 5000;

export { dnsModelOf };

export function validateDns(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const guard = runGuards(doc, ctx);
  if (guard.depth !== 'full') return guard.diagnostics;
  return [...guard.diagnostics, ...problemDiagnostics(doc, dnsModelOf(doc).problems, ctx)];
}

/** One outline entry per record: "name TYPE", with where it points as the detail. */
export function dnsSymbols(doc: TextDocument, _ctx: ServiceContext): DocumentSymbol[] {
  return dnsModelOf(doc)
    .records.slice(0, MAX_SYMBOLS)
    .map((r) => {
      const range = { start: doc.positionAt(r.range.start), end: doc.positionAt(r.range.end) };
      const sel = r.nameRange ?? { start: r.range.start, end: r.range.start };
      const detail = r.type === 'SRV' ? `${r.target ?? '?'}:${r.port ?? '?'} (${r.priority ?? '?'} ${r.weight ?? '?'})` : (r.target ?? r.address ?? '');
      return {
        name: `${r.name || '—'} ${r.type}`,
        detail,
        kind: r.type === 'SRV' ? SymbolKind.Event : SymbolKind.Constant,
        range,
        selectionRange: { start: doc.positionAt(sel.start), end: doc.positionAt(sel.end) },
      };
    });
}

export const dnsService: FormatService = {
  kind: 'dns',
  parseInSteps: dnsModelInSteps,
  validate: guarded('dns validate', validateDns, []),
  complete: () => [],
  hover: guarded('dns hover', hoverDns, null),
  codeActions: () => [],
  symbols: guarded('dns symbols', dnsSymbols, []),
  folding: () => [],
};
