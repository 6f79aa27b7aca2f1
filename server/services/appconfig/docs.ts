// Markdown for hover and completion documentation: what a key does, its type, values and default,
// where it works (iOS/Android, which EMM), the matrix rows that name it and the sources.
import type { AppConfigFlavor } from '../../formats/appconfig-model';
import type { EmmCatalog, EmmParameter, Matrix } from './catalog';
import { deliveredType } from './snippets';

const PLATFORM = { ios: 'iOS', android: 'Android' } as const;
const EMM = { intune: 'Intune', blackberry: 'BlackBerry', any: 'any EMM (Intune, BlackBerry, other AppConfig EMMs)' } as const;
const SUPPORT = { yes: 'yes', no: 'no', 'n/a': 'not applicable' } as const;

export const FLAVOR_NAMES: Record<AppConfigFlavor, string> = {
  'ios-plist': 'iOS managed app configuration (plist <dict>, Intune "Enter XML data")',
  'intune-ios-graph': 'Microsoft Graph iosMobileAppConfiguration (Intune, managed devices, iOS)',
  'intune-mam-graph': 'Microsoft Graph targetedManagedAppConfiguration (Intune, managed apps)',
  'android-managed': 'Android Enterprise managed configuration (Intune "Enter JSON data")',
  'blackberry-uem': 'BlackBerry UEM app configuration (UC Config export shape)',
  unknown: 'unrecognised app configuration',
};

export function typeSummary(p: EmmParameter): string {
  if (p.valueType === 'unknown') return 'type not documented';
  const delivered = deliveredType(p);
  const values = p.values?.map((v) => v.value) ?? [];
  if (p.type === 'enum' && values.length) return `${delivered}: one of ${values.map((v) => `\`${v}\``).join(', ')}`;
  if (p.type === 'list') return `${delivered}: list separated by \`${p.list?.separator ?? ';'}\`${values.length ? ` of ${values.map((v) => `\`${v}\``).join(', ')}` : ''}`;
  if (p.type === 'boolean' || p.type === 'string' || p.type === delivered) return delivered;
  return `${delivered} (${p.type})`;
}

function sourceLine(s: string): string {
  return /^https?:\/\//.test(s) ? `[${s.replace(/^https?:\/\/(www\.)?/, '').slice(0, 60)}…](${s})` : s;
}

export function parameterMarkdown(p: EmmParameter, catalog: EmmCatalog, flavor?: AppConfigFlavor): string {
  const title = p.key ? `**${p.key}**${p.label ? ` — BlackBerry UEM field “${p.label}”` : ''}` : `**${p.label}** (BlackBerry UEM field; key name not documented)`;
  const lines: string[] = [title, '', p.description];
  if (p.emmNote && p.emmNote !== p.description) lines.push('', p.emmNote);
  lines.push('');
  lines.push(`- **Type:** ${typeSummary(p)}`);
  for (const v of p.values ?? []) if (v.description) lines.push(`  - \`${v.value}\`: ${v.description}`);
  for (const a of p.valueAliases ?? []) lines.push(`  - \`${a.value}\` (= \`${a.canonical}\`): ${a.note}`);
  lines.push(`- **Default:** ${p.default !== undefined ? `\`${p.default}\`` : p.defaultNote ?? 'not documented'}${p.emmRecommended !== undefined ? ` · recommended with EMM: \`${p.emmRecommended}\`` : ''}`);
  lines.push(`- **Platforms:** ${(['ios', 'android'] as const).map((x) => `${PLATFORM[x]} ${p.platforms.includes(x) ? '✓' : '✗ (not documented)'}`).join(' · ')}`);
  lines.push(`- **EMM:** ${p.emm.map((e) => EMM[e]).join(', ')}`);
  for (const u of p.unsupported ?? []) lines.push(`- **Not supported${u.emm ? ` in ${EMM[u.emm]}` : ''}${u.platform ? ` on ${PLATFORM[u.platform]}` : ''}:** ${u.reason}`);
  for (const r of p.requires ?? []) lines.push(`- **Needs** \`${r.key}\` when \`${r.when}\`: ${r.reason}`);
  if (p.channel === 'jabber-config-only') lines.push('- **Where:** jabber-config.xml only, not app configuration');
  if (p.jabber) lines.push(`- **jabber-config.xml:** same parameter as \`<${p.jabber.name}>\` in \`<${p.jabber.group}>\``);
  if (p.confidence && p.confidence !== 'high') lines.push(`- **Confidence:** ${p.confidence}`);
  const rows = p.key ? catalog.rowsForKey(p.key) : catalog.matrices.flatMap((m) => m.rows.filter((r) => r.name === p.label).map((row) => ({ matrix: m, row })));
  if (rows.length) {
    lines.push('', '**Support matrices**', '');
    for (const { matrix, row } of rows) {
      const support = [row.ios ? `iOS: ${SUPPORT[row.ios]}` : '', row.android ? `Android: ${SUPPORT[row.android]}` : ''].filter(Boolean).join(', ');
      lines.push(`- ${matrix.title} — ${row.group ? `${row.group}: ` : ''}${row.name}${support ? ` (${support})` : ''}${row.requirement ? `. ${row.requirement}` : ''}${row.note ? ` ${row.note}` : ''}`);
    }
  }
  const notes = p.allNotes.filter((n, i, a) => a.indexOf(n) === i);
  if (notes.length) lines.push('', '**Notes**', '', ...notes.map((n) => `- ${n}`));
  if (flavor && flavor !== 'unknown') lines.push('', `_File format: ${FLAVOR_NAMES[flavor]}_`);
  lines.push('', `Source: ${p.sources.map(sourceLine).join('; ')}`);
  return lines.join('\n');
}

export function matrixMarkdown(m: Matrix): string {
  const lines = [`**${m.title}**`, ''];
  if (m.note) lines.push(m.note, '');
  const hasSupport = m.rows.some((r) => r.ios || r.android);
  lines.push(hasSupport ? '| | iOS | Android |' : '| |', hasSupport ? '|---|---|---|' : '|---|');
  for (const r of m.rows) {
    const name = `${r.group ? `${r.group}: ` : ''}${r.name}${r.minimum ? ` (minimum ${r.minimum})` : ''}`;
    lines.push(hasSupport ? `| ${name} | ${r.ios ? SUPPORT[r.ios] : ''} | ${r.android ? SUPPORT[r.android] : ''} |` : `| ${name} |`);
  }
  const src = Array.isArray(m.source) ? m.source : [m.source];
  lines.push('', `Source: ${src.map(sourceLine).join('; ')}`);
  return lines.join('\n');
}

/** What the hover over the format marker (@odata.type, "emm", <dict>) shows: the format and its EMM's tables. */
export function flavorMarkdown(flavor: AppConfigFlavor, emm: 'intune' | 'blackberry' | undefined, catalog: EmmCatalog): string {
  const lines = [`**${FLAVOR_NAMES[flavor]}**`, ''];
  const target = emm ?? (flavor === 'ios-plist' || flavor === 'android-managed' ? 'intune' : undefined);
  const matrices = catalog.matrices.filter((m) => m.emm === target || m.emm === 'any');
  for (const m of matrices) {
    const rows = m.kind === 'requirements' && target ? m.rows.filter((r) => !r.group || r.group.toLowerCase().includes(target) || /any|and for/i.test(r.group)) : m.rows;
    lines.push(matrixMarkdown({ ...m, rows: rows.length ? rows : m.rows }), '');
  }
  return lines.join('\n');
}
