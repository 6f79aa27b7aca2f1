// Markdown for hover and completion documentation: what a key does, its type, values and default,
// where it works (iOS/Android, which EMM), the matrix rows that name it and the sources. Labels come
// from schemas/l10n/app-config.json and the catalogs' prose from its translations (the EMM overlay,
// and the Jabber overlay for keys that share a jabber-config definition), English where none exists.
import { sourceMarkdown } from '../../catalog/sources';
import type { AppConfigFlavor } from '../../formats/appconfig-model';
import type { ServiceContext } from '../types';
import type { EmmCatalog, EmmParameter, Matrix } from './catalog';
import { appConfigText, englishText, matrixText, parameterText, rowText, type AppConfigText } from './l10n';
import { deliveredType } from './snippets';

const PLATFORM = { ios: 'iOS', android: 'Android' } as const;
const EMM = { intune: 'Intune', blackberry: 'BlackBerry' } as const;
const SUPPORT_IDS = { yes: 'support.yes', no: 'support.no', 'n/a': 'support.na' } as const;

const FLAVOR_IDS: Record<AppConfigFlavor, string> = {
  'ios-plist': 'flavor.iosPlist',
  'intune-ios-graph': 'flavor.intuneIosGraph',
  'intune-mam-graph': 'flavor.intuneMamGraph',
  'android-managed': 'flavor.androidManaged',
  'blackberry-uem': 'flavor.blackberryUem',
  unknown: 'flavor.unknown',
};

/** The name of a file format in the context's language. */
export function flavorName(L: AppConfigText, flavor: AppConfigFlavor): string {
  return L.t(FLAVOR_IDS[flavor]);
}

export function typeSummary(p: EmmParameter, L: AppConfigText = englishText()): string {
  if (p.valueType === 'unknown') return L.t('type.notDocumented');
  const delivered = L.t(`kind.${deliveredType(p)}`);
  const values = p.values?.map((v) => v.value) ?? [];
  const codeList = values.map((v) => `\`${v}\``).join(', ');
  if (p.type === 'enum' && values.length) return L.t('type.oneOf', { type: delivered, values: codeList });
  if (p.type === 'list') return L.t(values.length ? 'type.listOf' : 'type.list', { type: delivered, separator: p.list?.separator ?? ';', values: codeList });
  if (p.type === 'boolean' || p.type === 'string' || p.type === deliveredType(p)) return delivered;
  return L.t('type.withSpec', { type: delivered, spec: p.type });
}

/** A parameter's prose in the context's language: the EMM overlay, else the Jabber overlay for shared definitions, else English. */
export function parameterProse(ctx: ServiceContext, p: EmmParameter) {
  const L = appConfigText(ctx);
  const o = parameterText(L, p);
  const j = p.jabber;
  const jt = j ? (ctx.catalogs.jabberText(L.locale).parameters[j.name] ?? {}) : {};
  const fromJabber = (value: string | undefined, jabberValue: string | undefined) => j !== undefined && value !== undefined && value === jabberValue;
  const ownNotes = p.notes ?? [];
  const jabberNotes = j?.notes ?? [];
  return {
    description:
      o.description ??
      (fromJabber(p.description, j?.description) ? jt.description : undefined) ??
      (p.description === p.emmNote ? o.emmNote : undefined) ??
      p.description,
    emmNote: p.emmNote !== undefined ? (o.emmNote ?? p.emmNote) : undefined,
    defaultNote:
      p.defaultNote !== undefined ? (o.defaultNote ?? (fromJabber(p.defaultNote, j?.defaultNote) ? jt.defaultNote : undefined) ?? p.defaultNote) : undefined,
    value: (v: { value: string; description?: string }) =>
      v.description === undefined ? undefined : (o.values?.[v.value] ?? jt.values?.[v.value] ?? v.description),
    aliasNote: (a: { value: string; note: string }) => o.valueAliases?.[a.value] ?? a.note,
    unsupported: (i: number) => o.unsupported?.[i] ?? p.unsupported![i].reason,
    requires: (i: number) => o.requires?.[i] ?? p.requires![i].reason,
    notes: [...ownNotes.map((n, i) => o.notes?.[i] ?? n), ...jabberNotes.map((n, i) => jt.notes?.[i] ?? n)],
  };
}

