// Expressway / CUCM / IM and Presence settings files (YAML or JSON) -> one tree of nodes with offsets.
// Both syntaxes land in the same SettingsNode model so that schema checks, rules, hover and completion
// never care which syntax the admin chose. The parser never throws: syntax errors, duplicate keys and
// alias bombs become entries in `errors`, and whatever could be read is still modelled.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { MAX_NESTING, maxNesting } from './jsonNesting';
import { parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { MessageText } from '../catalog/messages';

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

export type SettingsErrorCode = 'settings-syntax' | 'settings-duplicate-key' | 'settings-alias-limit';

export interface SettingsParseError {
  code: SettingsErrorCode;
  message: string;
  /** `message` as data (schemas/l10n/uc-settings.json, common.json), for Korean and Japanese. */
  text?: MessageText;
  start: number;
  end: number;
}

export interface SettingsDocument {
  syntax: SettingsSyntax;
  text: string;
  root?: SettingsNode;
  errors: SettingsParseError[];
}

/** Aliases expanded per document; beyond this a YAML file is treated as an alias bomb. */
export const MAX_ALIAS_EXPANSIONS = 100;
/** Nodes modelled per document; keeps a pathological file from exhausting memory. */
export const MAX_NODES = 200_000;

export function syntaxOf(uriOrPath: string, text?: string): SettingsSyntax {
  if (/\.json$/i.test(uriOrPath)) return 'json';
  if (/\.ya?ml$/i.test(uriOrPath)) return 'yaml';
  return text !== undefined && /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function parseSettings(text: string, syntax: SettingsSyntax): SettingsDocument {
  try {
    return syntax === 'json' ? parseJson(text) : parseYaml(text);
  } catch (err) {
    // The libraries are tolerant, but a settings file must never take the server down.
    const message = String((err as Error)?.message ?? err);
    return { syntax, text, errors: [{ code: 'settings-syntax', message, text: { id: 'syntax.other', args: { message } }, start: 0, end: Math.min(1, text.length) }] };
  }
}

// ---------------------------------------------------------------------------------------------- YAML

function parseYaml(text: string): SettingsDocument {
  // Aliases are never expanded by the library here (no toJS()); convert() below expands them itself and
  // stops after MAX_ALIAS_EXPANSIONS, the same defence as yaml's own maxAliasCount option of toJS().
  const doc: Document.Parsed = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: false });
  const errors: SettingsParseError[] = [];
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    const code: SettingsErrorCode = e.code === 'DUPLICATE_KEY' ? 'settings-duplicate-key' : 'settings-syntax';
    // The library's words in English; other languages get its error code's description (uc-settings.json yaml.*).
    errors.push({ code, message: e.message.split('\n')[0], text: { id: `yaml.${e.code}` }, start, end: Math.max(end, start + 1) });
  }
  const state = { aliases: 0, nodes: 0, stopped: false };
  const convert = (node: unknown, path: PathSegment[], parent: SettingsNode | undefined, seen: Set<unknown>): SettingsNode | undefined => {
    if (state.stopped) return undefined;
    if (++state.nodes > MAX_NODES) {
      state.stopped = true;
      errors.push({ code: 'settings-alias-limit', message: `more than ${MAX_NODES} values`, text: { id: 'alias.tooManyValues', args: { max: MAX_NODES } }, start: 0, end: Math.min(1, text.length) });
      return undefined;
    }
    let target = node as YamlNode | null | undefined;
    let aliasRange: [number, number] | undefined;
    if (isAlias(target)) {
      aliasRange = [target.range![0], target.range![1]];
      if (++state.aliases > MAX_ALIAS_EXPANSIONS) {
        state.stopped = true;
        errors.push({ code: 'settings-alias-limit', message: `more than ${MAX_ALIAS_EXPANSIONS} aliases`, text: { id: 'alias.tooMany', args: { max: MAX_ALIAS_EXPANSIONS } }, start: aliasRange[0], end: aliasRange[1] });
        return undefined;
      }
      const resolved = target.resolve(doc);
      if (!resolved || seen.has(resolved)) {
        errors.push({ code: 'settings-syntax', message: `alias *${target.source} cannot be resolved here`, text: { id: 'alias.unresolved', args: { name: target.source } }, start: aliasRange[0], end: aliasRange[1] });
        return undefined;
      }
      target = resolved as YamlNode;
    }
    // Values read through an alias are reported at the alias, where the admin can see them.
    const range = aliasRange ?? ((target as { range?: [number, number, number] } | null)?.range ?? [0, 0, 0]);
    const base = { start: range[0], end: range[1], parent, path };
    if (isMap(target)) {
      const out: SettingsNode = { kind: 'object', properties: [], ...base };
      const inner = new Set(seen).add(target);
      const keys = new Set<string>();
      for (const pair of target.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
        if (keys.has(key)) continue;
        keys.add(key);
        const kr = (keyNode as { range?: [number, number, number] } | null)?.range;
        let child = pair.value == null ? undefined : convert(pair.value, [...path, key], out, inner);
        if (!child) {
          // `key:` with nothing after it is a null value placed right after the key.
          const at = kr ? kr[1] : range[0];
          child = { kind: 'scalar', value: null, start: at, end: at, parent: out, path: [...path, key] };
        }
        child.key = key;
        if (kr) {
          child.keyStart = kr[0];
          child.keyEnd = kr[1];
        }
        out.properties!.push(child);
      }
      return out;
    }
    if (isSeq(target)) {
      const out: SettingsNode = { kind: 'array', items: [], ...base };
      const inner = new Set(seen).add(target);
      target.items.forEach((item, i) => {
        const child = convert(item, [...path, i], out, inner);
        if (child) out.items!.push(child);
      });
      return out;
    }
    if (isScalar(target)) {
      const v = target.value;
      const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      return { kind: 'scalar', value, ...base };
    }
    return undefined;
  };
  const root = doc.contents ? convert(doc.contents, [], undefined, new Set()) : undefined;
  return { syntax: 'yaml', text, root, errors };
}

