// Expressway / CUCM / IM and Presence settings files (YAML or JSON) -> one tree of nodes with offsets.
// Both syntaxes land in the same SettingsNode model so that schema checks, rules, hover and completion
// never care which syntax the admin chose. The parser never throws: syntax errors, duplicate keys and
// alias bombs become entries in `errors`, and whatever could be read is still modelled.
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, YAMLParseError, type Document, type Node as YamlNode } from 'yaml';
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { jsonErrorOf } from './jsonErrors';
import type { MessageText } from '../catalog/messages';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { runSteps, withoutStacks, type Steps } from '../core/steps';
import { DocumentCache } from './documentCache';

export type SettingsSyntax = 'yaml' | 'json';
export type SettingsNodeKind = 'object' | 'array' | 'scalar';
export type PathSegment = string | number;

export interface SettingsNode {
  kind: SettingsNodeKind;
  /** Scalar value (string, number, boolean or null); undefined for objects and arrays. */
  value?: string | number | boolean | null;
  /** Offsets of the value itself. */
  start: number;
  end: number;
  /** For a property value: the key's text and offsets. */
  key?: string;
  keyStart?: number;
  keyEnd?: number;
  /** Object properties in source order (a duplicate key keeps its first occurrence here). */
  properties?: SettingsNode[];
  /** Array items in order. */
  items?: SettingsNode[];
  parent?: SettingsNode;
  path: PathSegment[];
  /** The file the node was read from, when the tree joins several files (a deployment's artifacts). */
  uri?: string;
}

export type SettingsErrorCode = 'settings-syntax' | 'settings-duplicate-key' | 'settings-alias-limit' | 'settings-too-deep' | 'settings-too-large';

export interface SettingsParseError {
  code: SettingsErrorCode;
  /** What is wrong, as data (schemas/l10n/uc-settings.json, common.json), shown in the user's language. */
  text: MessageText;
  /**
   * An error of the YAML or JSON library: its own words, which an English reader sees as the library
   * wrote them (`text` names the error for the other languages), as with saxes' messages in XML.
   */
  libraryText?: string;
  start: number;
  end: number;
}

export interface SettingsDocument {
  syntax: SettingsSyntax;
  text: string;
  root?: SettingsNode;
  errors: SettingsParseError[];
}

// Bounds on what the YAML and JSON libraries are given. Real Expressway / CUCM / IM and Presence settings
// files are a few KB, about a hundred lines and six levels deep (the largest example: 3.4 KB, 117 values
// as counted here); the bounds are ten times that, below the sizes where the libraries become slow (yaml
// composes nested collections recursively, and its time grows with the number of nodes). yaml's first
// read in a process runs cold: at these bounds 58–85 ms of the main thread's time on a loaded machine,
// 20–30 ms once warm, so the server reads in steps (parseSettingsInSteps). A file past a bound is not
// parsed at all: one diagnostic says why.
/** Nesting levels (block indentation, `- ` items and flow brackets together). */
export const MAX_DEPTH = 64;
/** Keys, list items and values (counted as content lines plus flow separators). */
export const MAX_ENTRIES = 1200;
/** Characters of text. */
export const MAX_CHARS = 48 * 1024;
/** Aliases expanded per document; beyond this a YAML file is treated as an alias bomb. */
export const MAX_ALIAS_EXPANSIONS = 100;
/** Nodes modelled per document, aliases expanded; keeps an alias bomb from exhausting memory. */
export const MAX_NODES = 20_000;