export function parameterMarkdown(ctx: ServiceContext, p: EmmParameter, catalog: EmmCatalog, flavor?: AppConfigFlavor): string {
  const L = appConfigText(ctx);
  const text = parameterProse(ctx, p);
  const label = L.locale === 'ko' && p.labelKo ? p.labelKo : p.label;
  const title = p.key ? `**${p.key}**${label ? L.t('hover.labelSuffix', { label }) : ''}` : `**${label}** ${L.t('hover.labelOnly')}`;
  const lines: string[] = [title, '', text.description];
  if (text.emmNote && p.emmNote !== p.description) lines.push('', text.emmNote);
  lines.push('');
  lines.push(`- **${L.t('hover.type')}:** ${typeSummary(p, L)}`);
  for (const v of p.values ?? []) {
    const d = text.value(v);
    if (d) lines.push(`  - \`${v.value}\`: ${d}`);
  }
  for (const a of p.valueAliases ?? []) lines.push(`  - \`${a.value}\` (= \`${a.canonical}\`): ${text.aliasNote(a)}`);
  const recommended = p.emmRecommended !== undefined ? L.t('hover.recommendedWithEmm', { value: p.emmRecommended }) : '';
  lines.push(`- **${L.t('hover.default')}:** ${p.default !== undefined ? `\`${p.default}\`` : (text.defaultNote ?? L.t('hover.notDocumented'))}${recommended}`);
  lines.push(
    `- **${L.t('hover.platforms')}:** ${(['ios', 'android'] as const).map((x) => `${PLATFORM[x]} ${p.platforms.includes(x) ? '✓' : L.t('hover.platformNotDocumented')}`).join(' · ')}`,
  );
  lines.push(`- **${L.t('hover.emm')}:** ${p.emm.map((e) => (e === 'any' ? L.t('hover.anyEmm') : EMM[e])).join(', ')}`);
  (p.unsupported ?? []).forEach((u, i) => {
    const id = u.emm && u.platform ? 'hover.notSupportedInOn' : u.emm ? 'hover.notSupportedIn' : u.platform ? 'hover.notSupportedOn' : 'hover.notSupported';
    lines.push(`- **${L.t(id, { emm: u.emm ? EMM[u.emm] : undefined, platform: u.platform ? PLATFORM[u.platform] : undefined })}:** ${text.unsupported(i)}`);
  });
  (p.requires ?? []).forEach((r, i) => lines.push(`- ${L.t('hover.needs', { key: r.key, when: r.when, reason: text.requires(i) })}`));
  if (p.channel === 'jabber-config-only') lines.push(`- ${L.t('hover.jabberConfigOnly')}`);
  if (p.jabber) lines.push(`- ${L.t('hover.sameParameter', { name: p.jabber.name, group: p.jabber.group })}`);
  if (p.confidence && p.confidence !== 'high') lines.push(`- **${L.t('hover.confidence')}:** ${L.t(`confidence.${p.confidence}`)}`);
  const rows = p.key ? catalog.rowsForKey(p.key) : catalog.matrices.flatMap((m) => m.rows.filter((r) => r.name === p.label).map((row) => ({ matrix: m, row })));
  if (rows.length) {
    lines.push('', `**${L.t('hover.supportMatrices')}**`, '');
    for (const { matrix, row } of rows) {
      const r = rowText(L, matrix, row);
      const support = [row.ios ? `iOS: ${L.t(SUPPORT_IDS[row.ios])}` : '', row.android ? `Android: ${L.t(SUPPORT_IDS[row.android])}` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(
        `- ${matrixText(L, matrix).title} — ${r.group ? `${r.group}: ` : ''}${r.name}${support ? ` (${support})` : ''}${r.requirement ? `. ${r.requirement}` : ''}${r.note ? ` ${r.note}` : ''}`,
      );
    }
  }
  const notes = text.notes.filter((n, i, a) => a.indexOf(n) === i);
  if (notes.length) lines.push('', `**${L.t('hover.notes')}**`, '', ...notes.map((n) => `- ${n}`));
  if (flavor && flavor !== 'unknown') lines.push('', `_${L.t('hover.fileFormat', { format: flavorName(L, flavor) })}_`);
  lines.push('', `${L.t('hover.source')}: ${sourceMarkdown(ctx.catalogs, p.sources, L.locale)}`);
  return lines.join('\n');
}

export function matrixMarkdown(ctx: ServiceContext, L: AppConfigText, m: Matrix): string {
  const mt = matrixText(L, m);
  const lines = [`**${mt.title}**`, ''];
  if (mt.note) lines.push(mt.note, '');
  const hasSupport = m.rows.some((r) => r.ios || r.android);
  lines.push(hasSupport ? '| | iOS | Android |' : '| |', hasSupport ? '|---|---|---|' : '|---|');
  for (const r of m.rows) {
    const t = rowText(L, m, r);
    const name = `${t.group ? `${t.group}: ` : ''}${t.name}${r.minimum ? L.t('hover.minimum', { version: r.minimum }) : ''}`;
    lines.push(hasSupport ? `| ${name} | ${r.ios ? L.t(SUPPORT_IDS[r.ios]) : ''} | ${r.android ? L.t(SUPPORT_IDS[r.android]) : ''} |` : `| ${name} |`);
  }
  lines.push('', `${L.t('hover.source')}: ${sourceMarkdown(ctx.catalogs, m.source, L.locale)}`);
  return lines.join('\n');
}

/** What the hover over the format marker (@odata.type, "emm", <dict>) shows: the format and its EMM's tables. */
export function flavorMarkdown(ctx: ServiceContext, flavor: AppConfigFlavor, emm: 'intune' | 'blackberry' | undefined, catalog: EmmCatalog): string {
  const L = appConfigText(ctx);
  const lines = [`**${flavorName(L, flavor)}**`, ''];
  const target = emm ?? (flavor === 'ios-plist' || flavor === 'android-managed' ? 'intune' : undefined);
  const matrices = catalog.matrices.filter((m) => m.emm === target || m.emm === 'any');
  for (const m of matrices) {
    // Which requirement rows apply is decided on the English group names (the data), not the translation.
    const rows =
      m.kind === 'requirements' && target ? m.rows.filter((r) => !r.group || r.group.toLowerCase().includes(target) || /any|and for/i.test(r.group)) : m.rows;
    lines.push(matrixMarkdown(ctx, L, { ...m, rows: rows.length ? rows : m.rows }), '');
  }
  return lines.join('\n');
}
