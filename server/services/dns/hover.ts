// Hover on a DNS record: where it points, and what Cisco's guides say the record is for
// (schemas/dns-services.json, each entry with its source), with a link to Cisco's page.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { readJson } from '../../catalog/loadJson';
import { messagesOf } from '../../catalog/messages';
import type { ServiceContext } from '../types';
import { dnsModelOf } from './document';

export interface DnsServices {
  services: { label: string; purpose: { en: string; ko: string; ja: string }; source: string; url?: string }[];
}

export function dnsServices(ctx: ServiceContext): DnsServices {
  return ctx.catalogs.extra('dns-services', (dir) => readJson<DnsServices>(dir, 'dns-services.json'));
}

const code = (s: string) => '`' + s.replace(/`/g, "'").slice(0, 300) + '`';

export function hoverDns(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null {
  const offset = doc.offsetAt(position);
  const record = dnsModelOf(doc).records.find((r) => offset >= r.range.start && offset <= r.range.end);
  if (!record) return null;
  const M = messagesOf(ctx, 'dns');
  const name = record.name.toLowerCase();
  const service = dnsServices(ctx).services.find((s) => name === s.label || name.startsWith(`${s.label}.`));
  const lines = [
    `**${code(record.name)}** ${record.type} → ${code(record.target ?? record.address ?? '?')}${record.port !== undefined ? `:${record.port}` : ''}`,
  ];
  if (record.type === 'SRV') lines.push('', M.t('hover.srv', { priority: record.priority ?? '?', weight: record.weight ?? '?', port: record.port ?? '?' }));
  if (service) {
    lines.push('', service.purpose[ctx.locale] ?? service.purpose.en);
    if (service.url) lines.push('', M.t('hover.docs', { url: service.url }));
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: { start: doc.positionAt(record.range.start), end: doc.positionAt(record.range.end) },
  };
}