export function syntaxOf(uriOrPath: string, text?: string): SettingsSyntax {
  if (/\.json$/i.test(uriOrPath)) return 'json';
  if (/\.ya?ml$/i.test(uriOrPath)) return 'yaml';
  return text !== undefined && /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** `yamlDoc`: the library's document of this text when it was read already (parseSettingsInSteps). */
export function parseSettings(text: string, syntax: SettingsSyntax, yamlDoc?: Document.Parsed): SettingsDocument {
  try {
    const bound = checkBounds(text, syntax);
    if (bound) return { syntax, text, root: undefined, errors: [bound] };
    // One string per distinct key or text: a file repeats the same keys and values in every zone.
    const strings = new Map<string, string>();
    const one = (s: string) => strings.get(s) ?? (strings.set(s, s), s);
    return compact(syntax === 'json' ? parseJson(text, one) : parseYaml(text, one, yamlDoc));
  } catch (err) {
    return unreadable(text, syntax, err);
  }
}

/** The libraries are tolerant, but a settings file must never take the server down. */
function unreadable(text: string, syntax: SettingsSyntax, err: unknown): SettingsDocument {
  const message = String((err as Error)?.message ?? err);
  return {
    syntax,
    text,
    errors: [{ code: 'settings-syntax', text: { id: 'syntax.other', args: { message } }, start: 0, end: Math.min(1, text.length) }],
  };
}

/**
 * parseSettings in steps, for the server (handlers/parsing.ts). yaml's parseDocument reads a file at
 * once, and its first read in a process runs cold: a file at the bounds held the event loop for 50–90 ms.
 * Its own resumable pieces do the same here (the Lexer's lexemes fed to the Parser, whose documents the
 * Composer builds), a few dozen lexemes a step; only the composition of the document (about a quarter
 * of the time) and the model built from it are done at once. JSON (jsonc-parser: a few milliseconds at
 * the bounds) and a file past a bound are read at once.
 */
export function* parseSettingsInSteps(text: string, syntax: SettingsSyntax): Steps<SettingsDocument> {
  if (syntax === 'json' || checkBounds(text, syntax)) return parseSettings(text, syntax);
  let doc: Document.Parsed;
  try {
    doc = yield* yamlInSteps(text);
  } catch (err) {
    return unreadable(text, syntax, err);
  }
  return parseSettings(text, syntax, doc);
}

/** Lexemes read per step: a fraction of a millisecond, even cold. */
const LEXEMES_PER_STEP = 64;

/**
 * yaml's parseDocument(text, YAML_OPTIONS), step by step: its own loop (Composer.compose over Parser.parse,
 * the first document kept). Used at once too (runSteps), so the bundle carries one copy of the loop;
 * test/unit/settings-steps.test.ts compares the result with parseDocument's.
 */
function* yamlInSteps(text: string): Steps<Document.Parsed> {
  const lexemes = new Lexer().lex(text);
  const parser = new Parser();
  const composer = new Composer(YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  let last = false;
  // As parseDocument: the first document, and an error at the second, where reading stops.
  const take = (docs: Iterable<Document.Parsed>) => {
    for (const d of docs) {
      if (!doc) doc = d;
      else {
        doc.errors.push(
          new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'),
        );
        return (last = true);
      }
    }
    return false;
  };
  const step = () => {
    for (let i = 0; i < LEXEMES_PER_STEP; i++) {
      const r = lexemes.next();
      if (r.done) {
        for (const token of parser.end()) if (take(composer.next(token))) return;
        take(composer.end(true, text.length));
        last = true;
        return;
      }
      for (const token of parser.next(r.value)) if (take(composer.next(token))) return;
    }
  };
  while (!last) {
    withoutStacks(step);
    if (!last) yield;
  }
  return doc!;
}

// uniqueKeys is off: the library checks each key against every earlier one (quadratic: 20 000 keys took
// 18 s); duplicates are found below with a set per mapping. Aliases are never expanded by the library
// (no toJS()); the walk below expands them itself and stops after MAX_ALIAS_EXPANSIONS, the same
// defence as yaml's own maxAliasCount option of toJS().
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false } as const;

// -------------------------------------------------------------------------------------------- bounds

export interface ShapeScan {
  /** Deepest nesting seen (estimated from above: indentation levels + `- ` + open brackets). */
  depth: number;
  /** Where the nesting first went past MAX_DEPTH. */
  deepAt?: number;
  /** Content lines plus flow separators. */
  entries: number;
  /** Where the entries first went past MAX_ENTRIES. */
  manyAt?: number;
}

const isSpace = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === 10 || c === 13;
/** Where an anchor, tag or alias name that starts at `i` ends: at a space or line break, or (inside a flow collection) at `,` `]` `}`. */
function tokenEnd(text: string, i: number, inFlow: boolean): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBreak(c) || (inFlow && (c === 44 || c === 93 || c === 125))) break;
  }
  return i;
}

/**
 * One linear pass over YAML (JSON is YAML here) that estimates nesting and size from above, skipping
 * quoted strings, comments and block scalars as the YAML reader does. It stops at the first bound
 * passed. Brackets count as nesting wherever a flow collection can start (anywhere inside one, and at
 * the start of a value in block context), so a deep file can never slip past it.
 */
