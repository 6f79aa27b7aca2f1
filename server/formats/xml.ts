// A tolerant XML reader with offsets, shared by every XML-based format (jabber-config, plist app
// configs). saxes is fast (~33 ms for 5 MB here) and keeps going after a well-formedness error, so a
// tag left open while typing produces one error and the rest of the file is still modelled.
// Entities are never expanded beyond the five predefined ones and nothing is ever fetched: a DOCTYPE
// is recorded so the validator can say that Jabber will not use it.
import { SaxesParser } from 'saxes';

export interface XmlAttribute {
  name: string;
  value: string;
  nameStart: number;
  valueStart: number;
  valueEnd: number;
}

export interface XmlElement {
  name: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the end tag (or the start tag when self-closing; the parent's end when never closed). */
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Offset just after the `>` of the start tag. */
  startTagEnd: number;
  /** Offset of `</` of the end tag, when there is one. */
  endTagStart?: number;
  selfClosing: boolean;
  /** False when the element was never closed by its own end tag. */
  closed: boolean;
  attributes: XmlAttribute[];
  children: XmlElement[];
  parent?: XmlElement;
  /** Direct text content with entities decoded, CDATA included. */
  text: string;
  /** Raw range of the direct text (first to last text or CDATA node). */
  textStart?: number;
  textEnd?: number;
}

export interface XmlSyntaxError {
  message: string;
  start: number;
  end: number;
}

export interface XmlDocument {
  text: string;
  roots: XmlElement[];
  errors: XmlSyntaxError[];
  declaration?: { start: number; end: number; encoding?: string };
  doctype?: { start: number; end: number; hasEntityDeclarations: boolean };
  /** Text found outside any element (other than whitespace), e.g. stray characters. */
  strayText: { start: number; end: number }[];
}

const PREDEFINED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(text: string): XmlDocument {
  const doc: XmlDocument = { text, roots: [], errors: [], strayText: [] };
  const { cleaned, unterminated } = blankUnterminatedTags(text);
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  // saxes does not read the DTD's internal subset, so declared entities are never expanded (billion
  // laughs) nor fetched (XXE): a reference to one is reported as an undefined entity.
  let lastErrorAt = -1;
  const implicitlyClosed: { el: XmlElement; endTagStart: number; endTagEnd: number }[] = [];
  // Where the previous markup ended, so text nodes get exact raw ranges (saxes allows one handler per event).
  let lastEventEnd = 0;

  const top = () => stack[stack.length - 1];
  const tagStartBefore = (pos: number) => {
    const i = text.lastIndexOf('<', Math.max(0, pos - 1));
    return i < 0 ? 0 : i;
  };

  parser.on('error', (err) => {
    const pos = Math.min(parser.position, text.length);
    // saxes may report several errors for one bad character; keep the first at each place.
    if (pos === lastErrorAt) return;
    lastErrorAt = pos;
    const message = err.message.replace(/^\d+:\d+: /, '');
    const r = errorRange(text, pos);
    // One malformed tag makes saxes complain once per character; one error per tag is enough. A
    // broken root makes every later element 'another root': say that once.
    if (/only one root|outside of root/.test(message) && doc.errors.some((e) => e.message === message)) return;
    const prev = doc.errors[doc.errors.length - 1];
    if (prev && prev.start === r.start) {
      prev.end = Math.max(prev.end, r.end);
      return;
    }
    doc.errors.push({ message, ...r });
  });

  parser.on('comment', () => {
    lastEventEnd = parser.position;
  });
  parser.on('processinginstruction', () => {
    lastEventEnd = parser.position;
  });
  parser.on('xmldecl', (decl) => {
    lastEventEnd = parser.position;
    doc.declaration = { start: 0, end: parser.position, encoding: decl.encoding };
  });

  parser.on('doctype', (dt) => {
    const end = parser.position;
    lastEventEnd = end;
    const start = text.lastIndexOf('<!DOCTYPE', end) >= 0 ? text.lastIndexOf('<!DOCTYPE', end) : 0;
    doc.doctype = { start, end, hasEntityDeclarations: /<!ENTITY/i.test(dt) };
  });

  parser.on('opentag', (tag) => {
    const startTagEnd = parser.position;
    lastEventEnd = startTagEnd;
    const start = tagStartBefore(startTagEnd);
    const nameStart = start + 1;
    const el: XmlElement = {
      name: tag.name,
      start,
      end: startTagEnd,
      nameStart,
      nameEnd: nameStart + tag.name.length,
      startTagEnd,
      selfClosing: tag.isSelfClosing,
      closed: tag.isSelfClosing,
      attributes: readAttributes(text, nameStart + tag.name.length, startTagEnd, tag.attributes as Record<string, string>),
      children: [],
      parent: top(),
      text: '',
    };
    if (el.parent) el.parent.children.push(el);
    else doc.roots.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });

  parser.on('closetag', (tag) => {
    lastEventEnd = parser.position;
    if (tag.isSelfClosing) return;
    // saxes closes elements up to the matching one; pop the same way and mark the ones skipped.
    const end = parser.position;
    while (stack.length) {
      const el = stack.pop()!;
      const endTagStart = text.lastIndexOf('</', end - 1);
      if (el.name === tag.name) {
        // saxes also reports elements it closes implicitly (an end tag that names an ancestor): they
        // were never closed by their own end tag.
        el.closed = endTagName(text, endTagStart) === el.name;
        el.endTagStart = el.closed ? endTagStart : undefined;
        el.end = el.closed ? end : endTagStart;
        if (!el.closed) implicitlyClosed.push({ el, endTagStart, endTagEnd: end });
        break;
      }
      el.end = endTagStart;
    }
  });

  const addText = (value: string, rawStart: number, rawEnd: number) => {
    const el = top();
    if (!el) {
      if (value.trim()) doc.strayText.push({ start: rawStart, end: rawEnd });
      return;
    }
    el.text += value;
    if (value.trim() || el.textStart === undefined) {
      if (el.textStart === undefined) el.textStart = rawStart;
      el.textEnd = rawEnd;
    }
  };

  parser.on('text', (value) => {
    const end = parser.position - (text[parser.position - 1] === '<' ? 1 : 0);
    const rawEnd = Math.min(end, text.length);
    addText(value, lastEventEnd, rawEnd);
    lastEventEnd = rawEnd;
  });
  parser.on('cdata', (value) => {
    const end = parser.position;
    const start = text.lastIndexOf('<![CDATA[', end);
    lastEventEnd = end;
    addText(value, start, end);
  });

  try {
    parser.write(cleaned).close();
  } catch (e) {
    // saxes throws only when no error handler is installed or on internal failure; record it.
    doc.errors.push({ message: String((e as Error).message ?? e), start: Math.max(0, text.length - 1), end: text.length });
  }
  // saxes says 'unexpected close tag' where an end tag closes an ancestor; name the element left open instead.
  for (const c of implicitlyClosed) {
    const i = doc.errors.findIndex((e) => e.message.startsWith('unexpected close tag') && e.end === c.endTagEnd);
    const message = `<${c.el.name}> is not closed before </${endTagName(text, c.endTagStart)}>`;
    const err = { message, start: c.el.nameStart - 1, end: c.el.nameEnd };
    if (i >= 0) doc.errors.splice(i, 1, err);
    else doc.errors.push(err);
  }
  for (const u of unterminated) {
    doc.errors.push({ message: `the tag '${text.slice(u.start, Math.min(u.end, u.start + 40)).trim()}' is not closed with '>'`, start: u.start, end: u.end });
  }
  doc.errors.sort((a, b) => a.start - b.start);
  // Elements still open at the end of the text run to the end.
  for (const el of stack) el.end = text.length;
  for (const el of doc.roots) if (!el.closed && el.end < el.startTagEnd) el.end = text.length;
  return doc;
}

/**
 * A tag being typed (`<Ena` followed by the next line's `</Policies>`) would make saxes swallow the
 * following markup as attributes and nest the rest of the file inside it. Blanking such a tag with
 * spaces keeps every offset and lets the rest of the document parse as it stands; the tag is
 * reported as an error of its own.
 */
function blankUnterminatedTags(text: string): { cleaned: string; unterminated: { start: number; end: number }[] } {
  const unterminated: { start: number; end: number }[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    let skipTo = -1;
    if (text.startsWith('<!--', i)) skipTo = text.indexOf('-->', i + 4) + 3;
    else if (text.startsWith('<![CDATA[', i)) skipTo = text.indexOf(']]>', i + 9) + 3;
    else if (text.startsWith('<?', i)) skipTo = text.indexOf('?>', i + 2) + 2;
    else if (text.startsWith('<!DOCTYPE', i)) {
      const bracket = text.indexOf('[', i);
      const gt = text.indexOf('>', i);
      skipTo = bracket >= 0 && bracket < gt ? text.indexOf(']>', bracket) + 2 : gt + 1;
    }
    if (skipTo > i) {
      i = text.indexOf('<', skipTo);
      continue;
    }
    if (skipTo !== -1 && skipTo <= i) break; // unterminated comment/CDATA: saxes reports it
    const nextLt = text.indexOf('<', i + 1);
    const nextGt = text.indexOf('>', i + 1);
    if (nextLt >= 0 && (nextGt < 0 || nextLt < nextGt)) {
      unterminated.push({ start: i, end: i + text.slice(i, nextLt).trimEnd().length });
      i = nextLt;
      continue;
    }
    i = nextLt;
  }
  if (!unterminated.length) return { cleaned: text, unterminated };
  let cleaned = '';
  let from = 0;
  for (const u of unterminated) {
    // Keep line breaks so positions (line/column) stay the same.
    cleaned += text.slice(from, u.start) + text.slice(u.start, u.end).replace(/[^\r\n]/g, ' ');
    from = u.end;
  }
  return { cleaned: cleaned + text.slice(from), unterminated };
}

function endTagName(text: string, endTagStart: number): string {
  const m = /^<\/\s*([^\s>]*)/.exec(text.slice(endTagStart, endTagStart + 200));
  return m ? m[1] : '';
}

/** An error inside markup covers the markup up to where saxes noticed it; elsewhere one character. */
function errorRange(text: string, pos: number): { start: number; end: number } {
  const at = Math.max(0, Math.min(pos, text.length));
  const lt = text.lastIndexOf('<', Math.max(0, at - 1));
  const gt = text.lastIndexOf('>', Math.max(0, at - 2));
  const lineStart = text.lastIndexOf('\n', Math.max(0, at - 1));
  if (lt >= 0 && lt > gt && lt > lineStart) return { start: lt, end: Math.max(at, lt + 1) };
  if (lt >= 0 && gt === at - 1 && lt > lineStart) return { start: lt, end: at };
  const start = Math.max(0, at - 1);
  return { start, end: Math.min(text.length, start + 1) || 0 };
}

function readAttributes(
  text: string,
  from: number,
  to: number,
  attrs: Record<string, string>,
): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  const re = /([^\s=/>]+)\s*=\s*(["'])([^]*?)\2/g;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const nameStart = from + m.index;
    const valueStart = nameStart + m[0].indexOf(m[2]) + 1;
    out.push({ name: m[1], value: attrs[m[1]] ?? decodeEntities(m[3]), nameStart, valueStart, valueEnd: valueStart + m[3].length });
  }
  return out;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, n: keyof typeof PREDEFINED_ENTITIES) => PREDEFINED_ENTITIES[n]);
}

/** The innermost element whose extent contains the offset. */
export function elementAt(doc: XmlDocument, offset: number): XmlElement | undefined {
  let found: XmlElement | undefined;
  let level = doc.roots;
  for (;;) {
    const next = level.find((el) => offset >= el.start && offset <= el.end);
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

/** Walks every element depth-first, in document order. An explicit stack instead of recursion:
 *  a nested generator per level overflows the call stack on deeply nested (hostile) documents. */
export function* walk(elements: XmlElement[]): Generator<XmlElement> {
  const stack: XmlElement[] = [...elements].reverse();
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
}
