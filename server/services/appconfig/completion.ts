// Completion for app-configuration files: whole configurations in an empty file, keys (with their
// documentation), values of the key under the caret, and complete entries in the flavor's syntax
// where a new entry can start. Works on the text around the caret, so half-typed files complete too.
import { findNodeAtLocation, getLocation, type Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { AppConfigModel } from '../../formats/appconfig-model';
import type { ServiceContext } from '../types';
import { emmCatalogOf, lookupKey, type EmmCatalog, type EmmParameter } from './catalog';
import { parameterMarkdown, parameterProse, typeSummary } from './docs';
import { appConfigText } from './l10n';
import { toRange } from './edits';
import { getAppConfigModel, isJsonDocument } from './model';
import { deliveredType, entrySnippet, suitsFlavor, templates, writableParameters, type WritableFlavor } from './snippets';

const esc = (s: string) => s.replace(/[$}\\]/g, '\\$&');

export function completeAppConfig(doc: TextDocument, position: Position, ctx: ServiceContext): CompletionItem[] {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const catalog = emmCatalogOf(ctx);
  const json = isJsonDocument(doc);
  const model = getAppConfigModel(doc);
  // Larger than the app-configuration bound: only the syntax was checked, there is nothing to complete from.
  if (model.tooLarge) return [];
  if (isNearlyEmpty(text, model)) return templateItems(doc, catalog, json, ctx);
  return json ? completeJson(doc, text, offset, model, catalog, ctx) : completePlist(doc, text, offset, model, catalog, ctx);
}

/** Nothing written yet but (at most) an opening bracket or a word: offer whole configurations. */
function isNearlyEmpty(text: string, model: AppConfigModel): boolean {
  const t = text.trim();
  return t === '' || (model.entries.length === 0 && (model.flavor === 'unknown' || model.syntax === 'xml') && /^(\{|<|<dict>?|<\w*|\w+)?$/.test(t));
}

function templateItems(doc: TextDocument, catalog: EmmCatalog, json: boolean, ctx: ServiceContext): CompletionItem[] {
  const whole: Range = { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) };
  const L = appConfigText(ctx);
  // Names and descriptions in the user's language (schemas/l10n/app-config.json template.<prefix>.*).
  const named = (t: { prefix: string }) => ({ name: L.t(`template.${t.prefix}.name`), description: L.t(`template.${t.prefix}.description`) });
  return templates(catalog)
    .filter((t) => (t.syntax === 'json') === json)
    .map((t, i) => ({
      label: named(t).name,
      kind: CompletionItemKind.Snippet,
      detail: t.prefix,
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${named(t).description}\n\n\`\`\`${t.syntax}\n${t.body.replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1')}\`\`\``,
      },
      filterText: `${doc.getText().trim()}${t.prefix} ${named(t).name}`,
      sortText: String(i).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: whole, newText: t.body },
    }));
}

function keyItem(
  ctx: ServiceContext,
  p: EmmParameter,
  catalog: EmmCatalog,
  model: AppConfigModel,
  range: Range,
  newText: string,
  present: Set<string>,
  snippet: boolean,
  index: number,
): CompletionItem {
  return {
    label: p.key!,
    kind: snippet ? CompletionItemKind.Snippet : CompletionItemKind.Property,
    detail: `${typeSummary(p, appConfigText(ctx))} · ${p.platforms.map((x) => (x === 'ios' ? 'iOS' : 'Android')).join('/')}`,
    documentation: { kind: MarkupKind.Markdown, value: parameterMarkdown(ctx, p, catalog, model.flavor) },
    // Keys already in the file go last: a second one would be a duplicate.
    sortText: `${present.has(p.key!.toLowerCase()) ? 1 : 0}${String(index).padStart(3, '0')}`,
    filterText: undefined,
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range, newText },
  };
}

function keysFor(catalog: EmmCatalog, flavor: AppConfigModel['flavor']): EmmParameter[] {
  const all = writableParameters(catalog);
  return flavor === 'unknown' ? all : all.filter((p) => suitsFlavor(p, flavor as WritableFlavor));
}

function presentKeys(model: AppConfigModel): Set<string> {
  return new Set(model.entries.map((e) => e.key.toLowerCase()));
}

