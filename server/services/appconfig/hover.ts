// Hover over a key or its value: the catalog's documentation with support matrices and sources.
// Hover over the format marker (@odata.type, "emm", the <dict>/<plist> tag): the format and the
// support tables of its EMM.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { OffsetRange } from '../../formats/appconfig-model';
import type { ServiceContext } from '../types';
import { emmCatalogOf, lookupKey } from './catalog';
import { flavorMarkdown, parameterMarkdown, parameterProse } from './docs';
import { toRange } from './edits';
import { getAppConfigModel } from './model';

const inside = (r: OffsetRange | undefined, o: number) => !!r && o >= r.start && o <= r.end;

export function hoverAppConfig(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null {
  const offset = doc.offsetAt(position);
  const model = getAppConfigModel(doc);
  const catalog = emmCatalogOf(ctx);
  for (const e of model.entries) {
    const onKey = inside(e.keyRange, offset);
    const onValue = inside(e.valueNodeRange, offset) || inside(e.valueRange, offset);
    if (!onKey && !onValue) continue;
    const found = lookupKey(catalog, e.key, model.flavor === 'blackberry-uem');
    if (found.kind === 'unknown') return null;
    let md = parameterMarkdown(ctx, found.param, catalog, model.flavor);
    if (onValue && e.value !== undefined) {
      const v = found.param.values?.find((x) => x.value.toLowerCase() === e.value!.trim().toLowerCase());
      const alias = found.param.valueAliases?.find((a) => a.value.toLowerCase() === e.value!.trim().toLowerCase());
      const prose = parameterProse(ctx, found.param);
      if (alias) md = `\`${alias.value}\` = \`${alias.canonical}\`: ${prose.aliasNote(alias)}\n\n---\n\n${md}`;
      else if (v?.description) md = `\`${v.value}\`: ${prose.value(v)}\n\n---\n\n${md}`;
    }
    return { contents: { kind: MarkupKind.Markdown, value: md }, range: toRange(doc, onKey ? e.keyRange : (e.valueRange ?? e.valueNodeRange)!) };
  }
  if (model.markerRange && inside(model.markerRange, offset) && model.flavor !== 'unknown') {
    return { contents: { kind: MarkupKind.Markdown, value: flavorMarkdown(ctx, model.flavor, model.emm, catalog) }, range: toRange(doc, model.markerRange) };
  }
  return null;
}
