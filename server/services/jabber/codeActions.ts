// Quick fixes for jabber-config.xml diagnostics. The diagnostics a client sends are first mapped to
// the ones the current text gives (services/currentDiagnostics.ts), and each fix is computed from the
// current parse, so a diagnostic from an older version never applies a stale edit. Inserted lines use
// the file's own line ending, and nothing is written before a byte-order mark.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { messagesOf } from '../../catalog/messages';
import { eolOf, contentStart } from '../../core/text';
import { currentDiagnostics } from '../currentDiagnostics';
import { DIAGNOSTIC_SOURCE } from '../../catalog/diagnostics';
import { walk, type XmlElement } from '../../formats/xml';
import type { ServiceContext } from '../types';
import { getJabberModel } from './model';
import { validateJabberConfig } from './validate';

interface FixData {
  suggestions?: string[];
  canonical?: string;
  expected?: string;
  replacedBy?: string;
  fix?: string;
  name?: string;
}

export function jabberCodeActions(doc: TextDocument, _range: Range, incoming: Diagnostic[], ctx: ServiceContext): CodeAction[] {
  const diagnostics = currentDiagnostics(doc, incoming, () => validateJabberConfig(doc, ctx));
  if (!diagnostics.length) return [];
  const model = getJabberModel(doc);
  const J = messagesOf(ctx, 'jabber-config');
  const text = doc.getText();
  const eol = eolOf(text);
  const actions: CodeAction[] = [];
  // Indexed once per request: a client may send every diagnostic of a huge file at once.
  const nameIndex = new Map<number, XmlElement>();
  const leaves: XmlElement[] = [];
  for (const e of walk(model.xml.roots)) {
    nameIndex.set(e.nameStart, e);
    if (e.children.length === 0) leaves.push(e);
  }
  const byNameStart = (o: number) => nameIndex.get(o);
  const byValueStart = (o: number) => {
    // Leaves are in document order: binary search for the last one starting before o.
    let lo = 0;
    let hi = leaves.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (leaves[mid].start <= o) lo = mid;
      else hi = mid - 1;
    }
    const e = leaves[lo];
    return e && (e.textStart ?? e.startTagEnd) <= o && o <= (e.textEnd ?? e.startTagEnd) ? e : undefined;
  };
  const r = (s: number, e: number): Range => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const action = (title: string, d: Diagnostic, edits: TextEdit[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: preferred || undefined,
    edit: { changes: { [doc.uri]: edits } },
  });
  const rename = (el: XmlElement, to: string): TextEdit[] => {
    const edits: TextEdit[] = [{ range: r(el.nameStart, el.nameEnd), newText: to }];
    if (el.endTagStart !== undefined) {
      const s = text.indexOf(el.name, el.endTagStart);
      edits.push({ range: r(s, s + el.name.length), newText: to });
    }
    return edits;
  };
  /** The element with its whole line(s) when nothing else shares them, else just the element. */
  const lineSpan = (el: XmlElement): [number, number] => {
    const lineStart = text.lastIndexOf('\n', el.start - 1) + 1;
    let lineEnd = text.indexOf('\n', el.end);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    const alone = text.slice(lineStart, el.start).trim() === '' && text.slice(el.end, lineEnd).trim() === '';
    return alone ? [lineStart, lineEnd] : [el.start, el.end];
  };

  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const data = (d.data ?? {}) as FixData;
    const start = doc.offsetAt(d.range.start);
    switch (d.code) {
      case 'unknown-parameter':
      case 'unknown-group': {
        const el = byNameStart(start);
        if (!el) break;
        (data.suggestions ?? []).forEach((s, i) => actions.push(action(J.t('fix.changeTo', { name: s }), d, rename(el, s), i === 0)));
        break;
      }
      case 'parameter-case': {
        const el = byNameStart(start);
        if (el && data.canonical) actions.push(action(J.t('fix.documentedSpelling', { name: data.canonical }), d, rename(el, data.canonical), true));
        break;
      }
      case 'deprecated-parameter': {
        const el = byNameStart(start);
        if (el && data.replacedBy) actions.push(action(J.t('fix.replaceWith', { name: data.replacedBy }), d, rename(el, data.replacedBy), true));
        break;
      }
      case 'duplicate-parameter':
      case 'not-a-jabber-config-parameter': {
        const el = byNameStart(start);
        if (!el) break;
        const [s, e] = lineSpan(el);
        actions.push(
          action(J.t(d.code === 'duplicate-parameter' ? 'fix.removeDuplicate' : 'fix.remove', { name: el.name }), d, [{ range: r(s, e), newText: '' }], true),
        );
        break;
      }
      case 'wrong-group':
      case 'parameter-outside-group': {
        const el = byNameStart(start);
        if (!el || !data.expected || !model.root || model.root.name !== 'config') break;
        actions.push(action(J.t('fix.moveTo', { name: el.name, group: data.expected }), d, moveToGroup(el, data.expected), true));
        break;
      }
      case 'invalid-value':
      case 'not-in-release': {
        const el = byValueStart(start);
        if (!el) break;
        (data.suggestions ?? [])
          .slice(0, 4)
          .forEach((s, i) => actions.push(action(J.t('fix.setValue', { value: s }), d, [{ range: d.range, newText: s }], i === 0)));
        break;
      }
      case 'xml-syntax': {
        // </Option> closing <Options>: only while the current parse still reports that end tag.
        if (data.fix === 'rename-end-tag' && data.name && model.xml.errors.some((e) => e.start === start && e.expectedEndTag === data.name)) {
          actions.push(action(J.t('fix.renameEndTag', { name: data.name }), d, [{ range: d.range, newText: data.name }], true));
        }
        break;
      }
      case 'missing-xml-declaration': {
        // After a byte-order mark: the declaration must be the first thing the XML reader sees.
        const at = contentStart(text);
        actions.push(action(J.t('fix.addDeclaration'), d, [{ range: r(at, at), newText: `<?xml version="1.0" encoding="utf-8"?>${eol}` }], true));
        break;
      }
      case 'root-element': {
        const root = model.root;
        if (!root) break;
        if (data.fix === 'add-version')
          actions.push(action(J.t('fix.addVersion'), d, [{ range: r(root.nameEnd, root.nameEnd), newText: ' version="1.0"' }], true));
        if (data.fix === 'set-version') actions.push(action(J.t('fix.setVersion'), d, [{ range: d.range, newText: '1.0' }], true));
        if (data.fix === 'wrap-in-config') {
          actions.push(
            action(
              J.t('fix.wrapInConfig'),
              d,
              [
                { range: r(root.start, root.start), newText: `<config version="1.0">${eol}` },
                { range: r(root.end, root.end), newText: `${eol}</config>` },
              ],
              true,
            ),
          );
        }
        break;
      }
    }
  }
  return actions;

  function moveToGroup(el: XmlElement, group: string): TextEdit[] {
    const [s, e] = lineSpan(el);
    const snippet = text.slice(el.start, el.end);
    const target = model.groups.find((g) => g.name === group && g.element.endTagStart !== undefined);
    const edits: TextEdit[] = [{ range: r(s, e), newText: '' }];
    if (target) {
      const at = target.element.endTagStart!;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const beforeIsIndent = text.slice(lineStart, at).trim() === '';
      // The indentation of the group's parameters: that of the first one starting its own line (never the
      // text before one, which may be the group's own start tag), else the group's indentation plus two.
      const own = target.parameters.find((p) => /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', p.element.start - 1) + 1, p.element.start)));
      const indent = own ? leadingBlanks(own.element.start) : leadingBlanks(target.element.start) + '  ';
      edits.push(beforeIsIndent ? { range: r(lineStart, lineStart), newText: `${indent}${snippet}${eol}` } : { range: r(at, at), newText: snippet });
    } else {
      const root = model.root!;
      const at = root.endTagStart ?? root.end;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      // A new group goes on lines of its own before </config>; when </config> shares its line with
      // other text, the group starts on a new line and </config> keeps its place after it.
      const own = text.slice(lineStart, at).trim() === '';
      const block = `  <${group}>${eol}    ${snippet}${eol}  </${group}>${eol}`;
      edits.push(own ? { range: r(lineStart, lineStart), newText: block } : { range: r(at, at), newText: `${eol}${block}` });
    }
    return edits;
  }

  /** The spaces and tabs that start the line holding offset. */
  function leadingBlanks(offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
  }
}