export function scanShape(text: string, json = false): ShapeScan {
  const n = text.length;
  const out: ShapeScan = { depth: 0, entries: 0 };
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  let blockScalarIndent = -1;
  const deeper = (d: number, at: number) => {
    if (d > out.depth) out.depth = d;
    if (d > MAX_DEPTH && out.deepAt === undefined) out.deepAt = at;
  };
  // The next line break at or after a position, each kind cached so that finding it stays linear overall.
  let nextLf = -1;
  let nextCr = -1;
  const from = (ch: string, at: number) => {
    const k = text.indexOf(ch, at);
    return k < 0 ? n : k;
  };
  const breakAfter = (at: number) => {
    if (nextLf < at) nextLf = from('\n', at);
    if (nextCr < at) nextCr = from('\r', at);
    return Math.min(nextLf, nextCr);
  };
  const entry = (at: number) => {
    if (++out.entries > MAX_ENTRIES && out.manyAt === undefined) out.manyAt = at;
  };
  while (i < n && out.deepAt === undefined && out.manyAt === undefined) {
    // Start of a line: indentation.
    const lineStart = i;
    while (i < n && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const first = i < n ? text.charCodeAt(i) : 10;
    if (isBreak(first) || (first === 35 /* # */ && flow === 0)) {
      // Blank or comment line.
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (blockScalarIndent >= 0) {
      if (indent > blockScalarIndent) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    entry(i);
    let blockDepth = 0;
    if (flow === 0 && !json) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      blockDepth = indents.length;
      deeper(blockDepth, i);
    }
    // The rest of the line. `value` is true where a node can start (line start, after ": ", "- ", "? ",
    // and inside a flow collection after "[", "{", ",", ":"); anchors and tags keep it true. Brackets and
    // quotes elsewhere are the text of a plain value, as the YAML reader takes them.
    let value = true;
    let props = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isBreak(c)) {
        i++;
        break;
      }
      const afterSpace = i === lineStart || isSpace(text.charCodeAt(i - 1));
      const next = text.charCodeAt(i + 1);
      const endsToken = i + 1 >= n || isSpace(next) || isBreak(next);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 35 /* # */ && afterSpace && !json) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl;
        continue;
      }
      if (json && c === 47 /* / */ && next === 47) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl;
        continue;
      }
      if (json && c === 47 && next === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      if (c === 34 /* " */ && (value || json)) {
        // Double-quoted: to the next quote not escaped by an odd run of backslashes (in YAML it may span
        // lines; in JSON the parser ends an unterminated string at the line break, and so does this scan).
        let j = i;
        let end = -1;
        for (;;) {
          const q = text.indexOf('"', j + 1);
          if (json && (q < 0 || q > breakAfter(i))) {
            end = breakAfter(i);
            break;
          }
          if (q < 0) return out;
          let k = q - 1;
          while (k > j && text.charCodeAt(k) === 92) k--;
          j = q;
          if ((q - 1 - k) % 2 === 0) break;
        }
        i = end >= 0 ? end : j + 1;
        value = false;
        continue;
      }
      if (c === 39 /* ' */ && value && !json) {
        // Single-quoted: '' is an escaped quote.
        let j = i + 1;
        for (;;) {
          const q = text.indexOf("'", j);
          if (q < 0) return out;
          if (text.charCodeAt(q + 1) === 39) {
            j = q + 2;
            continue;
          }
          j = q;
          break;
        }
        i = j + 1;
        value = false;
        continue;
      }
      if ((c === 38 /* & */ || c === 33) /* ! */ && (value || afterSpace) && !json) {
        // An anchor or a tag: the node itself follows. Each counts as an entry; a node has at most one of
        // each, and the reader's time grows with the square of a longer run, so a run counts much more.
        entry(i);
        if (++props > 2) for (let k = 0; k < 20; k++) entry(i);
        i = tokenEnd(text, i, flow > 0);
        continue;
      }
      if (c === 42 /* * */ && (value || afterSpace) && !json) {
        // An alias: one value (its expansion is bounded separately, MAX_ALIAS_EXPANSIONS). Counted after any
        // space, even inside a plain value: "*a *a *a …" costs the reader one error each, so those count more.
        entry(i);
        if (!value) for (let k = 0; k < 10; k++) entry(i);
        props = 0;
        i = tokenEnd(text, i, flow > 0);
        value = false;
        continue;
      }
      props = 0;
      if ((c === 91 || c === 123) && (flow > 0 || json || value)) {
        flow++;
        deeper(blockDepth + flow, i);
        if (out.deepAt !== undefined) return out;
        value = true;
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
        value = false;
      } else if (c === 44 /* , */ && (flow > 0 || json)) {
        entry(i);
        value = true;
      } else if (c === 58 /* : */ && (flow > 0 || json || endsToken)) {
        // In block context each ": " on a line opens a mapping one level deeper ("a: b: c: …" nests).
        if (flow === 0 && !json) {
          blockDepth++;
          deeper(blockDepth, i);
          if (out.deepAt !== undefined) return out;
          if (blockDepth > indents.length + 1) entry(i);
        }
        value = true;
      } else if ((c === 45 /* - */ || c === 63) /* ? */ && flow === 0 && !json && value && endsToken) {
        // "- - - x": each compact item nests one level further.
        blockDepth++;
        deeper(blockDepth, i);
        entry(i);
        value = true;
      } else if ((c === 124 /* | */ || c === 62) /* > */ && flow === 0 && !json && value && blockScalarHeader(text, i + 1)) {
        blockScalarIndent = indent;
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
        break;
      } else {
        // A quote where no node starts: the text of a plain value to a YAML reader, but the library reads
        // a run of them as one broken quoted scalar after another, an error each. Count them.
        if ((c === 34 || c === 39) && !json) entry(i);
        value = false;
      }
      i++;
    }
    if (out.manyAt !== undefined || out.deepAt !== undefined) break;
  }
  return out;
}

