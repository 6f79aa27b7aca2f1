// A tolerant XML reader with offsets, shared by every XML-based format (jabber-config, plist app
// configs). saxes is fast (~33 ms for 5 MB here) and keeps going after a well-formedness error, so a
// tag left open while typing produces one error and the rest of the file is still modelled.
// Entities are never expanded beyond the five predefined ones and nothing is ever fetched: a DOCTYPE
// is recorded so the validator can say that Jabber will not use it.
import { SaxesParser } from 'saxes';
import { runSteps, withoutStacks, type Steps } from '../core/steps';
import type { MessageText } from '../catalog/messages';

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
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Offset just after the `>` of the start tag. */
  readonly startTagEnd: number;
  /** Offset of `</` of the end tag, when there is one. */
  readonly endTagStart?: number;
  readonly selfClosing: boolean;
  /** False when the element was never closed by its own end tag. */
  readonly closed: boolean;
  readonly attributes: XmlAttribute[];
  children: XmlElement[];
  parent?: XmlElement;
  /** Direct text content with entities decoded, CDATA included. */
  text: string;
  /** Raw range of the direct text (first to last text or CDATA node). */
  textStart?: number;
  textEnd?: number;
}

export interface XmlSyntaxError {
  /** saxes' own words (English, translated by schemas/l10n/common.json xmlErrors), or the id of `text`. */
  message: string;
  /** The reader's own message as data (an id of schemas/l10n/common.json and its arguments), shown in the user's language. */
  text?: MessageText;
  start: number;
  end: number;
  /** An end tag that names no open element, e.g. </Option> for <Options>: the name it should have (range = the end tag's name). */
  expectedEndTag?: string;
}

/** An error as data for the renderer (server/catalog/messages.ts): the reader's own, or saxes' words. */
export function xmlErrorText(e: XmlSyntaxError): MessageText {
  return e.text ?? { id: 'xmlError', args: { message: e.message } };
}

/** The reader's own errors: the message is the id of the text, built only when there is an error. */
const ownError = (id: string, args: Record<string, string>, start: number, end: number, expectedEndTag?: string): XmlSyntaxError =>
  expectedEndTag === undefined ? { message: id, text: { id, args }, start, end } : { message: id, text: { id, args }, start, end, expectedEndTag };

/** An end tag that names no open element (`</Option>` in `<Options>`), on the end tag's name: a quick fix renames it. */
const mustBeClosedBy = (name: string, start: number, end: number) => ownError('xml.mustBeClosedBy', { name }, start, end, name);

/**
 * Where reading stopped early, and why. Every bound keeps the parse linear in the text and the model
 * small, whatever a file holds: no configuration comes near them, a hostile or broken file does.
 */
export interface XmlLimit {
  reason: 'depth' | 'elements' | 'errors' | 'tag';
  /** Offset where reading stopped; nothing after it is modelled. */
  at: number;
  /** The bound that was reached. */
  max: number;
}

/**
 * The bounds of the reader. A jabber-config nests three levels and a property list rarely ten; the
 * largest real files hold a few thousand elements; a start tag is a name and a few short attributes.
 */
export const XML_LIMITS = {
  /** Elements nested deeper than this are not read (every walk of the tree stays shallow). */
  maxDepth: 100,
  /** Elements past this many are not read. */
  maxElements: 250_000,
  /** After this many syntax errors the file is not read further (each costs the parser a message). */
  maxErrors: 1000,
  /** A start tag (name and attributes) longer than this is not read, nor anything after it. */
  maxTagLength: 65_536,
};

/** The diagnostic code (schemas/diagnostics/common.json) that says a bound was reached. */
export const XML_LIMIT_CODES: Record<XmlLimit['reason'], string> = {
  depth: 'xml-too-deep',
  elements: 'xml-too-many-elements',
  errors: 'xml-too-many-errors',
  tag: 'xml-tag-too-long',
};

export interface XmlDocument {
  text: string;
  /** Set when a bound of XML_LIMITS stopped the reading; the model holds what came before. */
  limit?: XmlLimit;
  roots: XmlElement[];
  errors: XmlSyntaxError[];
  declaration?: { start: number; end: number; encoding?: string };
  doctype?: { start: number; end: number; hasEntityDeclarations: boolean };
  /** Text found outside any element (other than whitespace), e.g. stray characters. */
  strayText: { start: number; end: number }[];
}

const PREDEFINED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The children of every leaf element (never written to: the parser replaces it on the first child). */
const NO_CHILDREN: XmlElement[] = [];
/** The attributes of every element that has none. */
const NO_ATTRIBUTES: XmlAttribute[] = [];

