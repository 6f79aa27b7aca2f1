// Hover for jabber-config.xml: a parameter's documentation (type, values, default, platforms,
// the MRA table's verdict, source) on its tag or value; a group's on its tag.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { lookupParameter } from '../../catalog/jabberParameters';
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
      return { contents: { kind: MarkupKind.Markdown, value: `**${non.name}** — not a jabber-config parameter\n\n${non.description}\n\nSet it ${non.where}.\n\nSource: ${non.source}` }, range };
    }
    return { contents: { kind: MarkupKind.Markdown, value: parameterMarkdown(ctx, hit.param, el.text.trim()) }, range };
  }
  if (role === 'root' && onTag) {
    return {
      contents: {
        kind: MarkupKind.Markdown,
        value: '**<config version="1.0">** · root of jabber-config.xml\n\nHolds the group elements (Client, Directory, Options, Phone, Policies, Presence, Voicemail), each with flat `<Parameter>value</Parameter>` elements. A file that is not well-formed is downloaded by Jabber and then ignored entirely.',
      },
      range,
    };
  }
  return null;
}