/** After `|` or `>`: chomping and indentation indicators, then only spaces or a comment to the line end. */
function blockScalarHeader(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45 || (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57)) && k - i < 3)
    k++;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k >= text.length || isBreak(text.charCodeAt(k)) || (text.charCodeAt(k) === 35 && k > i && isSpace(text.charCodeAt(k - 1)));
}

function checkBounds(text: string, syntax: SettingsSyntax): SettingsParseError | undefined {
  if (text.length > MAX_CHARS) {
    const max = Math.round(MAX_CHARS / 1024);
    return { code: 'settings-too-large', text: { id: 'limit.chars', args: { max } }, start: 0, end: Math.min(1, text.length) };
  }
  const shape = scanShape(text, syntax === 'json');
  if (shape.deepAt !== undefined) {
    return {
      code: 'settings-too-deep',
      text: { id: 'limit.depth', args: { max: MAX_DEPTH } },
      start: shape.deepAt,
      end: Math.min(text.length, shape.deepAt + 1),
    };
  }
  if (shape.manyAt !== undefined) {
    return {
      code: 'settings-too-large',
      text: { id: 'limit.entries', args: { max: MAX_ENTRIES } },
      start: 0,
      end: Math.min(1, text.length),
    };
  }
  return undefined;
}

/** Child lists at their exact length: a list grown by push keeps spare room. */
function compact(doc: SettingsDocument): SettingsDocument {
  walk(doc.root, (n) => {
    if (n.properties) n.properties = n.properties.slice();
    if (n.items) n.items = n.items.slice();
  });
  return doc;
}

// ---------------------------------------------------------------------------------------------- YAML

/**
 * A parsed node. Every one has the same fields in the same order (V8 keeps them in the object), and its
 * path is worked out from its parents when asked: an array stored per node was a third of a file's memory.
 */
class ParsedNode implements SettingsNode {
  key?: string;
  keyStart?: number;
  keyEnd?: number;
  properties: SettingsNode[] | undefined;
  items: SettingsNode[] | undefined;
  constructor(
    public kind: SettingsNodeKind,
    public value: SettingsNode['value'],
    public start: number,
    public end: number,
    public parent: SettingsNode | undefined,
    /** An item's index in its list (a property's path segment is its key). */
    private index: number | undefined,
  ) {
    this.properties = kind === 'object' ? [] : undefined;
    this.items = kind === 'array' ? [] : undefined;
  }
  get path(): PathSegment[] {
    return ParsedNode.pathOf(this);
  }
  private static pathOf(node: ParsedNode): PathSegment[] {
    const out: PathSegment[] = [];
    for (let n = node; n.parent; n = n.parent as ParsedNode) out.push(n.index ?? n.key!);
    return out.reverse();
  }
}

