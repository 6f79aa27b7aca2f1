// Completion for jabber-config.xml: groups inside <config>, the parameters of the enclosing group
// (with closing tag and default value), values of enumerated/boolean parameters, end tags, and a
// whole skeleton in an empty file.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import { lookupParameter, type JabberParameter } from '../../catalog/jabberParameters';
import { messagesOf, type Messages } from '../../catalog/messages';
import { allParameters } from '../../formats/jabber-config';
import { valueInRelease } from '../../rules/values';
import type { ServiceContext } from '../types';
import { cursorContext, roleOf } from './cursor';
import { groupMarkdown, parameterMarkdown, typeSummary } from './docs';
import { getJabberModel } from './model';

const snippetEscape = (s: string) => s.replace(/[$}\\]/g, '\\$&');

/** The value part of a parameter snippet: a choice for booleans and enums, else the default. */
function valuePlaceholder(p: JabberParameter, release: string): string {
  if (p.type === 'boolean') {
    const first = (p.default ?? 'true').toLowerCase() === 'false' ? 'false' : 'true';
    return `\${1|${first},${first === 'true' ? 'false' : 'true'}|}`;
  }
  if (p.type === 'enum' && p.values?.length) {
    const vals = p.values.filter((v) => valueInRelease(v, release)).map((v) => v.value.replace(/[,|]/g, '\\$&'));
    const def = vals.find((v) => v.toLowerCase() === (p.default ?? '').toLowerCase());
    const ordered = def ? [def, ...vals.filter((v) => v !== def)] : vals;
    return `\${1|${ordered.join(',')}|}`;
  }
  return `\${1:${snippetEscape(p.default ?? '')}}`;
}

export function completeJabberConfig(doc: TextDocument, position: Position, ctx: ServiceContext): CompletionItem[] {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const J = messagesOf(ctx, 'jabber-config');
  if (text.trim() === '' || (text.trim().length < 10 && !text.includes('<config'))) return [skeleton(doc, position, J)];
  const model = getJabberModel(doc);
  const cur = cursorContext(model, offset);
  const catalog = ctx.catalogs.jabber;
  const rangeFrom = (start: number): Range => ({ start: doc.positionAt(start), end: position });

  if (cur.kind === 'end-tag') {
    const el = cur.enclosing;
    if (!el) return [];
    const hasGt = text[offset] === '>';
    return [
      {
        label: `</${el.name}>`,
        kind: CompletionItemKind.Property,
        filterText: `</${el.name}`,
        textEdit: { range: rangeFrom(cur.replaceStart), newText: `</${el.name}${hasGt ? '' : '>'}` },
      },
    ];
  }
  if (cur.kind === 'attribute') return [];

  const role = roleOf(cur.enclosing);
  const replace = cur.kind === 'tag-name' ? rangeFrom(cur.replaceStart) : { start: position, end: position };
  if (role === 'none' && !model.root) return [skeleton(doc, position, J)];
  if (role === 'root') {
    const present = new Set(model.groups.map((g) => g.name));
    return catalog.groups.map((g, i) => ({
      label: g.name,
      kind: CompletionItemKind.Module,
      detail: ctx.catalogs.labels(ctx.locale).group,
      documentation: { kind: MarkupKind.Markdown, value: groupMarkdown(ctx, g) },
      sortText: `${present.has(g.name) ? 1 : 0}${i}`,
      filterText: cur.kind === 'tag-name' ? `<${g.name}` : g.name,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: replace, newText: `<${g.name}>\n\t$0\n</${g.name}>` },
    }));
  }
  if (role === 'group' && cur.enclosing) {
    const group = catalog.groupByLowerName.get(cur.enclosing.name.toLowerCase());
    if (!group) return [];
    const present = new Set(allParameters(model).map((p) => lookupParameter(catalog, p.name)?.param.name));
    const release = ctx.settings.jabberRelease;
    return (catalog.parametersOfGroup.get(group.name) ?? [])
      .filter((p) => !present.has(p.name))
      .map((p) => {
        const body = p.type === 'xml' ? '\n\t$0\n' : valuePlaceholder(p, release);
        const item: CompletionItem = {
          label: p.name,
          kind: CompletionItemKind.Property,
          detail: `${typeSummary(p, J)}${p.default !== undefined ? ` = ${p.default}` : ''}`,
          documentation: { kind: MarkupKind.Markdown, value: parameterMarkdown(ctx, p) },
          sortText: (p.deprecated ? 'z' : 'a') + p.name.toLowerCase(),
          filterText: cur.kind === 'tag-name' ? `<${p.name}` : p.name,
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: { range: replace, newText: `<${p.name}>${body}</${p.name}>` },
        };
        if (p.deprecated) item.tags = [CompletionItemTag.Deprecated];
        return item;
      });
  }
  if (role === 'parameter' && cur.kind === 'content' && cur.enclosing) {
    const param = lookupParameter(catalog, cur.enclosing.name)?.param;
    if (!param) return [];
    const el = cur.enclosing;
    const values =
      param.type === 'boolean'
        ? [{ value: 'true' }, { value: 'false' }]
        : param.type === 'enum'
          ? (param.values ?? []).filter((v) => valueInRelease(v, ctx.settings.jabberRelease))
          : [];
    // The value being replaced is the whole text of the element, so choosing replaces a typo entirely.
    const start = el.textStart ?? el.startTagEnd;
    const end = Math.max(offset, el.textEnd ?? offset);
    const valueRange = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const described = ctx.catalogs.jabberText(ctx.locale).parameters[param.name]?.values ?? {};
    return values.map((v, i) => ({
      label: v.value,
      kind: CompletionItemKind.EnumMember,
      detail: v.value.toLowerCase() === (param.default ?? '').toLowerCase() ? J.t('completion.default') : undefined,
      documentation: 'description' in v && v.description ? (described[v.value] ?? v.description) : undefined,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: valueRange, newText: v.value },
    }));
  }
  return [];
}

function skeleton(doc: TextDocument, position: Position, J: Messages): CompletionItem {
  const all = { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) };
  return {
    label: J.t('completion.skeleton'),
    kind: CompletionItemKind.Snippet,
    detail: J.t('completion.skeletonDetail'),
    filterText: doc.getText().trim() || 'jabber-config',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: {
      range: doc.getText().trim() ? all : { start: position, end: position },
      newText:
        '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n\t<${1|Client,Directory,Options,Phone,Policies,Presence,Voicemail|}>\n\t\t$0\n\t</$1>\n</config>\n',
    },
  };
}
