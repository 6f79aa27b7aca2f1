// Text edits for the quick fixes of settings files, computed at validation time (when the text and
// its parse are at hand) and carried in Diagnostic.data. They keep the admin's layout: a value is
// replaced in place, a missing key is inserted as a new line at its siblings' indentation, a list
// item is appended in the list's own style (block `- x` or flow `[a, x]`).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { modify } from 'jsonc-parser';
import type { SettingsDocument, SettingsNode } from '../../formats/settings';
import type { Messages } from '../../catalog/messages';
import type { FixPlan, Scalar } from './types';
import { eolOf } from '../../core/text';

export interface SettingsFix {
  title: string;
  edits: TextEdit[];
}

const PLAIN_YAML = /^[A-Za-z_/][\w .:/@()+-]*$/;

/** A scalar as YAML or JSON source text; YAML strings are quoted only when plain style would misread them. */
export function scalarText(value: Scalar, syntax: 'yaml' | 'json'): string {
  if (typeof value !== 'string' || syntax === 'json') return JSON.stringify(value);
  const ambiguous = /^(true|false|null|~|yes|no)$/i.test(value) || /^[-+]?[\d.]/.test(value) || /:\s|\s#|:$/.test(value);
  return !ambiguous && PLAIN_YAML.test(value) ? value : JSON.stringify(value);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}
function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  // Before the CR of a CRLF line break, so a new line is inserted between lines, never inside a break.
  return i < 0 ? text.length : i > offset && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
}
/** The end offset of a node, trimmed back over trailing whitespace and comments the parser counted in. */
function contentEnd(text: string, node: SettingsNode): number {
  let end = node.end;
  while (end > node.start && /\s/.test(text[end - 1])) end--;
  return end;
}

function edit(doc: TextDocument, start: number, end: number, newText: string): TextEdit {
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText };
}

export function replaceValue(doc: TextDocument, parsed: SettingsDocument, node: SettingsNode, value: Scalar): TextEdit {
  return edit(doc, node.start, contentEnd(parsed.text, node), scalarText(value, parsed.syntax));
}

export function renameKey(doc: TextDocument, parsed: SettingsDocument, node: SettingsNode, key: string): TextEdit | undefined {
  if (node.keyStart === undefined) return undefined;
  const raw = parsed.text.slice(node.keyStart, node.keyEnd);
  const quoted = parsed.syntax === 'json' || /^["']/.test(raw);
  return edit(doc, node.keyStart, node.keyEnd!, quoted ? JSON.stringify(key) : key);
}

function insertKey(doc: TextDocument, parsed: SettingsDocument, parent: SettingsNode, keys: string[], value: Scalar): TextEdit[] {
  const text = parsed.text;
  if (parsed.syntax === 'json') {
    const edits = modify(text, [...parent.path, ...keys], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: eolOf(text) } });
    return edits.map((e) => edit(doc, e.offset, e.offset + e.length, e.content));
  }
  const props = parent.properties ?? [];
  if (!props.length || text[parent.start] === '{') return [];
  const first = props[0];
  const indent = ' '.repeat(first.keyStart! - lineStart(text, first.keyStart!));
  const last = props[props.length - 1];
  const at = lineEnd(text, contentEnd(text, last));
  const lines = keys.map((k, i) => `${indent}${'  '.repeat(i)}${k}:${i === keys.length - 1 ? ` ${scalarText(value, 'yaml')}` : ''}`);
  const eol = eolOf(text);
  return [edit(doc, at, at, `${eol}${lines.join(eol)}`)];
}

function appendItems(doc: TextDocument, parsed: SettingsDocument, list: SettingsNode, values: string[]): TextEdit[] {
  const text = parsed.text;
  const items = list.items ?? [];
  if (parsed.syntax === 'json') {
    let cur = text;
    // jsonc-parser inserts one item per call; apply them in sequence on a scratch copy, then emit the
    // single replacement between the unchanged prefix and suffix.
    values.forEach((v, i) => {
      const e = modify(cur, [...list.path, items.length + i], v, {
        formattingOptions: { insertSpaces: true, tabSize: 2, eol: eolOf(text) },
        isArrayInsertion: true,
      });
      for (const x of [...e].sort((a, b) => b.offset - a.offset)) cur = cur.slice(0, x.offset) + x.content + cur.slice(x.offset + x.length);
    });
    let pre = 0;
    while (pre < text.length && pre < cur.length && text[pre] === cur[pre]) pre++;
    let suf = 0;
    while (suf < text.length - pre && suf < cur.length - pre && text[text.length - 1 - suf] === cur[cur.length - 1 - suf]) suf++;
    return [edit(doc, pre, text.length - suf, cur.slice(pre, cur.length - suf))];
  }
  if (text[list.start] === '[') {
    const close = text.lastIndexOf(']', list.end);
    const rendered = values.map((v) => scalarText(v, 'yaml')).join(', ');
    return [edit(doc, close, close, items.length ? `, ${rendered}` : rendered)];
  }
  if (!items.length) return [];
  const firstLine = lineStart(text, items[0].start);
  const dashIndent = text.slice(firstLine, items[0].start).replace(/-\s*$/, '');
  const at = lineEnd(text, contentEnd(text, items[items.length - 1]));
  const eol = eolOf(text);
  return [edit(doc, at, at, values.map((v) => `${eol}${dashIndent}- ${scalarText(v, 'yaml')}`).join(''))];
}

/** The fix of a plan, titled in the user's language (schemas/l10n/uc-settings.json `fix.*`). */
export function planEdits(doc: TextDocument, parsed: SettingsDocument, plan: FixPlan, S: Messages): SettingsFix | undefined {
  // Values inside Korean or Japanese text are quoted so they read as values; English shows them as the file would.
  const shown = (v: Scalar) => (S.locale === 'en' ? scalarText(v, parsed.syntax) : JSON.stringify(v));
  switch (plan.kind) {
    case 'replace':
      return { title: S.t('fix.setTo', { value: shown(plan.text) }), edits: [replaceValue(doc, parsed, plan.node, plan.text)] };
    case 'insert': {
      const edits = insertKey(doc, parsed, plan.parent, plan.keys, plan.value);
      return edits.length ? { title: S.t('fix.addKey', { key: plan.keys.join('.'), value: shown(plan.value) }), edits } : undefined;
    }
    case 'append': {
      const edits = appendItems(doc, parsed, plan.list, plan.values);
      return edits.length
        ? { title: S.t('fix.addValues', { values: S.locale === 'en' ? plan.values.join(', ') : plan.values.map((v) => JSON.stringify(v)).join(', ') }), edits }
        : undefined;
    }
  }
}
