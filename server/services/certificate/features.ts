// Hover, code lens, outline and folding of a certificate file: the summary of the certificate under
// the cursor or on each BEGIN line, one outline entry per certificate, CSR and private key.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, SymbolKind, type CodeLens, type DocumentSymbol, type FoldingRange, type Hover, type Position } from 'vscode-languageserver-types';
import { messagesOf } from '../../catalog/messages';
import type { CertificateInfo } from '../../formats/certificate';
import type { ServiceContext } from '../types';
import { certificateModelOf } from './document';
import { certificateHover, certificateLensTitle } from './summary';

/** The deployment model (artifacts) may say which box each certificate belongs to; absent, nothing is shown. */
export type MatchedTo = (item: CertificateInfo) => string | undefined;

const withMatch = (c: CertificateInfo, matchedTo?: MatchedTo) => {
  const m = matchedTo?.(c);
  return m === undefined ? c : { ...c, matchedTo: m };
};

export function hoverCertificate(doc: TextDocument, position: Position, ctx: ServiceContext, matchedTo?: MatchedTo): Hover | null {
  const offset = doc.offsetAt(position);
  const file = certificateModelOf(doc);
  // DER items span the bytes, not the text: they answer anywhere in the file. A PKCS #7 bundle holds
  // several certificates in one block: the hover shows each.
  const items = file.encoding === 'der' ? file.items : file.items.filter((c) => offset >= c.range.start && offset <= c.range.end);
  if (!items.length) return null;
  const first = items[0];
  const range =
    file.encoding === 'der' ? undefined : { start: doc.positionAt(first.range.start), end: doc.positionAt(first.headerRange?.end ?? first.range.start) };
  return {
    contents: { kind: MarkupKind.Markdown, value: items.map((c) => certificateHover(withMatch(c, matchedTo), ctx)).join('\n\n---\n\n') },
    ...(range ? { range } : {}),
  };
}

export function certificateCodeLenses(doc: TextDocument, ctx: ServiceContext, matchedTo?: MatchedTo): CodeLens[] {
  const file = certificateModelOf(doc);
  return file.items.map((c) => {
    const at = doc.positionAt(file.encoding === 'der' ? 0 : c.range.start);
    // A lens without a command id is a plain title (every LSP client shows it; nothing runs on click).
    return { range: { start: at, end: at }, command: { title: certificateLensTitle(withMatch(c, matchedTo), ctx), command: '' } };
  });
}

export function certificateSymbols(doc: TextDocument, ctx: ServiceContext): DocumentSymbol[] {
  const file = certificateModelOf(doc);
  const M = messagesOf(ctx, 'certificate');
  const span = (s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const der = file.encoding === 'der';
  const symbols: { at: number; sym: DocumentSymbol }[] = file.items.map((c) => {
    const range = der ? span({ start: 0, end: 0 }) : span(c.range);
    return {
      at: c.range.start,
      sym: {
        name: (c.subjectCN ?? c.subject) || '—',
        detail:
          c.kind === 'csr'
            ? M.t('kind.csr')
            : c.validTo
              ? `${M.t('kind.certificate')} · ${M.t('lens.until', { date: c.validTo.slice(0, 10) })}`
              : M.t('kind.certificate'),
        kind: c.kind === 'csr' ? SymbolKind.Interface : SymbolKind.Class,
        range,
        selectionRange: der ? range : span(c.headerRange ?? { start: c.range.start, end: c.range.start }),
      },
    };
  });
  for (const k of file.privateKeys) {
    const range = der ? span({ start: 0, end: 0 }) : span(k);
    symbols.push({
      at: k.start,
      sym: { name: M.t('symbol.privateKey'), kind: SymbolKind.Key, range, selectionRange: der ? range : span({ start: k.start, end: k.start }) },
    });
  }
  return symbols.sort((a, b) => a.at - b.at).map((s) => s.sym);
}

export function certificateFolding(doc: TextDocument): FoldingRange[] {
  const file = certificateModelOf(doc);
  if (file.encoding !== 'pem') return [];
  return [...file.items.map((c) => c.range), ...file.privateKeys]
    .map((r) => ({ startLine: doc.positionAt(r.start).line, endLine: doc.positionAt(r.end).line }))
    .filter((f) => f.endLine > f.startLine);
}