type Range3 = [number, number, number];
/** A key written twice in one mapping (the diagnostic names the key itself). */
const DUPLICATE_KEY: MessageText = { id: 'yaml.DUPLICATE_KEY' };

const rangeOf = (n: unknown): Range3 | undefined => (n as { range?: Range3 } | null | undefined)?.range ?? undefined;

function parseYaml(text: string, one: (s: string) => string, parsed?: Document.Parsed): SettingsDocument {
  const doc = parsed ?? runSteps(yamlInSteps(text));
  const errors: SettingsParseError[] = [];
  // The library's words in English; other languages get its error code's description (uc-settings.json yaml.*).
  errors.push(
    ...onePerMistake(
      text,
      doc.errors.map((e) => ({
        code: 'settings-syntax' as const,
        text: { id: `yaml.${e.code}` },
        libraryText: e.message.split('\n')[0],
        start: e.pos[0],
        end: Math.max(e.pos[1], e.pos[0] + 1),
      })),
    ),
  );
  let nodes = 0;
  let aliases = 0;
  let stopped = false;
  // Anchors in document order: an alias refers to the last anchor of its name before it.
  const anchors = new Map<string, YamlNode>();
  // The library's nodes the ancestors of a frame were read from, innermost first (to find an alias inside
  // the node it names). A chain on the frames, not a table keyed by our nodes: a WeakMap's entries keep
  // its values alive through every minor GC while their keys live (our nodes live on in the cache), so
  // each file's whole yaml Document was promoted to the old generation, ~170 MB of garbage for 200 files.
  interface Sources {
    node: unknown;
    up: Sources | undefined;
  }
  interface Frame {
    node: unknown;
    /** For an item: its index in the list. */
    index?: number;
    parent: SettingsNode | undefined;
    /** Where the result goes: a property of `parent` (with its key) or an item. */
    key?: string;
    keyRange?: Range3;
    /** Inside an expanded alias: duplicate keys were already reported at the anchor. */
    viaAlias: boolean;
    /** The library's nodes of the ancestors. */
    sources: Sources | undefined;
  }
  const attach = (f: Frame, out: SettingsNode | undefined) => {
    if (!f.parent) return;
    if (f.key !== undefined) {
      // `key:` with nothing after it (or a value that could not be read) is a null value right after the key.
      const at = f.keyRange ? f.keyRange[1] : f.parent.start;
      const value = out ?? new ParsedNode('scalar', null, at, at, f.parent, undefined);
      value.key = f.key;
      if (f.keyRange) {
        value.keyStart = f.keyRange[0];
        value.keyEnd = f.keyRange[1];
      }
      f.parent.properties!.push(value);
    } else if (out) f.parent.items!.push(out);
  };
  const convert = (f: Frame, stack: Frame[]): SettingsNode | undefined => {
    if (stopped || f.node == null) return undefined;
    if (++nodes > MAX_NODES) {
      stopped = true;
      errors.push({
        code: 'settings-alias-limit',
        text: { id: 'alias.tooManyValues', args: { max: MAX_NODES } },
        start: 0,
        end: Math.min(1, text.length),
      });
      return undefined;
    }
    let target = f.node as YamlNode;
    let aliasRange: Range3 | undefined;
    let viaAlias = f.viaAlias;
    if (isAlias(target)) {
      aliasRange = rangeOf(target) ?? [0, 0, 0];
      if (++aliases > MAX_ALIAS_EXPANSIONS) {
        stopped = true;
        errors.push({
          code: 'settings-alias-limit',
          text: { id: 'alias.tooMany', args: { max: MAX_ALIAS_EXPANSIONS } },
          start: aliasRange[0],
          end: aliasRange[1],
        });
        return undefined;
      }
      const resolved = anchors.get(target.source);
      // An alias inside the node it names would expand for ever.
      let cyclic = false;
      for (let c = f.sources; c && resolved; c = c.up) if (c.node === resolved) cyclic = true;
      if (!resolved || cyclic) {
        errors.push({
          code: 'settings-syntax',
          text: { id: 'alias.unresolved', args: { name: target.source } },
          start: aliasRange[0],
          end: aliasRange[1],
        });
        return undefined;
      }
      target = resolved;
      viaAlias = true;
    } else if ((target as { anchor?: string }).anchor) anchors.set((target as { anchor: string }).anchor, target);
    // Values read through an alias are reported at the alias, where the admin can see them.
    const range = aliasRange ?? rangeOf(target) ?? [0, 0, 0];
    const children: Frame[] = [];
    const sources: Sources = { node: target, up: f.sources };
    let out: SettingsNode | undefined;
    if (isMap(target)) {
      out = new ParsedNode('object', undefined, range[0], range[1], f.parent, f.index);
      const keys = new Set<string>();
      for (const pair of target.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = one(isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '');
        const keyRange = rangeOf(keyNode);
        if (keys.has(key)) {
          if (!viaAlias && keyRange)
            errors.push({
              code: 'settings-duplicate-key',
              text: DUPLICATE_KEY,
              start: keyRange[0],
              end: Math.max(keyRange[1], keyRange[0] + 1),
            });
          continue;
        }
        keys.add(key);
        children.push({ node: pair.value, parent: out, key, keyRange, viaAlias, sources });
      }
    } else if (isSeq(target)) {
      out = new ParsedNode('array', undefined, range[0], range[1], f.parent, f.index);
      target.items.forEach((item, i) => children.push({ node: item, index: i, parent: out, viaAlias, sources }));
    } else if (isScalar(target)) {
      const v = target.value;
      const value = typeof v === 'string' ? one(v) : v === null || typeof v === 'number' || typeof v === 'boolean' ? v : one(String(v));
      out = new ParsedNode('scalar', value, range[0], range[1], f.parent, f.index);
    }
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
    return out;
  };
  // Iterative, depth-first in source order: no recursion that the document's nesting (or an alias chain) controls.
  let root: SettingsNode | undefined;
  if (doc.contents) {
    const stack: Frame[] = [{ node: doc.contents, parent: undefined, viaAlias: false, sources: undefined }];
    while (stack.length) {
      const f = stack.pop()!;
      const out = stopped ? undefined : convert(f, stack);
      if (!f.parent) root = out;
      else attach(f, out);
    }
  }
  return { syntax: 'yaml', text, root, errors };
}

