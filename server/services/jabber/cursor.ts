// Where the caret is, in jabber-config terms: typing a tag name, an end tag, a value, or between
// elements — and which element encloses it. Completion and hover both start here.
import type { JabberConfigModel } from '../../formats/jabber-config';
import type { XmlElement } from '../../formats/xml';

export type CursorContext =
  | { kind: 'tag-name'; enclosing?: XmlElement; replaceStart: number; prefix: string }
  | { kind: 'end-tag'; enclosing?: XmlElement; replaceStart: number }
  | { kind: 'content'; enclosing?: XmlElement }
  | { kind: 'attribute'; enclosing?: XmlElement; element?: XmlElement };

/** The innermost element whose content (between its start and end tags) holds the offset. */
export function enclosingElement(model: JabberConfigModel, offset: number): XmlElement | undefined {
  let found: XmlElement | undefined;
  let level = model.xml.roots;
  for (;;) {
    const next = level.find((el) => !el.selfClosing && offset >= el.startTagEnd && offset <= (el.endTagStart ?? el.end));
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

export function cursorContext(model: JabberConfigModel, offset: number): CursorContext {
  const text = model.xml.text;
  const lt = text.lastIndexOf('<', offset - 1);
  const gt = text.lastIndexOf('>', offset - 1);
  if (lt > gt) {
    const typed = text.slice(lt + 1, offset);
    const enclosing = enclosingElement(model, lt);
    if (typed.startsWith('/')) return { kind: 'end-tag', enclosing, replaceStart: lt };
    if (/^[\w.:-]*$/.test(typed)) return { kind: 'tag-name', enclosing, replaceStart: lt, prefix: typed };
    const element = model.xml.roots.length ? findStartTagAt(model.xml.roots, lt) : undefined;
    return { kind: 'attribute', enclosing, element };
  }
  return { kind: 'content', enclosing: enclosingElement(model, offset) };
}

// Loops rather than recursion: a hostile file nests ten thousand levels deep.
function findStartTagAt(elements: XmlElement[], start: number): XmlElement | undefined {
  let level: XmlElement[] | undefined = elements;
  while (level) {
    const els: XmlElement[] = level;
    level = undefined;
    for (const el of els) {
      if (el.start === start) return el;
      if (start > el.start && start < el.end) {
        level = el.children;
        break;
      }
    }
  }
  return undefined;
}

/** The element whose start- or end-tag name covers the offset. */
export function tagNameAt(model: JabberConfigModel, offset: number): XmlElement | undefined {
  const text = model.xml.text;
  // Depth-first in document order with an explicit stack, so deep nesting cannot overflow the call stack.
  const stack: XmlElement[] = [...model.xml.roots].reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (offset < el.start || offset > el.end) continue;
    if (offset >= el.nameStart && offset <= el.nameEnd) return el;
    if (el.endTagStart !== undefined) {
      const s = text.indexOf(el.name, el.endTagStart);
      if (offset >= s && offset <= s + el.name.length) return el;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return undefined;
}

/** Role of an element in the jabber-config structure. */
export function roleOf(el: XmlElement | undefined): 'root' | 'group' | 'parameter' | 'nested' | 'none' {
  if (!el) return 'none';
  if (!el.parent) return el.name === 'config' ? 'root' : 'group';
  if (!el.parent.parent) return el.parent.name === 'config' ? 'group' : 'parameter';
  if (!el.parent.parent.parent && el.parent.parent.name === 'config') return 'parameter';
  return 'nested';
}