/**
 * What an element holds beyond `<name>text</name>` (attributes, space in a tag, no end tag of its own,
 * a comment beside its text): startTagEnd, endTagStart, closed, textStart, textEnd.
 */
type Odd = [number, number?, boolean?, number?, number?];

/**
 * An element as the reader builds it: one constructor gives every element the same shape. Most
 * elements are `<name>text</name>` (or `<name></name>`), where the start tag's end, the end tag's
 * start and the text's range follow from the start, the end and the name: those are getters, and an
 * element of another form keeps them in `odd` (a file of 100 000 parameters is mostly the garbage
 * collector moving what the parse keeps, so a field costs every element). A format may read its
 * elements as a subclass that adds getters only (`parseXml(text, JabberNode)`): its model is then the
 * elements themselves, with no second object per element.
 */
export class XmlElementNode implements XmlElement {
  // Declared, not defined: the constructor sets every field, in one order for all elements.
  declare name: string;
  declare start: number;
  declare end: number;
  declare children: XmlElement[];
  declare parent: XmlElement | undefined;
  declare text: string;
  declare odd: Odd | undefined;
  constructor(name: string, start: number, startTagEnd: number, selfClosing: boolean, parent: XmlElement | undefined) {
    this.name = name;
    this.start = start;
    this.end = startTagEnd;
    this.children = NO_CHILDREN;
    this.parent = parent;
    this.text = '';
    // `<name>`: nothing odd yet (a self-closing tag ends in `/>`, past this).
    this.odd = startTagEnd === start + name.length + 2 ? undefined : [startTagEnd, undefined, selfClosing];
  }
  get startTagEnd(): number {
    return this.odd?.[0] ?? this.nameEnd + 1;
  }
  get endTagStart(): number | undefined {
    return this.odd ? this.odd[1] : this.end - this.name.length - 3;
  }
  get closed(): boolean {
    return !this.odd || !!this.odd[2];
  }
  get textStart(): number | undefined {
    return this.odd ? this.odd[3] : this.text ? this.startTagEnd : undefined;
  }
  get textEnd(): number | undefined {
    return this.odd ? this.odd[4] : this.text ? this.endTagStart : undefined;
  }
  /** The name follows the `<` at once: saxes refuses a start tag with space after its `<`. */
  get nameStart(): number {
    return this.start + 1;
  }
  get nameEnd(): number {
    return this.start + 1 + this.name.length;
  }
  /** Closed with no end tag of its own: an element is closed at its start tag only by `/>`. */
  get selfClosing(): boolean {
    return this.closed && this.endTagStart === undefined;
  }
  /** Kept beside the element: few elements have attributes (the root's version), and a field costs every element. */
  get attributes(): XmlAttribute[] {
    const a = attributesOf.get(this);
    if (typeof a !== 'function') return a ?? NO_ATTRIBUTES;
    const read = a();
    attributesOf.set(this, read);
    return read;
  }
}

/**
 * The odd fields of an element being read, made when it turns out not to be `<name>text</name>`: until
 * its end tag, such an element's `end` holds where its text ended (its start tag's end when it has none).
 */
function oddOf(el: XmlElementNode): Odd {
  const startTagEnd = el.nameEnd + 1;
  return (el.odd ??= el.text ? [startTagEnd, undefined, false, startTagEnd, el.end] : [startTagEnd]);
}

/**
 * A copy of an element left open (`<string>example.com` with no end tag, holding what followed), ended
 * at `cut` with its text up to there and no children; for a format that puts those children back in line.
 */
export function cutElement(el: XmlElement, cut: number): XmlElement {
  // Text that starts past the cut is not the element's: no text, no range.
  const start = (el.textStart ?? cut) < cut ? el.textStart : undefined;
  const text = start === undefined ? '' : el.text.slice(0, cut - start).trimEnd();
  // The reader's prototype gives the copy its name's range and self-closing.
  return Object.assign(Object.create(Object.getPrototypeOf(el) as object) as XmlElement, el, {
    children: [],
    end: cut,
    text,
    odd: [el.startTagEnd, el.endTagStart, el.closed, start, start && start + text.length],
  });
}

/** The attributes of the elements that have any. */
const attributesOf = new WeakMap<XmlElement, XmlAttribute[] | (() => XmlAttribute[])>();

/** The constructor of a format's elements: XmlElementNode or a subclass of it that adds getters only. */
export type XmlElementClass = typeof XmlElementNode;

/** Texts up to this long are kept once per parse (values such as true, 0 or a host name). */
const SHARED_TEXT = 64;
/** From this size on (about 1 000 parameters), names and short texts are kept once per parse. */
const SHARE_STRINGS_FROM = 65_536;
/** The slots of the strings kept once, less one (a mask). */
const SHARED_SLOTS = 4095;