// ---------------------------------------------------------------------------------------------- JSON

function parseJson(text: string, one: (s: string) => string): SettingsDocument {
  // scanShape has bounded the nesting (jsonc-parser recurses once per level) before this runs.
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  const errors: SettingsParseError[] = onePerMistake(
    text,
    parseErrors.map((e) => {
      const { message, text } = jsonErrorOf(e);
      return { code: 'settings-syntax' as const, text, libraryText: message, start: e.offset, end: e.offset + Math.max(1, e.length) };
    }),
  );
  interface Frame {
    node: JsonNode;
    /** For an item: its index in the list. */
    index?: number;
    parent: SettingsNode | undefined;
    key?: JsonNode;
  }
  let root: SettingsNode | undefined;
  const stack: Frame[] = tree ? [{ node: tree, parent: undefined }] : [];
  while (stack.length) {
    const { node: json, index, parent, key } = stack.pop()!;
    const start = json.offset;
    const end = json.offset + json.length;
    const children: Frame[] = [];
    let out: SettingsNode;
    if (json.type === 'object') {
      out = new ParsedNode('object', undefined, start, end, parent, index);
      const keys = new Set<string>();
      for (const prop of json.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode) continue;
        const k = one(String(keyNode.value));
        if (keys.has(k)) {
          errors.push({ code: 'settings-duplicate-key', text: DUPLICATE_KEY, start: keyNode.offset, end: keyNode.offset + keyNode.length });
          continue;
        }
        keys.add(k);
        if (valueNode) children.push({ node: valueNode, parent: out, key: keyNode });
        else {
          const at = keyNode.offset + keyNode.length;
          children.push({
            node: { type: 'null', offset: at, length: 0, value: null } as unknown as JsonNode,
            parent: out,
            key: keyNode,
          });
        }
      }
    } else if (json.type === 'array') {
      out = new ParsedNode('array', undefined, start, end, parent, index);
      (json.children ?? []).forEach((c, i) => children.push({ node: c, index: i, parent: out }));
    } else {
      const v = json.value as string | number | boolean | null;
      out = new ParsedNode('scalar', typeof v === 'string' ? one(v) : v, start, end, parent, index);
    }
    if (!parent) root = out;
    else if (key) {
      out.key = one(String(key.value));
      out.keyStart = key.offset;
      out.keyEnd = key.offset + key.length;
      parent.properties!.push(out);
    } else parent.items!.push(out);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
  }
  return { syntax: 'json', text, root, errors };
}