/** Value choices of a key: booleans, enumerations (documented spellings first), list items; default first. */
function valueChoices(ctx: ServiceContext, p: EmmParameter): { value: string; detail: string }[] {
  const L = appConfigText(ctx);
  if (deliveredType(p) === 'boolean' || p.type === 'boolean') {
    return ['true', 'false'].map((v) => ({
      value: v,
      detail:
        v === (p.emmRecommended ?? p.default ?? '').toLowerCase()
          ? p.emmRecommended === v
            ? L.t('completion.recommendedWithEmm')
            : L.t('completion.default')
          : '',
    }));
  }
  const prose = parameterProse(ctx, p);
  const out = (p.values ?? []).map((v) => ({
    value: v.value,
    detail: [v.value === p.default ? L.t('completion.default') : '', prose.value(v) ?? ''].filter(Boolean).join(' · '),
  }));
  for (const a of p.valueAliases ?? []) out.push({ value: a.value, detail: L.t('completion.otherSpelling', { value: a.canonical }) });
  return out;
}

function valueItems(ctx: ServiceContext, p: EmmParameter, range: Range, render: (v: string) => string): CompletionItem[] {
  return valueChoices(ctx, p).map((c, i) => ({
    label: c.value,
    kind: CompletionItemKind.Value,
    detail: c.detail || undefined,
    sortText: String(i).padStart(3, '0'),
    filterText: render(c.value),
    textEdit: { range, newText: render(c.value) },
  }));
}

// ---------------------------------------------------------------------------------------------
// Property lists

function completePlist(doc: TextDocument, text: string, offset: number, model: AppConfigModel, catalog: EmmCatalog, ctx: ServiceContext): CompletionItem[] {
  const before = text.slice(Math.max(0, offset - 500), offset);
  const nextLt = text.indexOf('<', offset);
  const restEnd = nextLt < 0 ? text.length : nextLt;
  const present = presentKeys(model);
  const keys = keysFor(catalog, 'ios-plist');

  // Inside <key>…</key>: the key names.
  const inKey = /<key>([^<>]*)$/.exec(before);
  if (inKey) {
    const range = toRange(doc, { start: offset - inKey[1].length, end: restEnd });
    return keys.map((p, i) => keyItem(ctx, p, catalog, model, range, p.key!, present, false, i));
  }
  // Inside a scalar value element: the values of the key before it.
  const inValue = /<(string|integer|real)>([^<>]*)$/.exec(before);
  if (inValue) {
    const p = keyBefore(text, offset - inValue[0].length, catalog);
    if (!p) return [];
    const range = toRange(doc, { start: offset - inValue[2].length, end: restEnd });
    return valueItems(ctx, p, range, (v) => v);
  }
  // Right after </key>: the value element, typed for the key.
  const afterKey = /<\/key>\s*(<\w*)?$/.exec(before);
  if (afterKey) {
    const p = keyBefore(text, offset - (afterKey[1]?.length ?? 0), catalog);
    if (!p) return [];
    const range = toRange(doc, { start: offset - (afterKey[1]?.length ?? 0), end: offset });
    if (deliveredType(p) === 'boolean') return valueItems(ctx, p, range, (v) => `<${v}/>`);
    const el = deliveredType(p) === 'integer' ? 'integer' : 'string';
    const choices = valueItems(ctx, p, range, (v) => `<${el}>${v}</${el}>`);
    return choices.length
      ? choices
      : [
          {
            label: `<${el}>`,
            kind: CompletionItemKind.Value,
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: { range, newText: `<${el}>\${1:${esc(p.default ?? '')}}</${el}>` },
          },
        ];
  }
  // Between entries (or on a half-typed tag): whole <key>/<value> pairs.
  const partial = /<(\w*)$/.exec(before);
  const between = partial || /(^|>)\s*$/.test(before);
  if (!between) return [];
  const start = partial ? offset - partial[0].length : offset;
  const range = toRange(doc, { start, end: offset });
  const indent = indentOfLine(text, start);
  return keys.map((p, i) => ({
    ...keyItem(ctx, p, catalog, model, range, entrySnippet('ios-plist', p, 1, indent), present, true, i),
    filterText: `<key>${p.key}`,
  }));
}

/** The parameter of the nearest <key> before an offset. */
function keyBefore(text: string, offset: number, catalog: EmmCatalog): EmmParameter | undefined {
  const slice = text.slice(Math.max(0, offset - 2000), offset);
  const m = /<key>([^<]*)<\/key>\s*$/.exec(slice);
  if (!m) return undefined;
  const found = lookupKey(catalog, m[1], false);
  return found.kind === 'unknown' ? undefined : found.param;
}

// ---------------------------------------------------------------------------------------------
// JSON

const LIST_AND_FIELDS: Partial<Record<WritableFlavor, { list: string; key: string; values: string[] }>> = {
  'intune-ios-graph': { list: 'settings', key: 'appConfigKey', values: ['appConfigKeyValue'] },
  'intune-mam-graph': { list: 'customSettings', key: 'name', values: ['value'] },
  'android-managed': { list: 'managedProperty', key: 'key', values: ['valueString', 'valueBool', 'valueInteger'] },
};

