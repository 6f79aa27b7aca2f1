// The readable summary of a certificate or CSR: as a hover (Markdown, several lines) and as a code
// lens title on its BEGIN line (one line). Words come from schemas/l10n/certificate.json; values
// (names, dates, digests) are shown as the certificate holds them, dates as YYYY-MM-DD. Nothing of
// a private key is ever shown: the model holds only its span.
import { messagesOf, type Messages } from '../../catalog/messages';
import type { CertificateInfo } from '../../formats/certificate';
import type { ServiceContext } from '../types';

/** Names listed in a hover before "+N more". */
const MAX_LISTED_NAMES = 20;

const day = (iso?: string) => (iso ? iso.slice(0, 10) : '?');
/** A value from the file as Markdown inline code (a backtick inside cannot end the span early). */
const code = (s: string) =>
  '`' +
  s
    .replace(/`/g, "'")
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 300) +
  '`';

function keyText(c: CertificateInfo, M: Messages): string | undefined {
  if (!c.keyType) return undefined;
  const base = c.keyBits ? M.t('label.keyBits', { type: c.keyType, bits: c.keyBits }) : c.keyType;
  return c.curve ? `${base} (${c.curve})` : base;
}

function ekuText(c: CertificateInfo, M: Messages): string {
  if (!c.eku) return M.t('label.ekuAny');
  const parts = [...(c.eku.serverAuth ? [M.t('label.serverAuth')] : []), ...(c.eku.clientAuth ? [M.t('label.clientAuth')] : []), ...c.eku.other];
  return parts.length ? parts.join(', ') : M.t('label.none');
}

function validity(c: CertificateInfo, M: Messages, now: number): string | undefined {
  if (!c.validFrom && !c.validTo) return undefined;
  const range = M.t('label.validRange', { from: day(c.validFrom), to: day(c.validTo) });
  if (c.validTo && Date.parse(c.validTo) < now) return `${range} — **${M.t('label.expired')}**`;
  if (c.validFrom && Date.parse(c.validFrom) > now) return `${range} — **${M.t('label.notYetValid')}**`;
  return range;
}

/** The hover text of one certificate or CSR. */
export function certificateHover(c: CertificateInfo, ctx: ServiceContext, now = Date.now()): string {
  const M = messagesOf(ctx, 'certificate');
  const lines: string[] = [`**${M.t(c.kind === 'csr' ? 'kind.csr' : 'kind.certificate')}** ${code(c.subject || '—')}`, ''];
  const row = (label: string, value: string | undefined) => value !== undefined && lines.push(`- ${M.t(label)}: ${value}`);
  if (c.kind === 'certificate') row('label.issuer', c.selfSigned ? M.t('label.selfSigned') : code(c.issuer || '—'));
  const names = c.sans.slice(0, MAX_LISTED_NAMES).map((n) => `${n.type} ${code(n.value)}`);
  if (c.sans.length > MAX_LISTED_NAMES || c.sansTruncated)
    names.push(M.t('label.more', { count: c.sansTruncated ? `${c.sans.length - MAX_LISTED_NAMES}+` : c.sans.length - MAX_LISTED_NAMES }));
  row('label.names', names.length ? names.join(', ') : M.t('label.none'));
  row('label.key', keyText(c, M));
  row('label.signature', c.signatureDigest);
  row('label.valid', validity(c, M, now));
  row('label.eku', ekuText(c, M));
  if (c.isCA) lines.push(`- ${M.t('label.ca')}`);
  row('label.matchedTo', c.matchedTo === undefined ? undefined : code(c.matchedTo));
  row('label.fingerprint', c.fingerprint256 && code(c.fingerprint256));
  return lines.join('\n');
}

/** The one-line code lens title of a certificate or CSR. */
export function certificateLensTitle(c: CertificateInfo, ctx: ServiceContext, now = Date.now()): string {
  const M = messagesOf(ctx, 'certificate');
  const parts = [`${M.t(c.kind === 'csr' ? 'kind.csr' : 'kind.certificate')} ${(c.subjectCN ?? c.subject) || '—'}`];
  parts.push(
    c.sans.length
      ? c.sans.length <= 2
        ? c.sans.map((n) => n.value).join(', ')
        : M.t('lens.names', { first: c.sans[0].value, count: c.sans.length - 1 })
      : M.t('lens.noNames'),
  );
  const key = keyText(c, M);
  if (key) parts.push(key);
  if (c.validTo) parts.push(M.t(Date.parse(c.validTo) < now ? 'lens.expired' : 'lens.until', { date: day(c.validTo) }));
  parts.push(ekuText(c, M));
  if (c.matchedTo !== undefined) parts.push(M.t('lens.matchedTo', { name: c.matchedTo }));
  return parts.join(' · ');
}
