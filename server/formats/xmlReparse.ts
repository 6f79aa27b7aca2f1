// Incremental re-parse after an edit, in the manner of rust-analyzer's block reparsing: find the
// innermost closed element whose content holds the whole change, re-parse only the siblings the
// change touches (wrapped in a start and end tag of that element's own name, so every message reads
// as it would in a full parse), and splice them in. A keystroke in a 10 000-parameter file then costs
// a parse of a few elements plus an offset shift, not a parse of the whole file.
//
// Whenever the re-parsed part could change how the rest of the file parses (an element left open, an
// end tag closing an ancestor, a comment or CDATA running on, a DOCTYPE anywhere), or anything at the
// edges is ambiguous, it gives up and the caller parses the whole text: the result is always the one
// a full parse gives (test/unit/xml-reparse.test.ts checks this on random edits).
import { parseXml, type XmlDocument, type XmlElement, type XmlSyntaxError } from './xml';

/**
 * Errors that mean the re-parsed span may not parse as it would in place. End tags that close
 * elements inside the span are fine: the span's structure is checked directly (saxes pops the whole
 * stack on an unmatched end tag, so one closes the wrapper early and is caught there).
 */
const UNSAFE_ERROR = /unclosed tag|unmatched closing tag|root|unexpected end|cannot write after close|doctype|XML declaration/i;

/**
 * The parse of `text`, reusing `old` (the parse of the previous text of the same document) where the
 * change leaves it valid. `old`'s elements are updated in place and must not be used afterwards.
 * Returns undefined when only a full parse gives the right answer; else the new parse and the
 * elements whose content changed (the innermost one holding the edit and its ancestors). Every other
 * element is either new or unchanged except for its position, so what was derived from it still holds.
 */
export function reparseXml(old: XmlDocument, text: string): { doc: XmlDocument; touched: XmlElement[] } | undefined {
  if (old.doctype) return undefined;
  const before = old.text;
  const { prefix, oldEnd, newEnd } = changedRange(before, text);
  if (prefix === before.length && prefix === text.length) return { doc: { ...old, text }, touched: [] };
  const path = enclosingPath(old.roots, prefix, oldEnd);
  const host = path[path.length - 1];
  if (!host) return undefined;
  const delta = newEnd - oldEnd;

  // The untouched siblings on either side bound the span that is parsed again.
  const kids = host.children;
  let first = 0;
  while (first < kids.length && kids[first].end < prefix) first++;
  let last = first;
  while (last < kids.length && kids[last].start <= oldEnd) last++;
  const spanStart = first > 0 ? kids[first - 1].end : host.startTagEnd;
  let spanEnd = last < kids.length ? kids[last].start : host.endTagStart!;
  // (A child left open in the old text was closed by the host's end tag, so it is the last child and
  // the span already reaches that end tag.)

  let frag = parseSpan(host, text, spanStart, spanEnd + delta, spanEnd === host.endTagStart);
  // An element opened in the span and left open swallows the siblings after it: parse up to the
  // host's end tag instead, where a full parse closes it too.
  if (frag === 'open' && last < kids.length) {
    last = kids.length;
    spanEnd = host.endTagStart!;
    frag = parseSpan(host, text, spanStart, spanEnd + delta, true);
  }
  if (typeof frag === 'string') return undefined;

  const wholeContent = spanStart === host.startTagEnd && spanEnd === host.endTagStart;
  const text_ = hostText(host, frag.wrapper, wholeContent, spanStart, spanEnd, delta);
  if (!text_) return undefined;
  const errors = spliceErrors(old.errors, frag.errors, spanStart, spanEnd, delta);
  if (!errors) return undefined;

  // Everything after the span moves by delta; the host and its ancestors only grow or shrink.
  for (let level = 0; level < path.length; level++) {
    const el = path[level];
    el.end += delta;
    if (el.endTagStart !== undefined) el.endTagStart += delta;
    if (el !== host) {
      if (el.textStart !== undefined && el.textStart >= spanEnd) el.textStart += delta;
      if (el.textEnd !== undefined && el.textEnd >= spanEnd) el.textEnd += delta;
    }
    const siblings = level === 0 ? old.roots : path[level - 1].children;
    for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) shiftSubtree(siblings[i], delta);
  }
  for (let i = last; i < kids.length; i++) shiftSubtree(kids[i], delta);
  host.text = text_.text;
  host.textStart = text_.textStart;
  host.textEnd = text_.textEnd;
  for (const child of frag.children) child.parent = host;
  kids.splice(first, last - first, ...frag.children);

  const strayText = old.strayText.map((s) => (s.start >= spanEnd ? { start: s.start + delta, end: s.end + delta } : s));
  return { doc: { text, roots: old.roots, errors, declaration: old.declaration, doctype: undefined, strayText }, touched: path };
}

