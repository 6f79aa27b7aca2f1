// Markdown documentation of a parameter or group, shared by hover and completion so both always
// say the same thing, from the same catalog entry.
import type { JabberGroup, JabberParameter } from '../../catalog/jabberParameters';
import { localized, type MraRow } from '../../catalog/mraSupport';
import type { ServiceContext } from '../types';

const PLATFORM = { windows: 'Windows', mac: 'Mac', ios: 'iOS', android: 'Android' } as const;
const STATUS = { supported: 'supported', 'not-supported': 'not supported', conditional: 'supported with conditions' } as const;

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

function sourceLinks(source: string | string[]): string {
  const list = Array.isArray(source) ? source : [source];
  return list
    .map((s, i) => (/^https?:\/\//.test(s) ? `[${i === 0 ? 'Cisco reference' : `reference ${i + 1}`}](${s})` : s.replace(/[*_[\]]/g, '\\$&')))
    .join(' · ');
}

export function typeSummary(p: JabberParameter): string {
  switch (p.type) {
    case 'integer':
      return `integer${p.min !== undefined || p.max !== undefined ? ` ${p.min ?? ''}–${p.max ?? ''}` : ''}${p.unit ? ` ${p.unit}` : ''}`;
    case 'list':
      return `list separated by ${code(p.list?.separator === ' ' ? 'space' : p.list?.separator ?? ';')}${p.list?.maxItems ? ` (at most ${p.list.maxItems})` : ''}`;
    default:
      return p.type;
  }
}

export function mraRowsFor(ctx: ServiceContext, p: JabberParameter): MraRow[] {
  return ctx.catalogs.mra.rowsByParameter.get(p.name.toLowerCase()) ?? [];
}

export function parameterMarkdown(ctx: ServiceContext, p: JabberParameter, currentValue?: string): string {
  const lines: string[] = [];
  lines.push(`**${p.name}** · ${p.group} · ${typeSummary(p)}`);
  if (p.deprecated) lines.push(`⚠️ **Deprecated**${p.deprecated.since ? ` since ${p.deprecated.since}` : ''}${p.deprecated.replacedBy ? ` — use ${code(p.deprecated.replacedBy)}` : ''}${p.deprecated.note ? `. ${p.deprecated.note}` : ''}`);
  lines.push('', p.description);
  if (p.values?.length) {
    lines.push('', '**Values:** ' + p.values.map((v) => `${code(v.value)}${v.since ? ` (since ${v.since})` : ''}${v.until ? ` (before ${v.until})` : ''}${v.description ? ` — ${v.description}` : ''}${currentValue && v.value.toLowerCase() === currentValue.toLowerCase() ? ' ◀' : ''}`).join('; ') + (p.caseSensitiveValues ? ' (case-sensitive)' : ''));
  }
  if (p.default !== undefined || p.defaultNote) lines.push('', `**Default:** ${p.default !== undefined ? code(p.default) : '—'}${p.defaultNote ? ` — ${p.defaultNote}` : ''}`);
  lines.push('', `**Platforms:** ${p.platforms.map((x) => PLATFORM[x]).join(', ')}${p.since ? ` · since Jabber ${p.since}` : ''}${p.modes?.length ? ` · modes: ${p.modes.join(', ')}` : ''}`);
  const rows = mraRowsFor(ctx, p);
  if (rows.length || p.mraNote) {
    const parts = rows.map((r) => {
      const cond = (r.conditions ?? []).map((c) => localized(c, ctx.locale)).join(' ');
      return `${localized(r.service, ctx.locale)}: ${STATUS[r.status]}${r.clients !== 'all' ? ` (${r.clients})` : ''}${cond ? ` — ${cond}` : ''}`;
    });
    if (p.mraNote) parts.push(p.mraNote);
    lines.push('', `**Mobile and Remote Access:** ${parts.join(' ')}${rows.length ? ` [MRA table](command:ucConfig.showMraTable?${encodeURIComponent(JSON.stringify([p.name]))})` : ''}`);
  }
  if (p.sensitive) lines.push('', '🔒 **Credential** — jabber-config.xml is downloaded from TFTP without authentication.');
  if (p.aliases?.length) lines.push('', `**Also documented as:** ${p.aliases.map(code).join(', ')}`);
  for (const n of p.notes ?? []) lines.push('', `- ${n}`);
  if (p.confidence && p.confidence !== 'high') lines.push('', `_Confidence: ${p.confidence} — the reference is unclear here; see the notes._`);
  lines.push('', `Source: ${sourceLinks(p.source)}`);
  return lines.join('\n');
}

export function groupMarkdown(ctx: ServiceContext, g: JabberGroup): string {
  const count = ctx.catalogs.jabber.parametersOfGroup.get(g.name)?.length ?? 0;
  return [`**<${g.name}>** · jabber-config group · ${count} documented parameters`, '', g.description, '', `Source: ${sourceLinks(g.source)}`].join('\n');
}
