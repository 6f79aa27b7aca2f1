// Hover for jabber-config.xml: a parameter's documentation (type, values, default, platforms,
// the MRA table's verdict, source) on its tag or value; a group's on its tag.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { lookupParameter, nonParameterText } from '../../catalog/jabberParameters';
import { messagesOf } from '../../catalog/messages';
import { sourceMarkdown } from '../../catalog/sources';
import type { ServiceContext } from '../types';
import { enclosingElement, roleOf, tagNameAt } from './cursor';
import { groupMarkdown, parameterMarkdown } from './docs';
import { getJabberModel } from './model';

export function hoverJabberConfig(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null {
  const model = getJabberModel(doc);
  const offset = doc.offsetAt(position);
  const onTag = tagNameAt(model, offset);
  const el = onTag ?? enclosingElement(model, offset);
  if (!el) return null;
  const role = roleOf(el);
  const catalog = ctx.catalogs.jabber;
  const range = onTag ? { start: doc.positionAt(el.nameStart), end: doc.positionAt(el.nameEnd) } : undefined;
  if (role === 'group') {
    const g = catalog.groupByLowerName.get(el.name.toLowerCase());
    if (!g || !onTag) return null;
    return { contents: { kind: MarkupKind.Markdown, value: groupMarkdown(ctx, g) }, range };
  }
  if (role === 'parameter') {
    const hit = lookupParameter(catalog, el.name);
    if (!hit) {
      const non = catalog.nonParameters.get(el.name.toLowerCase());
      if (!non || !onTag) return null;
      const L = ctx.catalogs.labels(ctx.locale);
      const text = nonParameterText(non, ctx.locale);
      const setIt = messagesOf(ctx, 'jabber-config').t('hover.setIt', { where: text.where });
      return {
        contents: {
          kind: MarkupKind.Markdown,
          value: `**${non.name}** — ${L.notAParameter}\n\n${text.description}\n\n${setIt}\n\n${L.source}: ${sourceMarkdown(ctx.catalogs, non.source, ctx.locale)}`,
        },
        range,
      };
    }
    return { contents: { kind: MarkupKind.Markdown, value: parameterMarkdown(ctx, hit.param, el.text.trim()) }, range };
  }
  if (role === 'root' && onTag) {
    return { contents: { kind: MarkupKind.Markdown, value: messagesOf(ctx, 'jabber-config').t('hover.root') }, range };
  }
  return null;
}