/** Common prefix and suffix of two texts: the change is before[prefix, oldEnd) → text[prefix, newEnd). */
function changedRange(before: string, text: string): { prefix: number; oldEnd: number; newEnd: number } {
  const max = Math.min(before.length, text.length);
  // Whole blocks first (a string comparison is a native memcmp), then character by character.
  const BLOCK = 2048;
  let prefix = 0;
  while (prefix + BLOCK <= max && before.slice(prefix, prefix + BLOCK) === text.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === text.slice(text.length - suffix - BLOCK, text.length - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: before.length - suffix, newEnd: text.length - suffix };
}

/** Root-to-innermost chain of closed elements whose content (between the tags) holds [from, to]. */
function enclosingPath(roots: XmlElement[], from: number, to: number): XmlElement[] {
  const path: XmlElement[] = [];
  let level = roots;
  for (;;) {
    const next = findContaining(level, from, to);
    if (!next) return path;
    path.push(next);
    level = next.children;
  }
}

function findContaining(level: XmlElement[], from: number, to: number): XmlElement | undefined {
  // Siblings are in document order: binary search for the last one starting before `from`.
  let lo = 0;
  let hi = level.length - 1;
  let candidate = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (level[mid].start < from) {
      candidate = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const el = level[candidate];
  if (!el || !el.closed || el.selfClosing || el.endTagStart === undefined) return undefined;
  return el.startTagEnd <= from && to <= el.endTagStart ? el : undefined;
}

interface Fragment {
  wrapper: XmlElement;
  children: XmlElement[];
  errors: XmlSyntaxError[];
}

/**
 * Parses text[from, to) as the content of an element named like `host`; 'open' when an element is
 * left open before the host's end tag, 'unsafe' when the span cannot be spliced for another reason.
 */
function parseSpan(host: XmlElement, text: string, from: number, to: number, reachesHostEnd: boolean): Fragment | 'open' | 'unsafe' {
  const open = `<${host.name}>`;
  const frag = parseXml(`${open}${text.slice(from, to)}</${host.name}>`);
  const wrapper = frag.roots[0];
  const length = frag.text.length;
  if (frag.roots.length !== 1 || !wrapper.closed || wrapper.end !== length || frag.strayText.length || frag.declaration || frag.doctype) return 'unsafe';
  // Up to the host's end tag, an element left open is closed there exactly as in a full parse.
  if (hasOpenElement(wrapper) && !reachesHostEnd) return 'open';
  if (frag.errors.some((e) => UNSAFE_ERROR.test(e.message))) return 'unsafe';
  const shift = from - open.length;
  const errors: XmlSyntaxError[] = [];
  for (const e of frag.errors) {
    const start = e.start + shift;
    const end = e.end + shift;
    // An error reaching into the wrapper's own tags belongs to the text around the span.
    if (start < from || end > to) return 'unsafe';
    errors.push({ message: e.message, start, end });
  }
  for (const child of wrapper.children) shiftSubtree(child, shift);
  if (wrapper.textStart !== undefined) wrapper.textStart += shift;
  if (wrapper.textEnd !== undefined) wrapper.textEnd += shift;
  return { wrapper, children: wrapper.children, errors };
}

function hasOpenElement(wrapper: XmlElement): boolean {
  const stack = [...wrapper.children];
  while (stack.length) {
    const el = stack.pop()!;
    if (!el.closed && !el.selfClosing) return true;
    for (const c of el.children) stack.push(c);
  }
  return false;
}

/**
 * The host's direct text after the splice. Exact when the span is its whole content; otherwise the
 * host's text must be blank on both sides (it is the indentation between a group's parameters), and
 * where it starts is the first text before, in, or after the span.
 */
function hostText(host: XmlElement, wrapper: XmlElement, wholeContent: boolean, spanStart: number, spanEnd: number, delta: number):
  { text: string; textStart?: number; textEnd?: number } | undefined {
  if (wholeContent) return { text: wrapper.text, textStart: wrapper.textStart, textEnd: wrapper.textEnd };
  if (host.text.trim() !== '' || wrapper.text.trim() !== '') return undefined;
  const text = host.text.length ? host.text : wrapper.text;
  if (host.textStart !== undefined && host.textStart < spanStart) return { text, textStart: host.textStart, textEnd: host.textEnd };
  if (wrapper.textStart !== undefined) return { text: text || wrapper.text, textStart: wrapper.textStart, textEnd: wrapper.textEnd };
  if (host.textStart === undefined) return { text: '' };
  if (host.textStart >= spanEnd) return { text, textStart: host.textStart + delta, textEnd: host.textEnd! + delta };
  // The host's first text was in the span and is gone: where the next one is, only a full parse knows.
  return undefined;
}

/** Old errors outside the span (shifted when after it) with the span's new ones in between. */
function spliceErrors(old: XmlSyntaxError[], fresh: XmlSyntaxError[], spanStart: number, spanEnd: number, delta: number): XmlSyntaxError[] | undefined {
  const out: XmlSyntaxError[] = [];
  for (const e of old) {
    if (e.end <= spanStart && e.start < spanStart) out.push(e);
    else if (e.start >= spanEnd) out.push({ message: e.message, start: e.start + delta, end: e.end + delta });
    else if (e.start < spanStart || e.end > spanEnd) return undefined; // straddles an edge of the span
  }
  return out.concat(fresh).sort((a, b) => a.start - b.start);
}

/** Moves an element and everything inside it by delta. */
function shiftSubtree(root: XmlElement, delta: number): void {
  if (delta === 0) return;
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    el.start += delta;
    el.end += delta;
    el.nameStart += delta;
    el.nameEnd += delta;
    el.startTagEnd += delta;
    if (el.endTagStart !== undefined) el.endTagStart += delta;
    if (el.textStart !== undefined) el.textStart += delta;
    if (el.textEnd !== undefined) el.textEnd += delta;
    for (const a of el.attributes) {
      a.nameStart += delta;
      a.valueStart += delta;
      a.valueEnd += delta;
    }
    for (const c of el.children) stack.push(c);
  }
}