/**
 * One syntax error per mistake: the readers often report a mistake twice at one spot ("nested mappings are
 * not allowed" and "implicit keys need to be on a single line"; "property name expected" and "value
 * expected") and then the follow-on errors of the same line. The first error of each line is the one at
 * the mistake; the others on that line are its echoes.
 */
function onePerMistake(text: string, errors: SettingsParseError[]): SettingsParseError[] {
  const sorted = [...errors].sort((a, b) => a.start - b.start);
  const out: SettingsParseError[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && (e.start < last.end || text.indexOf('\n', last.start) < 0 || text.indexOf('\n', last.start) >= e.start)) continue;
    out.push(e);
  }
  return out;
}

// ------------------------------------------------------------------------------------------- helpers

export function child(node: SettingsNode | undefined, key: PathSegment): SettingsNode | undefined {
  if (!node) return undefined;
  if (typeof key === 'number') return node.items?.[key];
  return node.properties?.find((p) => p.key === key);
}

/** Plain JavaScript value of a node (objects, arrays, scalars); iterative. */
export function toPlain(node: SettingsNode | undefined): unknown {
  if (!node) return undefined;
  const valueOf = new Map<SettingsNode, unknown>();
  const make = (n: SettingsNode): unknown => (n.kind === 'scalar' ? n.value : n.kind === 'array' ? [] : {});
  valueOf.set(node, make(node));
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    const holder = valueOf.get(n);
    if (n.kind === 'array') {
      for (const c of n.items!) {
        const v = make(c);
        (holder as unknown[]).push(v);
        if (c.kind !== 'scalar') {
          valueOf.set(c, v);
          stack.push(c);
        }
      }
    } else if (n.kind === 'object') {
      for (const p of n.properties!) {
        const v = make(p);
        (holder as Record<string, unknown>)[p.key!] = v;
        if (p.kind !== 'scalar') {
          valueOf.set(p, v);
          stack.push(p);
        }
      }
    }
  }
  return valueOf.get(node);
}

/** The deepest node whose key or value contains the offset (iterative descent). */
export function nodeAt(root: SettingsNode | undefined, offset: number): SettingsNode | undefined {
  const contains = (n: SettingsNode) => (n.keyStart !== undefined && offset >= n.keyStart && offset <= n.keyEnd!) || (offset >= n.start && offset <= n.end);
  if (!root || !contains(root)) return undefined;
  let best = root;
  for (;;) {
    let next: SettingsNode | undefined;
    for (const c of best.properties ?? best.items ?? []) if (contains(c)) next = c;
    if (!next) return best;
    best = next;
  }
}

/** Dotted display form of a path: `expressway.expresswayC.zones[0].sip.port`. */
export function formatPath(path: PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Walks every node depth-first, in source order, without recursion. */
export function walk(root: SettingsNode | undefined, fn: (n: SettingsNode) => void): void {
  if (!root) return;
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    fn(n);
    const kids = n.properties ?? n.items;
    if (kids) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
}

/**
 * Settings files are read in steps by the server from this many characters on (at most 48 KB are read
 * at all): the yaml library's first, cold read held the event loop for 58–85 ms at the bounds, and
 * 31–36 ms for an 8 KB file (its caret probe read it again). Below, the first request on a file costs
 * about 20 ms, most of it other code's first run.
 */
export const STEPPED_SETTINGS_CHARS = 2048;

// Keyed by the document and checked against its text as well as its version, released on close: validation,
// completion, hover and the cross-file rules of other documents share one parse per edit.
const cache = new DocumentCache<SettingsDocument>(
  (text, doc) => parseSettings(text, syntaxOf(doc.uri, text)),
  (text, doc) => parseSettingsInSteps(text, syntaxOf(doc.uri, text)),
  STEPPED_SETTINGS_CHARS,
);

export function parsedSettings(doc: TextDocument): SettingsDocument {
  return cache.get(doc);
}

/** The server's parse in steps before a request reads the document (FormatService.parseInSteps). */
export function settingsInSteps(doc: TextDocument): Steps<void> | undefined {
  return cache.parseInSteps(doc);
}
