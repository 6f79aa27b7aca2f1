// What the caret is on in a settings file: a key being typed (complete keys of the enclosing
// object) or a value (complete the values of that key). YAML is resolved by re-parsing the text with
// a placeholder at the caret, so half-typed lines still land in the right mapping; JSON uses
// jsonc-parser's own location API.
import { getLocation } from 'jsonc-parser';
import { nodeAt, parseSettings, parseSettingsInSteps, walk, type PathSegment, type SettingsDocument, type SettingsNode } from '../../formats/settings';
import type { Steps } from '../../core/steps';

export interface CaretContext {
  kind: 'key' | 'value';
  /** Path of the object whose key is typed, or of the value being typed. */
  path: PathSegment[];
  /** Offsets of the word being replaced. */
  start: number;
  end: number;
  /** Keys already present in the enclosing object (not offered again). */
  siblings: string[];
  /** JSON: whether the typed word is inside quotes already. */
  quoted?: boolean;
}

const PLACEHOLDER = 'ucc0placeholder';

export function caretContext(parsed: SettingsDocument, offset: number): CaretContext | undefined {
  // A file past the reader's bounds is not read, so there is nothing to complete (and the probe would cost the same).
  if (!parsed.root && parsed.errors.some((e) => e.code === 'settings-too-deep' || e.code === 'settings-too-large')) return undefined;
  return parsed.syntax === 'json' ? jsonCaret(parsed, offset) : yamlCaret(parsed, offset);
}

function siblingsOf(node: SettingsNode | undefined): string[] {
  return (node?.properties ?? []).map((p) => p.key!).filter((k) => k !== PLACEHOLDER);
}

/** The text a YAML caret is resolved in: the document with a placeholder key or value at the caret. */
interface YamlProbe {
  kind: 'key' | 'value';
  text: string;
  start: number;
  end: number;
}

function yamlProbe(text: string, offset: number): YamlProbe | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, offset);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
  const keyTyping = /^(\s*(?:-\s+)*)([\w$-]*)$/.exec(before);
  if (keyTyping) {
    const wordStart = lineStart + keyTyping[1].length;
    const after = text.slice(offset, lineEnd);
    const rest = /^[\w$-]*/.exec(after)![0];
    const probe =
      text.slice(0, wordStart) + `${PLACEHOLDER}:` + (after.slice(rest.length).startsWith(':') ? after.slice(rest.length + 1) : '') + text.slice(lineEnd);
    return { kind: 'key', text: probe, start: wordStart, end: offset + rest.length };
  }
  const valueTyping = /^(\s*(?:-\s+)*)([\w$-]+):\s*(\S*)$/.exec(before);
  if (valueTyping) {
    const valueStart = offset - valueTyping[3].length;
    const after = text.slice(offset, lineEnd);
    const rest = /^[^\s#]*/.exec(after)![0];
    return { kind: 'value', text: text.slice(0, valueStart) + PLACEHOLDER + text.slice(lineEnd), start: valueStart, end: offset + rest.length };
  }
  return undefined;
}

// The last probe read per parse of a document (released with it): the server reads it in steps before
// the completion that needs it (caretInSteps), and a completion asked again at the same place reads it once.
const lastProbe = new WeakMap<SettingsDocument, { text: string; parsed: SettingsDocument }>();

function probed(of: SettingsDocument, text: string): SettingsDocument {
  const last = lastProbe.get(of);
  if (last?.text === text) return last.parsed;
  const parsed = parseSettings(text, 'yaml');
  lastProbe.set(of, { text, parsed });
  return parsed;
}

/**
 * The probe's parse of a large YAML file in steps (formats/settings.ts#parseSettingsInSteps), for the
 * server to run before the completion: at once, the probe of a file at the bounds held the event loop
 * for 20–60 ms. Undefined when there is nothing to read, or little.
 */
export function caretInSteps(parsed: SettingsDocument, offset: number, steppedFrom: number): Steps<void> | undefined {
  if (parsed.syntax === 'json' || parsed.text.length < steppedFrom) return undefined;
  const probe = yamlProbe(parsed.text, offset);
  if (!probe || lastProbe.get(parsed)?.text === probe.text) return undefined;
  return (function* () {
    lastProbe.set(parsed, { text: probe.text, parsed: yield* parseSettingsInSteps(probe.text, 'yaml') });
  })();
}

function yamlCaret(of: SettingsDocument, offset: number): CaretContext | undefined {
  const probe = yamlProbe(of.text, offset);
  if (!probe) return undefined;
  const parsed = probed(of, probe.text);
  let found: SettingsNode | undefined;
  walk(parsed.root, (n) => {
    if (probe.kind === 'key' ? n.key === PLACEHOLDER : n.kind === 'scalar' && n.value === PLACEHOLDER) found = n;
  });
  if (!found) return undefined;
  return probe.kind === 'key'
    ? { kind: 'key', path: found.path.slice(0, -1), start: probe.start, end: probe.end, siblings: siblingsOf(found.parent) }
    : { kind: 'value', path: found.path, start: probe.start, end: probe.end, siblings: [] };
}

function jsonCaret(parsed: SettingsDocument, offset: number): CaretContext | undefined {
  // A file the reader refused (too deep or too large; formats/settings.ts) would overflow jsonc-parser's stack here.
  if (parsed.errors.some((e) => e.code === 'settings-too-deep' || e.code === 'settings-too-large')) return undefined;
  const loc = getLocation(parsed.text, offset);
  const prev = loc.previousNode;
  // An open string at the caret (jsonc-parser reports no node for an empty key "").
  const text = parsed.text;
  const lastDelim = Math.max(
    text.lastIndexOf('{', offset - 1),
    text.lastIndexOf(',', offset - 1),
    text.lastIndexOf(':', offset - 1),
    text.lastIndexOf('[', offset - 1),
  );
  const open = /"([^"\\]*)$/.exec(text.slice(lastDelim + 1, offset));
  const quoted = !!open;
  const start = open ? offset - open[0].length : offset;
  const close = /^[^"\\\n]*"/.exec(text.slice(offset));
  const end = open && close ? offset + close[0].length : offset;
  if (loc.isAtPropertyKey) {
    const objectPath = loc.path.slice(0, -1);
    const holder = nodeAtPath(parsed.root, objectPath);
    return { kind: 'key', path: objectPath, start, end, siblings: siblingsOf(holder).filter((k) => k !== (prev?.type === 'string' ? prev.value : '')), quoted };
  }
  if (typeof loc.path[loc.path.length - 1] === 'string' && (!prev || quoted || prev.type !== 'property')) {
    return { kind: 'value', path: loc.path, start, end, siblings: [], quoted };
  }
  return undefined;
}

function nodeAtPath(root: SettingsNode | undefined, path: PathSegment[]): SettingsNode | undefined {
  let n = root;
  for (const seg of path) {
    if (!n) return undefined;
    n = typeof seg === 'number' ? n.items?.[seg] : n.properties?.find((p) => p.key === seg);
  }
  return n;
}

/** The key or value node under the caret (for hover). */
export function hoverNode(parsed: SettingsDocument, offset: number): SettingsNode | undefined {
  return nodeAt(parsed.root, offset);
}
