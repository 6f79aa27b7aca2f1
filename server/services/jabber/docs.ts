// Markdown documentation of a parameter or group, shared by hover and completion so both always
// say the same thing, from the same catalog entry.
import type { JabberGroup, JabberParameter } from '../../catalog/jabberParameters';
import { messagesOf, type Messages } from '../../catalog/messages';
import { rowText, type MraRow } from '../../catalog/mraSupport';
import { sourceMarkdown } from '../../catalog/sources';
import type { ServiceContext } from '../types';

const PLATFORM = { windows: 'Windows', mac: 'Mac', ios: 'iOS', android: 'Android' } as const;

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

/** The type in a few words (schemas/l10n/jabber-config.json `type.*`): `integer 1–65535 seconds`. */
export function typeSummary(p: JabberParameter, J: Messages): string {
  switch (p.type) {
    case 'integer':
      return `${J.t('type.integer')}${p.min !== undefined || p.max !== undefined ? J.t('type.range', { min: p.min ?? '', max: p.max ?? '' }) : ''}${p.unit ? J.t('value.unit', { unit: { id: `unit.${p.unit}` } }) : ''}`;
    case 'list':
      return `${J.t('type.list', { separator: code(p.list?.separator === ' ' ? J.t('type.space') : (p.list?.separator ?? ';')) })}${p.list?.maxItems ? J.t('type.atMost', { max: p.list.maxItems }) : ''}`;
    default:
      return J.t(`type.${p.type}`);
  }
}

export function mraRowsFor(ctx: ServiceContext, p: JabberParameter): MraRow[] {
  return ctx.catalogs.mra.rowsByParameter.get(p.name.toLowerCase()) ?? [];
}

export function parameterMarkdown(ctx: ServiceContext, p: JabberParameter, currentValue?: string): string {
  const L = ctx.catalogs.labels(ctx.locale);
  const J = messagesOf(ctx, 'jabber-config');
  const t = ctx.catalogs.jabberText(ctx.locale).parameters[p.name] ?? {};
  const status = { supported: L.supported, 'not-supported': L.notSupported, conditional: L.conditional };
  const lines: string[] = [];
  // Where Cisco gives no group (the port ranges), the hover names none rather than the catalog's placeholder.
  lines.push(`**${p.name}** · ${p.anyGroup ? L.noGroup : p.group} · ${typeSummary(p, J)}`);
  if (p.deprecated)
    lines.push(
      `⚠️ **${L.deprecated}**${p.deprecated.since ? ` ${L.since} ${p.deprecated.since}` : ''}${p.deprecated.replacedBy ? ` — ${L.use} ${code(p.deprecated.replacedBy)}` : ''}${p.deprecated.note ? `. ${t.deprecatedNote ?? p.deprecated.note}` : ''}`,
    );
  lines.push('', t.description ?? p.description);
  if (p.values?.length) {
    lines.push(
      '',
      `**${L.values}:** ` +
        p.values
          .map(
            (v) =>
              `${code(v.value)}${v.since ? ` (${L.since} ${v.since})` : ''}${v.until ? ` (< ${v.until})` : ''}${v.description ? ` — ${t.values?.[v.value] ?? v.description}` : ''}${currentValue && v.value.toLowerCase() === currentValue.toLowerCase() ? ' ◀' : ''}`,
          )
          .join('; ') +
        (p.caseSensitiveValues ? J.t('hover.caseSensitive') : ''),
    );
  }
  if (p.default !== undefined || p.defaultNote)
    lines.push('', `**${L.default}:** ${p.default !== undefined ? code(p.default) : '—'}${p.defaultNote ? ` — ${t.defaultNote ?? p.defaultNote}` : ''}`);
  lines.push(
    '',
    `**${L.platforms}:** ${p.platforms.map((x) => PLATFORM[x]).join(', ')}${p.since ? ` · ${L.since} ${p.since}` : ''}${p.modes?.length ? ` · ${L.modes}: ${p.modes.join(', ')}` : ''}`,
  );
  const rows = mraRowsFor(ctx, p);
  const mraNote = t.mraNote ?? p.mraNote;
  if (rows.length || mraNote) {
    const overlay = ctx.catalogs.mraText(ctx.locale);
    const parts = rows.map((r) => {
      const text = rowText(r, ctx.locale, overlay);
      const cond = text.conditions.join(' ');
      // One language per hover: the row in the hover's language only (the MRA table links to the document).
      return `- ${text.service}: **${status[r.status]}**${r.clients !== 'all' ? ` (${J.t(`clients.${r.clients}`)})` : ''}${cond ? ` — ${cond}` : ''}`;
    });
    if (mraNote) parts.push(`- ${mraNote}`);
    lines.push(
      '',
      `**${L.mra}:**${rows.length ? ` [${L.mraTable}](command:ucConfig.showMraTable?${encodeURIComponent(JSON.stringify([p.name]))})` : ''}`,
      ...parts,
    );
  }
  if (p.sensitive) lines.push('', `🔒 **${L.credential}** — ${L.credentialNote}`);
  if (p.aliases?.length) lines.push('', `**${L.alsoDocumentedAs}:** ${p.aliases.map(code).join(', ')}`);
  for (const n of t.notes ?? p.notes ?? []) lines.push('', `- ${n}`);
  // How far an entry was checked (confidence, evidence) is for maintaining the catalog, not for the
  // user: where Cisco's documents disagree, the entry's notes say so and how.
  lines.push('', `${L.source}: ${sourceMarkdown(ctx.catalogs, p.source, ctx.locale)}`);
  return lines.join('\n');
}

export function groupMarkdown(ctx: ServiceContext, g: JabberGroup): string {
  const L = ctx.catalogs.labels(ctx.locale);
  const count = ctx.catalogs.jabber.parametersOfGroup.get(g.name)?.length ?? 0;
  const description = ctx.catalogs.jabberText(ctx.locale).groups[g.name] ?? g.description;
  return [
    `**<${g.name}>** · ${L.group} · ${count} ${L.documentedParameters}`,
    '',
    description,
    '',
    `${L.source}: ${sourceMarkdown(ctx.catalogs, g.source, ctx.locale)}`,
  ].join('\n');
}