/** Thrown from a handler to stop saxes at once when a bound is reached. */
const STOP = Symbol('stop');
/** Thrown from a handler to stop saxes at once when the text must be read again behind the pre-pass. */
const AGAIN = Symbol('again');
/** In steps, saxes is given the text in pieces of this size, one a step. */
const CHUNK = 16_384;
/** How far back an error looks for the `<` of the markup it is in (tags are at most maxTagLength long). */
const LOOKBACK = 1024;

interface SaxesInternals {
  tags: { name: string }[];
  name: string;
  chunkPosition: number;
  i: number;
  closeTag(): void;
  sOpenWaka(): void;
  /** Set by the closeTag below for the close tag handler: the name an unmatched end tag really had. */
  ucMismatchedEndTag?: string;
  /** Set by the sOpenWaka below: the offset of the `<` of the markup being read. */
  ucTagStart: number;
}

/**
 * saxes meets an end tag that names no open element (`</Option>` for `<Options>`) by closing every open
 * element, so the rest of the file becomes 'another root' and drops out of the model. A person who
 * writes it has misspelt the end tag of the element they are in: close that one, and report the one
 * mistake on the end tag (as Red Hat's XML extension does).
 */
export class TolerantSaxesParser extends SaxesParser {}
{
  const proto = TolerantSaxesParser.prototype as unknown as SaxesInternals;
  const closeTag = (SaxesParser.prototype as unknown as SaxesInternals).closeTag;
  proto.closeTag = function (this: SaxesInternals) {
    const { tags, name } = this;
    const top = tags[tags.length - 1];
    if (name !== '' && top && top.name !== name && !tags.some((t) => t.name === name)) {
      this.ucMismatchedEndTag = name;
      this.name = top.name;
    }
    closeTag.call(this);
  };
  // saxes enters this state just past every `<`: recording where gives each start and end tag its
  // first offset without searching the text back for it (a search per tag cost a fifth of the scan).
  const sOpenWaka = (SaxesParser.prototype as unknown as SaxesInternals).sOpenWaka;
  proto.ucTagStart = 0;
  proto.sOpenWaka = function (this: SaxesInternals) {
    this.ucTagStart = this.chunkPosition + this.i - 1;
    sOpenWaka.call(this);
  };
}

/** `node`: the class of the elements, XmlElementNode or a subclass of it that adds getters only. */
export function parseXml(text: string, node: XmlElementClass = XmlElementNode): XmlDocument {
  return runSteps(parseXmlInSteps(text, Infinity, node));
}

/** What the pre-pass found: the text with its unterminated tags blanked, and where an oversized tag stops the reading. */
type Blanked = { cleaned: string; unterminated: { start: number; end: number }[]; oversized?: number };

/**
 * The same reading as parseXml, in steps: each takes one piece of the text (a fraction of a
 * millisecond), so the server can answer requests between them on a file of many megabytes
 * (handlers/parsing.ts). parseXml is these steps run straight through: one reader, one result.
 */
export function* parseXmlInSteps(text: string, chunk = CHUNK, node: XmlElementClass = XmlElementNode, careful = false): Steps<XmlDocument> {
  const steps = readEither(text, chunk, node, careful);
  for (;;) {
    const r = withoutStacks(() => steps.next());
    if (r.done) return r.value;
    yield;
  }
}

/** How many loop turns of the pre-pass or the final passes run between two steps (well under a millisecond). */
const TURNS_PER_STEP = 8192;

/**
 * Most files are well formed, and in a well-formed file the pre-pass (blankUnterminatedTags, about a
 * twentieth of a parse) finds nothing to blank: the text is read as it stands, and the pre-pass runs
 * only after a piece of text that gave a sign of trouble (an error from saxes, a bound reached, a tag
 * over the length bound). When it finds something, the text is read again behind it, from the start.
 * `careful` reads behind the pre-pass at once: the reading every other one must equal (xml-prepass.test.ts).
 */
function* readEither(text: string, chunk: number, Node: XmlElementClass, careful: boolean): Steps<XmlDocument> {
  let checked = careful ? yield* blankUnterminatedTags(text) : undefined;
  for (;;) {
    const r = yield* read(text, chunk, Node, checked);
    if (!('cleaned' in r)) return r;
    checked = r;
  }
}

const blanksAny = (b: Blanked) => b.unterminated.length > 0 || b.oversized !== undefined;

