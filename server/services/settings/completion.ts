// Completion of keys and enumerated values from schemas/uc-settings.schema.json. Items carry a
// textEdit over the word being typed so that applying one leaves a valid line behind.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { messagesOf } from '../../catalog/messages';
import { child, parsedSettings, STEPPED_SETTINGS_CHARS, type PathSegment, type SettingsNode } from '../../formats/settings';
import { settingsData, type SchemaNode } from '../../rules/settings/data';
import { resolve } from '../../rules/settings/paths';
import type { ServiceContext } from '../types';
import type { Steps } from '../../core/steps';
import { caretContext, caretInSteps } from './cursor';
import { otherSettings } from './document';
import { scalarText } from '../../rules/settings/edits';
import { describeSetting, schemaAt } from './schema';

/** What a completion reads besides the document's parse, in steps (FormatService.completeInSteps). */
export function settingsCompletionInSteps(doc: TextDocument, position: Position): Steps<void> | undefined {
  return caretInSteps(parsedSettings(doc), doc.offsetAt(position), STEPPED_SETTINGS_CHARS);
}

export function completeSettings(doc: TextDocument, position: Position, ctx: ServiceContext): CompletionItem[] {
  const parsed = parsedSettings(doc);
  const offset = doc.offsetAt(position);
  const caret = caretContext(parsed, offset);
  if (!caret) return [];
  const { schema } = settingsData(ctx.catalogs);
  const range = { start: doc.positionAt(caret.start), end: doc.positionAt(caret.end) };
  const target = schemaAt(schema, caret.path);
  if (!target) return [];
  const S = messagesOf(ctx, 'uc-settings');
  const docs = (s: SchemaNode, path: PathSegment[]) => {
    const lines = [describeSetting(s, path, S) ?? ''];
    if (s['x-uiPath']) lines.push('', S.t('completion.ui', { path: s['x-uiPath'] }));
    return { kind: MarkupKind.Markdown, value: lines.join('\n') };
  };
  if (caret.kind === 'key') {
    if (target.type !== 'object' || !target.properties) return [];
    return Object.entries(target.properties)
      .filter(([k]) => !caret.siblings.includes(k))
      .map(([key, s], i) => {
        const container = s.type === 'object' || s.type === 'array';
        const yamlIndent = ' '.repeat(doc.positionAt(caret.start).character + 2);
        const newText =
          parsed.syntax === 'json'
            ? `"${key}": ${s.type === 'object' ? '{$1}' : s.type === 'array' ? '[$1]' : s.type === 'string' || s.enum ? '"$1"' : '$1'}`
            : container
              ? `${key}:\n${yamlIndent}${s.type === 'array' ? '- ' : ''}$1`
              : `${key}: $1`;
        return {
          label: key,
          kind: container ? CompletionItemKind.Module : CompletionItemKind.Property,
          detail: s['x-uiPath'] ?? describeSetting(s, [...caret.path, key], S)?.split(/\. |。/)[0], // first sentence (Japanese ends it with '。')
          documentation: docs(s, [...caret.path, key]),
          sortText: String(i).padStart(4, '0'),
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: { range, newText },
        } satisfies CompletionItem;
      });
  }
  const values: (string | number | boolean)[] =
    target.enum ?? (target.type === 'boolean' ? [true, false] : target.default !== undefined ? [target.default] : []);
  if (target['x-valuesFrom']) {
    // Names defined elsewhere in the file (UC services, service profiles, Expressway-E peers).
    const holder = nodeAtPath(parsed.root, caret.path.slice(0, -1));
    const found = resolve(target['x-valuesFrom'], { root: parsed.root, item: holder, others: otherSettings(doc, ctx) });
    for (const r of found) if (r.node.kind === 'scalar' && typeof r.node.value === 'string' && !values.includes(r.node.value)) values.push(r.node.value);
  }
  return values.map((v, i) => ({
    label: String(v),
    kind: CompletionItemKind.Value,
    detail: v === target.default ? S.t('completion.default') : target['x-uiPath'],
    documentation: docs(target, caret.path),
    sortText: String(i).padStart(4, '0'),
    textEdit: { range, newText: scalarText(v, parsed.syntax) },
  }));
}

function nodeAtPath(root: SettingsNode | undefined, path: PathSegment[]): SettingsNode | undefined {
  let n = root;
  for (const seg of path) n = child(n, seg);
  return n;
}
