// Hover on a key or value: the setting's meaning, its admin UI path, and every rule that concerns it
// with the seed's own words (quote in the original language, file and section).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { messagesOf, type Messages } from '../../catalog/messages';
import { sourceMarkdown } from '../../catalog/sources';
import { settingsData } from '../../rules/settings/data';
import type { SettingsRule } from '../../rules/settings/types';
import type { ServiceContext } from '../types';
import { hoverNode } from './cursor';
import { parsedSettings } from '../../formats/settings';
import { describeSetting, rulePathOf, schemaAt } from './schema';

const MAX_RULES_SHOWN = 6;

export function hoverSettings(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null {
  const parsed = parsedSettings(doc);
  const node = hoverNode(parsed, doc.offsetAt(position));
  if (!node || !node.path.length) return null;
  const data = settingsData(ctx.catalogs);
  // A list item is explained by its list's entry in the schema and rules.
  let path = node.path;
  while (path.length && typeof path[path.length - 1] === 'number') path = path.slice(0, -1);
  const schema = schemaAt(data.schema, path);
  if (!schema) return null;
  const key = String(path[path.length - 1]);
  const S = messagesOf(ctx, 'uc-settings');
  const parts: string[] = [`**${key}**`];
  const description = describeSetting(schema, path, S);
  if (description) parts.push(description);
  if (schema['x-uiPath']) parts.push(S.t('hover.ui', { path: schema['x-uiPath'] }));
  if (schema.enum) parts.push(S.t('hover.values', { values: schema.enum.map((v) => `\`${v}\``).join(', ') }));
  if (schema.default !== undefined) parts.push(S.t('hover.default', { value: `\`${schema.default}\`` }));
  const rules = data.rulesByPath.get(rulePathOf(path)) ?? [];
  for (const r of rules.slice(0, MAX_RULES_SHOWN)) parts.push(ruleText(r, ctx, S));
  if (rules.length > MAX_RULES_SHOWN) parts.push(S.t('hover.moreRules', { count: rules.length - MAX_RULES_SHOWN }));
  const start = node.keyStart ?? node.start;
  const end = node.keyStart !== undefined && doc.offsetAt(position) <= node.keyEnd! ? node.keyEnd! : node.end;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}

/**
 * A rule's message in the user's language, from its code in schemas/diagnostics/uc-settings.json (where
 * every code's message lives), without its values: the parenthesised "(found {value})" (ASCII or
 * full-width) goes, any other placeholder reads "…".
 */
export function ruleMessage(r: SettingsRule, ctx: ServiceContext): string {
  const m = ctx.catalogs.diagnostics.get(r.code)?.message;
  const message = m ? (ctx.locale !== 'en' && m[ctx.locale]) || m.en : r.code;
  return message.replace(/\s*[(（][^()（）]*\{\w+\}[^()（）]*[)）]/g, '').replace(/\{\w+\}/g, '…');
}

function ruleText(r: SettingsRule, ctx: ServiceContext, S: Messages): string {
  const plain = ruleMessage(r, ctx);
  const severity = S.t(`severity.${r.severity}`) + (r.confidence === 'derived' ? S.t('hover.derived') : '');
  return `---\n${S.t('hover.rule', { code: `\`${r.code}\``, severity, message: plain })}\n\n> ${r.source.quote.replace(/\s+/g, ' ')}\n\n${S.t('hover.source', { source: sourceMarkdown(ctx.catalogs, { file: r.source.file, section: r.source.section }, ctx.locale) })}`;
}