/** One reading of the text: behind the pre-pass when `checked` is given; else as it stands, until the pre-pass finds something (then what it found). */
function* read(text: string, chunk: number, Node: XmlElementClass, checked: Blanked | undefined): Steps<XmlDocument | Blanked> {
  const doc: XmlDocument = { text, roots: [], errors: [], strayText: [] };
  const { cleaned, unterminated, oversized } = checked ?? { cleaned: text, unterminated: [] };
  let doubted = false;
  // Read in one piece (parseXml: the CLI, a small file), a doubt would otherwise be followed by a
  // reading of all the rest of the text, only to be read again: the pre-pass runs at the first doubt
  // instead, and when it finds something saxes stops there (a file with a tag left open near its start
  // cost two readings, now one and a twentieth).
  const whole = chunk >= text.length;
  const doubt = () => {
    doubted = true;
    if (whole && !checked && blanksAny((checked = runSteps(blankUnterminatedTags(text))))) throw AGAIN;
  };
  /** After a doubt, the pre-pass (once): true when it found something, and the text must be read again behind it. */
  const again = function* () {
    return doubted && !checked && blanksAny((checked = yield* blankUnterminatedTags(text)));
  };
  const parser = new TolerantSaxesParser({ position: true });
  const internals = parser as unknown as SaxesInternals;
  const stack: XmlElementNode[] = [];
  // saxes does not read the DTD's internal subset, so declared entities are never expanded (billion
  // laughs) nor fetched (XXE): a reference to one is reported as an undefined entity.
  let lastErrorAt = -1;
  let rawErrors = 0;
  let elements = 0;
  const saidOnce = new Set<string>();
  // One string per distinct name and short text in a large file: saxes makes a new string for every
  // tag and text, and a file repeats its names and values (true, false, 0). Keeping the first of each
  // lets the others die young, so the garbage collector has fewer survivors to move. A slot per length
  // and first, middle and last character holds the last string seen there: a look-up is three
  // character reads and one comparison, where a Map hashes every new string (a tenth of the parse).
  // Two strings that meet in one slot take turns: fewer are shared, none is wrong. A small file's few
  // strings are not worth the look-ups.
  const strings: string[] = [];
  const shared =
    text.length < SHARE_STRINGS_FROM
      ? (s: string) => s
      : (s: string): string => {
          const n = s.length;
          const slot = (n * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(n >> 1) * 3 + s.charCodeAt(n - 1)) & SHARED_SLOTS;
          const known = strings[slot];
          return known === s ? known : (strings[slot] = s);
        };
  const implicitlyClosed: { el: XmlElementNode; endTagStart: number; endTagEnd: number }[] = [];
  // Where the previous markup ended, so text nodes get exact raw ranges (saxes allows one handler per event).
  let lastEventEnd = 0;

  const stop = (reason: XmlLimit['reason'], at: number, max: number): never => {
    doubt();
    doc.limit = { reason, at, max };
    throw STOP;
  };
  const top = () => stack[stack.length - 1];

  parser.on('error', (err) => {
    doubt();
    const pos = Math.min(parser.position, text.length);
    if (++rawErrors > XML_LIMITS.maxErrors) stop('errors', pos, XML_LIMITS.maxErrors);
    // saxes may report several errors for one bad character; keep the first at each place.
    if (pos === lastErrorAt) return;
    lastErrorAt = pos;
    const message = err.message.replace(/^\d+:\d+: /, '');
    // One malformed tag makes saxes complain once per character; one error per tag is enough. A
    // broken root makes every later element 'another root': say that once.
    if (/only one root|outside of root/.test(message)) {
      if (saidOnce.has(message)) return;
      saidOnce.add(message);
    }
    const r = errorRange(text, pos);
    const prev = doc.errors[doc.errors.length - 1];
    if (prev && prev.start === r.start) {
      prev.end = Math.max(prev.end, r.end);
      return;
    }
    doc.errors.push({ message, ...r });
  });

  const passed = () => {
    lastEventEnd = parser.position;
  };
  parser.on('comment', passed);
  parser.on('processinginstruction', passed);
  parser.on('xmldecl', (decl) => {
    lastEventEnd = parser.position;
    doc.declaration = { start: 0, end: parser.position, encoding: decl.encoding };
  });

  parser.on('doctype', (dt) => {
    const end = parser.position;
    lastEventEnd = end;
    const start = Math.max(0, text.lastIndexOf('<!DOCTYPE', end));
    doc.doctype = { start, end, hasEntityDeclarations: /<!ENTITY/i.test(dt) };
  });

  parser.on('opentag', (tag) => {
    const startTagEnd = parser.position;
    lastEventEnd = startTagEnd;
    const start = internals.ucTagStart;
    const overlong = startTagEnd - start > XML_LIMITS.maxTagLength;
    if (overlong) doubt();
    if (stack.length >= XML_LIMITS.maxDepth) stop('depth', start, XML_LIMITS.maxDepth);
    if (++elements > XML_LIMITS.maxElements) stop('elements', start, XML_LIMITS.maxElements);
    const parent = stack.length ? stack[stack.length - 1] : undefined;
    const el = new Node(shared(tag.name), start, startTagEnd, tag.isSelfClosing, parent);
    const attrs = tag.attributes as Record<string, string>;
    // A tag over the length bound is read when asked for: the text is then most likely read again,
    // behind the pre-pass, which stops before it (reading its megabytes held the server 50 ms).
    if (overlong) attributesOf.set(el, () => readAttributes(text, el.nameEnd, startTagEnd, attrs));
    else {
      const attributes = readAttributes(text, el.nameEnd, startTagEnd, attrs);
      if (attributes !== NO_ATTRIBUTES) attributesOf.set(el, attributes);
    }
    if (parent) {
      // Leaves share one empty array until they get a child: most elements are leaves, and the
      // garbage collector is most of the cost of a large file.
      if (parent.children === NO_CHILDREN) parent.children = [el];
      else parent.children.push(el);
    } else doc.roots.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });

  parser.on('closetag', (tag) => {
    lastEventEnd = parser.position;
    if (tag.isSelfClosing) return;
    // saxes reports each element an end tag closes, innermost first.
    const end = parser.position;
    const el = stack.pop();
    if (!el) return;
    const endTagStart = internals.ucTagStart;
    if (end - endTagStart > XML_LIMITS.maxTagLength) doubt();
    const misspelt = internals.ucMismatchedEndTag;
    // `</name>` right after the text (or the start tag): nothing odd (a misspelt end tag names another element).
    if (!el.odd && end === endTagStart + el.name.length + 3 && el.end === endTagStart && endTagNames(text, endTagStart, el.name)) {
      el.end = end;
      return;
    }
    const odd = oddOf(el);
    if (misspelt !== undefined) {
      // </Option> for <Options>: one error on the end tag's name, which a quick fix renames.
      internals.ucMismatchedEndTag = undefined;
      odd[2] = true;
      odd[1] = endTagStart;
      el.end = end;
      // saxes reads a name right after `</` only (`</ name>` is an error of its own, with no name).
      const nameStart = endTagStart + 2;
      doc.errors.push(mustBeClosedBy(el.name, nameStart, nameStart + misspelt.length));
      return;
    }
    // An end tag that names an ancestor closes the elements inside it too: they were never closed by
    // their own end tag.
    if ((odd[2] = endTagNames(text, endTagStart, el.name))) {
      odd[1] = endTagStart;
      el.end = end;
    } else {
      el.end = endTagStart;
      implicitlyClosed.push({ el, endTagStart, endTagEnd: end });
    }
  });

  const addText = (value: string, rawStart: number, rawEnd: number) => {
    const el = top();
    if (!el) {
      if (value.trim()) doc.strayText.push({ start: rawStart, end: rawEnd });
      return;
    }
    const blank = isBlank(value);
    // White space between child elements is layout, not content: not kept (a group of 100 000
    // parameters would otherwise build a string of all their indentation).
    if (blank && el.children !== NO_CHILDREN) return;
    // The text right after the start tag: `end` holds where it ends until the end tag (oddOf).
    const odd = !el.odd && !el.text && value && rawStart === el.end ? undefined : oddOf(el);
    el.text = el.text === '' && value.length <= SHARED_TEXT ? shared(value) : el.text + value;
    if (!odd) el.end = rawEnd;
    else if (odd[3] === undefined || !blank) {
      odd[3] ??= rawStart;
      odd[4] = rawEnd;
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

  // A start tag longer than any configuration writes is not read, nor anything after it.
  const readTo = oversized ?? cleaned.length;
  const stoppedBy: XmlLimit['reason'] = unterminated.length >= XML_LIMITS.maxErrors ? 'errors' : 'tag';
  try {
    // Straight through (parseXml), the piece is the whole text: the very string, not a copy (saxes
    // reads a slice of a string about a tenth slower than the string itself).
    for (let at = 0; at < readTo; at += chunk) {
      parser.write(cleaned.slice(at, Math.min(readTo, at + chunk)));
      if (doubted && (yield* again())) return checked!;
      yield;
    }
    if (oversized !== undefined) doc.limit = { reason: stoppedBy, at: oversized, max: stoppedBy === 'tag' ? XML_LIMITS.maxTagLength : XML_LIMITS.maxErrors };
    // At the end saxes names every element still open; not when reading stopped early (the limit says why).
    else parser.close();
  } catch (e) {
    // saxes throws only when no error handler is installed or on internal failure; record it.
    if (e === AGAIN) return checked!;
    if (e !== STOP) {
      doubted = true;
      doc.errors.push({ message: String((e as Error).message ?? e), start: Math.max(0, text.length - 1), end: text.length });
    }
  }
  // A doubt at the close or at a bound.
  if (doubted && (yield* again())) return checked!;
  // Errors are mended only where there are some (most files have none).
  if (doc.errors.length || implicitlyClosed.length || unterminated.length) yield* mendErrors(doc, implicitlyClosed, unterminated);
  // Elements still open at the end of the text run to the end.
  for (const el of stack) {
    oddOf(el);
    el.end = text.length;
  }
  for (const el of doc.roots) if (!el.closed && el.end < el.startTagEnd) el.end = text.length;
  return doc;
}

/**
 * The errors of a reading as a person reads them: an element left open named where it opens, a
 * spaced or misspelt end tag told once on the end tag, the tags left without '>' added, all in order.
 */
function* mendErrors(
  doc: XmlDocument,
  implicitlyClosed: { el: XmlElementNode; endTagStart: number; endTagEnd: number }[],
  unterminated: { start: number; end: number }[],
): Steps<void> {
  // saxes says 'unexpected close tag' where an end tag closes an ancestor; name the element left open instead.
  const unexpectedAt = new Map<number, number>();
  doc.errors.forEach((e, i) => {
    if (e.message.startsWith('unexpected close tag') && !unexpectedAt.has(e.end)) unexpectedAt.set(e.end, i);
  });
  // An end tag written with a space after '</' (`</ PrtLogServerUrl >`, as in Cisco's own example file)
  // is one mistake: saxes reports the character, then the element it meant to close as left open.
  // Those are told once, on the end tag, with its name as the fix.
  const spacedEndTags = new Map<string, number[]>();
  doc.errors.forEach((e, i) => {
    if (!e.message.startsWith('disallowed character in closing tag')) return;
    const m = /^<\/\s+([^\s<>/]+)\s*>$/.exec(doc.text.slice(e.start, Math.min(e.end, e.start + 300)));
    if (m) spacedEndTags.set(m[1], [...(spacedEndTags.get(m[1]) ?? []), i]);
  });
  const replaced = new Set<number>();
  const dropped = new Set<number>();
  let turns = 0;
  for (const c of implicitlyClosed) {
    if (++turns % TURNS_PER_STEP === 0) yield;
    const spaced = spacedEndTags
      .get(c.el.name)
      ?.find((k) => !replaced.has(k) && doc.errors[k].start >= c.el.startTagEnd && doc.errors[k].start < c.endTagStart);
    if (spaced !== undefined) {
      const e = doc.errors[spaced];
      doc.errors[spaced] = mustBeClosedBy(c.el.name, e.start + 2, e.end - 1);
      replaced.add(spaced);
      // …and the end tag of the parent that saxes then found unexpected is no mistake of its own.
      const parentError = unexpectedAt.get(c.endTagEnd);
      if (parentError !== undefined && !replaced.has(parentError)) {
        replaced.add(parentError);
        dropped.add(parentError);
      }
      continue;
    }
    const i = unexpectedAt.get(c.endTagEnd);
    const err = ownError('xml.notClosedBefore', { name: c.el.name, end: endTagName(doc.text, c.endTagStart) }, c.el.nameStart - 1, c.el.nameEnd);
    if (i !== undefined && !replaced.has(i)) {
      doc.errors[i] = err;
      replaced.add(i);
    } else doc.errors.push(err);
  }
  if (dropped.size) doc.errors = doc.errors.filter((_, k) => !dropped.has(k));
  for (const u of unterminated) {
    doc.errors.push(ownError('xml.tagNotClosed', { tag: doc.text.slice(u.start, Math.min(u.end, u.start + 40)).trim() }, u.start, u.end));
  }
  doc.errors.sort((a, b) => a.start - b.start);
}

/** How much text a step of the well-formedness check reads (a few milliseconds of saxes). */
const CHECK_STEP = 262_144;

/**
 * The well-formedness check alone, in steps: for files above ucConfig.maxFileSizeMB, where nothing is
 * modelled. Each step reads a piece of the text and yields the errors found in it, so the server
 * answers requests in between; reading stops at the error bound like the full reader.
 */
export function* xmlErrorsInSteps(text: string): Generator<XmlSyntaxError[], void, undefined> {
  const parser = new TolerantSaxesParser({ position: true });
  let found: XmlSyntaxError[] = [];
  let count = 0;
  let lastErrorAt = -1;
  parser.on('error', (err) => {
    const pos = Math.min(parser.position, text.length);
    if (pos === lastErrorAt) return;
    lastErrorAt = pos;
    if (++count > XML_LIMITS.maxErrors) throw STOP;
    found.push({ message: err.message.replace(/^\d+:\d+: /, ''), ...errorRange(text, pos) });
  });
  const internals = parser as unknown as SaxesInternals;
  parser.on('closetag', (tag) => {
    const misspelt = internals.ucMismatchedEndTag;
    if (misspelt === undefined) return;
    internals.ucMismatchedEndTag = undefined;
    const nameStart = internals.ucTagStart + 2;
    found.push(mustBeClosedBy(tag.name, nameStart, nameStart + misspelt.length));
  });
  for (let at = 0; at <= text.length; at += CHECK_STEP) {
    try {
      withoutStacks(() => (at < text.length ? parser.write(text.slice(at, Math.min(text.length, at + CHECK_STEP))) : parser.close()));
    } catch (e) {
      if (e !== STOP) throw e;
      yield found;
      return;
    }
    yield found;
    found = [];
  }
}

/**
 * A tag being typed (`<Ena` followed by the next line's `</Policies>`) would make saxes swallow the
 * following markup as attributes and nest the rest of the file inside it. Blanking such a tag with
 * spaces keeps every offset and lets the rest of the document parse as it stands; the tag is
 * reported as an error of its own.
 */
function* blankUnterminatedTags(text: string): Steps<Blanked> {
  const unterminated: { start: number; end: number }[] = [];
  let oversized: number | undefined;
  let i = text.indexOf('<');
  let turns = 0;
  // The next '>' found is kept until passed: a run of '<' with no '>' after it (each a tag left open)
  // would otherwise search the rest of the text once per '<'.
  let closing = -2;
  while (i >= 0 && i < text.length) {
    if (++turns % TURNS_PER_STEP === 0) yield;
    let skipTo = -1;
    const next = text.charCodeAt(i + 1);
    if (next !== 33 /* ! */ && next !== 63 /* ? */) {
      // An ordinary tag: the common case, tested first.
    } else if (text.startsWith('<!--', i)) skipTo = text.indexOf('-->', i + 4) + 3;
    else if (text.startsWith('<![CDATA[', i)) skipTo = text.indexOf(']]>', i + 9) + 3;
    else if (text.startsWith('<?', i)) skipTo = text.indexOf('?>', i + 2) + 2;
    else if (text.startsWith('<!DOCTYPE', i)) skipTo = doctypeEnd(text, i + 9) + 1;
    if (skipTo > i) {
      i = text.indexOf('<', skipTo);
      continue;
    }
    if (skipTo !== -1 && skipTo <= i) break; // unterminated comment/CDATA: saxes reports it
    const nextLt = text.indexOf('<', i + 1);
    if (closing !== -1 && closing <= i) closing = text.indexOf('>', i + 1);
    const nextGt = closing;
    if (nextLt >= 0 && (nextGt < 0 || nextLt < nextGt)) {
      // Each is an error of its own: past the error bound, the rest is not read.
      // …and a tag being typed is short: past the length bound, the rest is not read (as a long tag's).
      if (unterminated.length >= XML_LIMITS.maxErrors || nextLt - i > XML_LIMITS.maxTagLength) {
        oversized = i;
        break;
      }
      unterminated.push({ start: i, end: i + text.slice(i, nextLt).trimEnd().length });
      i = nextLt;
      continue;
    }
    if ((nextGt < 0 ? text.length : nextGt) - i > XML_LIMITS.maxTagLength) {
      oversized = i;
      break;
    }
    i = nextLt;
  }
  if (!unterminated.length) return { cleaned: text, unterminated, oversized };
  let cleaned = '';
  let from = 0;
  // Line breaks are kept so positions (line/column) stay the same; what lies between them becomes one
  // run of spaces. In steps: a tag left open may run for megabytes (a character at a time, one step,
  // that held the server 0.4 s for 4 MB).
  // The next line break found is kept until passed, as the next '>' is above.
  const lineBreak = /[\r\n]/g;
  let nextBreak = -2;
  const breakFrom = (at: number) => {
    if (nextBreak !== -1 && nextBreak < at) {
      lineBreak.lastIndex = at;
      nextBreak = lineBreak.exec(text)?.index ?? -1;
    }
    return nextBreak;
  };
  for (const u of unterminated) {
    cleaned += text.slice(from, u.start);
    from = u.start;
    for (let k = breakFrom(from); k >= 0 && k < u.end; k = breakFrom(from)) {
      cleaned += ' '.repeat(k - from) + text[k];
      from = k + 1;
      if (++turns >= TURNS_PER_STEP) {
        turns = 0;
        yield;
      }
    }
    cleaned += ' '.repeat(u.end - from);
    from = u.end;
    // A step blanks at most about a megabyte: each tag is at most maxTagLength long.
    turns += Math.ceil((u.end - u.start) / 128);
    if (++turns >= TURNS_PER_STEP) {
      turns = 0;
      yield;
    }
  }
  return { cleaned: cleaned + text.slice(from), unterminated, oversized };
}

/**
 * The `>` that ends a DOCTYPE declaration read from `from` (past `<!DOCTYPE`), as saxes finds it: a
 * quoted string and the internal subset (`[` to `]`, with its own quoted strings, comments and
 * processing instructions) may hold '<' and '>'. -1 when the declaration never ends. One pass over
 * the declaration, whatever comes after it.
 */
function doctypeEnd(text: string, from: number): number {
  const n = text.length;
  let i = from;
  const past = (s: string, at: number) => {
    const k = text.indexOf(s, at);
    return k < 0 ? n : k + s.length;
  };
  // The declaration outside its subset.
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 /* " */ || c === 39 /* ' */) i = past(String.fromCharCode(c), i + 1) - 1;
    else if (c === 91 /* [ */) {
      // The internal subset, to its first ']' outside a quoted string, a comment or a processing instruction.
      for (i++; i < n && text.charCodeAt(i) !== 93 /* ] */; i++) {
        const d = text.charCodeAt(i);
        if (d === 34 || d === 39) i = past(String.fromCharCode(d), i + 1) - 1;
        else if (d === 60 /* < */ && text.startsWith('<!--', i)) i = past('-->', i + 4) - 1;
        // saxes ends a processing instruction of the subset at the first '>' after its first '?'.
        else if (d === 60 && text.charCodeAt(i + 1) === 63 /* ? */) i = past('>', past('?', i + 2)) - 1;
      }
    }
  }
  return -1;
}