function completeJson(doc: TextDocument, text: string, offset: number, model: AppConfigModel, catalog: EmmCatalog, ctx: ServiceContext): CompletionItem[] {
  if (model.flavor === 'unknown' || model.tooDeep) return [];
  const flavor = model.flavor;
  const loc = getLocation(text, offset);
  const tree = model.jsonTree;
  const present = presentKeys(model);
  const keys = keysFor(catalog, flavor);
  const inString =
    (loc.previousNode?.type === 'string' || loc.previousNode?.type === 'property') &&
    offset > loc.previousNode.offset &&
    offset < loc.previousNode.offset + loc.previousNode.length + (text[loc.previousNode.offset + loc.previousNode.length - 1] === '"' ? 0 : 1);
  const stringRange = (): Range => {
    const n = loc.previousNode!;
    const closed = n.length >= 2 && text[n.offset + n.length - 1] === '"';
    return toRange(doc, { start: n.offset + 1, end: n.offset + n.length - (closed ? 1 : 0) });
  };
  const here = toRange(doc, { start: offset, end: offset });
  const path = loc.path;

  if (flavor === 'blackberry-uem') {
    if (path[0] !== 'appConfiguration' || path.length !== 2) return [];
    if (loc.isAtPropertyKey) {
      if (inString) return keys.map((p, i) => keyItem(ctx, p, catalog, model, stringRange(), p.key!, present, false, i));
      return keys.map((p, i) => keyItem(ctx, p, catalog, model, here, entrySnippet('blackberry-uem', p, 1), present, true, i));
    }
    const p = paramOf(catalog, String(path[1]), true);
    if (!p) return [];
    if (inString) return valueItems(ctx, p, stringRange(), (v) => v);
    return valueItems(ctx, p, here, (v) => (deliveredType(p) === 'string' ? JSON.stringify(v) : v));
  }

  const shape = LIST_AND_FIELDS[flavor];
  if (!shape || path[0] !== shape.list) return [];
  // A new element of the list: complete entries.
  if (path.length === 2 && typeof path[1] === 'number' && !inObject(tree, path)) {
    const indent = indentOfLine(text, offset);
    return keys.map((p, i) => keyItem(ctx, p, catalog, model, here, entrySnippet(flavor, p, 1, indent), present, true, i));
  }
  if (path.length !== 3 || loc.isAtPropertyKey) return [];
  const field = String(path[2]);
  if (field === shape.key) {
    if (inString) return keys.map((p, i) => keyItem(ctx, p, catalog, model, stringRange(), p.key!, present, false, i));
    return keys.map((p, i) => keyItem(ctx, p, catalog, model, here, JSON.stringify(p.key), present, false, i));
  }
  const item = tree ? findNodeAtLocation(tree, path.slice(0, 2)) : undefined;
  const keyName = item ? stringProp(item, shape.key) : undefined;
  const p = keyName ? paramOf(catalog, keyName, false) : undefined;
  if (!p) return [];
  if (flavor === 'intune-ios-graph' && field === 'appConfigKeyType') {
    const expected = `${deliveredType(p)}Type`;
    const types = [expected, ...['stringType', 'booleanType', 'integerType', 'realType', 'tokenType'].filter((t) => t !== expected)];
    const range = inString ? stringRange() : here;
    return types.map((t, i) => ({
      label: t,
      kind: CompletionItemKind.EnumMember,
      detail: i === 0 ? appConfigText(ctx).t('completion.typeOf', { key: p.key! }) : undefined,
      sortText: String(i),
      textEdit: { range, newText: inString ? t : JSON.stringify(t) },
    }));
  }
  if (!shape.values.includes(field)) return [];
  if (inString) return valueItems(ctx, p, stringRange(), (v) => v);
  const quoted = !(flavor === 'android-managed' && field !== 'valueString');
  return valueItems(ctx, p, here, (v) => (quoted ? JSON.stringify(v) : v));
}

/** The leading whitespace of the line that holds `offset` (a linear scan back to the line start). */
function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, Math.min(offset, lineStart + 200)))![0];
}

function inObject(tree: Node | undefined, path: (string | number)[]): boolean {
  const n = tree ? findNodeAtLocation(tree, path) : undefined;
  return n?.type === 'object';
}

function stringProp(obj: Node, name: string): string | undefined {
  const p = obj.children?.find((c) => c.children?.[0]?.value === name);
  const v = p?.children?.[1];
  return v?.type === 'string' ? String(v.value) : undefined;
}

function paramOf(catalog: EmmCatalog, key: string, labels: boolean): EmmParameter | undefined {
  const f = lookupKey(catalog, key, labels);
  return f.kind === 'unknown' ? undefined : f.param;
}