// ---------------------------------------------------------------------------------------------- JSON

function parseJson(text: string): SettingsDocument {
  const depth = maxNesting(text);
  if (depth > MAX_NESTING) {
    const message = `The JSON nests ${depth} levels deep (more than ${MAX_NESTING}); no settings file does, so it is not read further`;
    return { syntax: 'json', text, root: undefined, errors: [{ code: 'settings-syntax', message, text: { id: 'syntax.tooDeep', args: { depth, max: MAX_NESTING } }, start: 0, end: Math.min(text.length, 1) }] };
  }
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  const errors: SettingsParseError[] = parseErrors.map((e) => ({
    code: 'settings-syntax' as const,
    message: describeJsonError(printParseErrorCode(e.error)),
    text: { id: `json.${printParseErrorCode(e.error)}` },
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
  }));
  const convert = (node: JsonNode, path: PathSegment[], parent: SettingsNode | undefined): SettingsNode => {
    const base = { start: node.offset, end: node.offset + node.length, parent, path };
    if (node.type === 'object') {
      const out: SettingsNode = { kind: 'object', properties: [], ...base };
      const keys = new Set<string>();
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        if (keys.has(key)) {
          errors.push({ code: 'settings-duplicate-key', message: 'Map keys must be unique', start: keyNode.offset, end: keyNode.offset + keyNode.length });
          continue;
        }
        keys.add(key);
        const child: SettingsNode = valueNode
          ? convert(valueNode, [...path, key], out)
          : { kind: 'scalar', value: null, start: keyNode.offset + keyNode.length, end: keyNode.offset + keyNode.length, parent: out, path: [...path, key] };
        child.key = key;
        child.keyStart = keyNode.offset;
        child.keyEnd = keyNode.offset + keyNode.length;
        out.properties!.push(child);
      }
      return out;
    }
    if (node.type === 'array') {
      const out: SettingsNode = { kind: 'array', items: [], ...base };
      (node.children ?? []).forEach((c, i) => out.items!.push(convert(c, [...path, i], out)));
      return out;
    }
    return { kind: 'scalar', value: node.value as string | number | boolean | null, ...base };
  };
  return { syntax: 'json', text, root: tree ? convert(tree, [], undefined) : undefined, errors };
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

// ------------------------------------------------------------------------------------------- helpers

export function child(node: SettingsNode | undefined, key: PathSegment): SettingsNode | undefined {
  if (!node) return undefined;
  if (typeof key === 'number') return node.items?.[key];
  return node.properties?.find((p) => p.key === key);
}

/** Plain JavaScript value of a node (objects, arrays, scalars). */
export function toPlain(node: SettingsNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'array') return node.items!.map(toPlain);
  const o: Record<string, unknown> = {};
  for (const p of node.properties!) o[p.key!] = toPlain(p);
  return o;
}

/** The deepest node whose key or value contains the offset. */
export function nodeAt(root: SettingsNode | undefined, offset: number): SettingsNode | undefined {
  if (!root) return undefined;
  let best: SettingsNode | undefined;
  const visit = (n: SettingsNode) => {
    const inKey = n.keyStart !== undefined && offset >= n.keyStart && offset <= n.keyEnd!;
    const inValue = offset >= n.start && offset <= n.end;
    if (!inKey && !inValue) return;
    best = n;
    for (const c of n.properties ?? n.items ?? []) visit(c);
  };
  visit(root);
  return best;
}

/** Dotted display form of a path: `expressway.expresswayC.zones[0].sip.port`. */
export function formatPath(path: PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Walks every node depth-first. */
export function walk(root: SettingsNode | undefined, fn: (n: SettingsNode) => void): void {
  if (!root) return;
  fn(root);
  for (const c of root.properties ?? root.items ?? []) walk(c, fn);
}