/** Whether the end tag at `endTagStart` is `</name>` (with optional space before `>`), without building strings. */
function endTagNames(text: string, endTagStart: number, name: string): boolean {
  const after = endTagStart + 2 + name.length;
  if (!text.startsWith(name, endTagStart + 2)) return false;
  const c = text.charCodeAt(after);
  return c === 62 /* > */ || isSpace(c);
}

function endTagName(text: string, endTagStart: number): string {
  const m = /^<\/\s*([^\s>]*)/.exec(text.slice(endTagStart, endTagStart + 200));
  return m ? m[1] : '';
}

/** The last index of the character code at or before `pos`, looking back at most LOOKBACK characters; -1 when none. */
function lastCodeWithin(text: string, code: number, pos: number): number {
  for (let i = Math.min(pos, text.length - 1), stop = Math.max(0, pos - LOOKBACK); i >= stop; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** An error inside markup covers the markup up to where saxes noticed it; elsewhere one character. */
function errorRange(text: string, pos: number): { start: number; end: number } {
  const at = Math.max(0, Math.min(pos, text.length));
  // Bounded look-backs: a parse error costs the same wherever it is, so many errors stay linear.
  const lt = lastCodeWithin(text, 60 /* < */, Math.max(0, at - 1));
  const gt = lastCodeWithin(text, 62 /* > */, Math.max(0, at - 2));
  const lineStart = lastCodeWithin(text, 10 /* \n */, Math.max(0, at - 1));
  if (lt >= 0 && lt > gt && lt > lineStart) return { start: lt, end: Math.max(at, lt + 1) };
  if (lt >= 0 && gt === at - 1 && lt > lineStart) return { start: lt, end: at };
  const start = Math.max(0, at - 1);
  return { start, end: Math.min(text.length, start + 1) || 0 };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Whether a text node is only XML white space (what sits between elements), without a trimmed copy. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The attributes of a start tag with their ranges, in one pass over the tag (saxes gives names and values only). */
function readAttributes(text: string, from: number, to: number, attrs: Record<string, string>): XmlAttribute[] {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  // `>` or `/>` right after the name: no attributes (most elements), no allocation.
  if (i >= to - 2) return NO_ATTRIBUTES;
  const out: XmlAttribute[] = [];
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const nameStart = i;
    for (let c = text.charCodeAt(i); i < to && !isSpace(c) && c !== 61 /* = */ && c !== 47 /* / */ && c !== 62 /* > */; c = text.charCodeAt(++i));
    if (i === nameStart) {
      i++;
      continue;
    }
    const name = text.slice(nameStart, i);
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 61) continue;
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") continue;
    const valueStart = i + 1;
    // Searched within the tag only: an unclosed quote must not send every tag to the end of the file.
    const inTag = text.slice(valueStart, to).indexOf(quote);
    if (inTag < 0) break;
    const close = valueStart + inTag;
    out.push({ name, value: attrs[name] ?? decodeEntities(text.slice(valueStart, close)), nameStart, valueStart, valueEnd: close });
    i = close + 1;
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
