// Small helpers shared by validation (which precomputes quick fixes) and completion: offset ranges to
// LSP ranges, and the edit that writes a value with a given type in each flavor.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { AppConfigEntry, AppConfigModel, OffsetRange } from '../../formats/appconfig-model';
import type { EmmParameter } from './catalog';
import { entryText, type WritableFlavor } from './snippets';
import { eolOf, positionIn, withEol } from '../../core/text';

export function toRange(doc: TextDocument, r: OffsetRange): Range {
  // Validation asks for the ranges of a file in order, give or take a line: counted from the one before (positionIn).
  const start = positionIn(doc, r.start);
  // Most ranges (keys, values) are short and on one line: the end is then the same line, further
  // along by the range's length, and needs no second search of the line table.
  const length = r.end - r.start;
  if (length >= 0 && length <= 64) {
    const text = doc.getText();
    // (A start inside a CR LF pair is moved before the CR; such a range holds the LF and is not shortcut.)
    if (r.end <= text.length) {
      let oneLine = true;
      for (let i = r.start; i < r.end; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          oneLine = false;
          break;
        }
      }
      if (oneLine) return { start, end: { line: start.line, character: start.character + length } };
    }
  }
  return { start, end: positionIn(doc, r.end) };
}

export function replace(doc: TextDocument, r: OffsetRange, newText: string): TextEdit {
  return { range: toRange(doc, r), newText };
}

/** A quick fix carried in a diagnostic's data until codeActions turns it into a CodeAction. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Edits that make an entry deliver `value` as `type`, in the entry's own syntax; undefined when the
 * format has no way to say it (string-only channels) or the entry came from an encoded payload.
 */
export function retypeEdits(
  doc: TextDocument,
  model: AppConfigModel,
  e: AppConfigEntry,
  type: 'boolean' | 'integer' | 'string',
  value: string,
): TextEdit[] | undefined {
  if (e.encoded || !e.valueNodeRange) return undefined;
  switch (model.flavor) {
    case 'ios-plist':
      return [replace(doc, e.valueNodeRange, type === 'boolean' ? `<${value}/>` : `<${type}>${xmlEsc(value)}</${type}>`)];
    case 'intune-ios-graph': {
      if (!e.declaredTypeRange) return undefined;
      const edits = [replace(doc, e.declaredTypeRange, `${type}Type`)];
      if (e.valueRange && e.value !== value) edits.push(replace(doc, e.valueRange, value));
      return edits;
    }
    case 'android-managed': {
      if (!e.declaredTypeRange) return undefined;
      const field = type === 'boolean' ? 'valueBool' : type === 'integer' ? 'valueInteger' : 'valueString';
      const json = type === 'string' ? JSON.stringify(value) : value;
      // The property name sits inside quotes: replace from its opening quote to the end of the value.
      return [replace(doc, { start: e.declaredTypeRange.start - 1, end: e.valueNodeRange.end }, `"${field}": ${json}`)];
    }
    case 'blackberry-uem':
      return [replace(doc, e.valueNodeRange, type === 'string' ? JSON.stringify(value) : value)];
    default:
      return undefined;
  }
}

/** Edits that set an entry's value text, keeping its type; booleans in a plist are elements. */
export function setValueEdits(doc: TextDocument, model: AppConfigModel, e: AppConfigEntry, value: string): TextEdit[] | undefined {
  if (e.encoded) return undefined;
  if (
    e.valueKind === 'boolean' &&
    e.valueNodeRange &&
    (model.flavor === 'ios-plist' || model.flavor === 'android-managed' || model.flavor === 'blackberry-uem')
  ) {
    return [replace(doc, e.valueNodeRange, model.flavor === 'ios-plist' ? `<${value.toLowerCase()}/>` : value.toLowerCase())];
  }
  if (!e.valueRange) return undefined;
  const text = model.syntax === 'xml' ? xmlEsc(value) : JSON.stringify(value).slice(1, -1);
  return [replace(doc, e.valueRange, text)];
}

/** The edit that adds a new entry at the end of the model's entry list. */
export function insertEntryEdit(doc: TextDocument, model: AppConfigModel, p: EmmParameter, value: string): TextEdit | undefined {
  const at = model.insertAt;
  if (!at || model.flavor === 'unknown') return undefined;
  const body = entryText(model.flavor as WritableFlavor, p, value, at.indent);
  const text = doc.getText();
  const eol = eolOf(text);
  const outer = at.indent.slice(0, Math.max(0, at.indent.length - 2));
  // `<dict/>` becomes `<dict>`, the entry, `</dict>`: inserting after it would land outside the container.
  if (at.selfClosed)
    return {
      range: toRange(doc, { start: at.offset, end: at.selfClosed.end }),
      newText: withEol(`<${at.selfClosed.name}>\n${at.indent}${body}\n${outer}</${at.selfClosed.name}>`, eol),
    };
  const emptyContainer = !model.entries.some((e) => !e.encoded) && !at.needsComma;
  // In an empty container the closing bracket/tag goes back to its own line, one level out.
  const closing = emptyContainer ? '\n' + outer : '';
  const newText = withEol(`${at.needsComma ? ',' : ''}\n${at.indent}${body}${closing}`, eol);
  return { range: toRange(doc, { start: at.offset, end: at.offset }), newText };
}
