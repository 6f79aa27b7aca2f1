// The path language of schemas/uc-settings-rules.json, resolved against parsed settings documents.
//
//   zones[].sip.port                 relative to the rule's scope item ("each"), `[]` visits every array item
//   domains[xmppFederation=On].name  `[key=value]` keeps the items whose key matches (On/Yes/true are one value)
//   domains[xmppFederation!=On]      ... or does not match
//   $.expressway.features.xmppFederation   absolute, in the document being checked
//   $ws.cucm.clusters[].version      absolute, in every settings document of the workspace (this one included)
//   ^.serverCertificate              one object up from the scope item (array levels are skipped)
import { child, type SettingsNode } from '../../formats/settings';

export interface ResolvedValue {
  node: SettingsNode;
  /** The document the node belongs to; undefined for the document being checked. */
  uri?: string;
}

export interface PathContext {
  root?: SettingsNode;
  item?: SettingsNode;
  /** Parsed settings documents of the workspace other than the current one. */
  others: { uri: string; root?: SettingsNode }[];
  /** Results of absolute (`$.`, `$ws.`) paths, which do not depend on the scope item: one resolution per validation. */
  cache?: Map<string, ResolvedValue[]>;
  /**
   * Results of relative paths by the node they start at, for one validation: the rules of a family ask
   * the same item the same paths (a zone's type, its SIP port …). Set together with `cache`.
   */
  relative?: WeakMap<SettingsNode, Map<string, ResolvedValue[]>>;
}

interface Filter {
  key: string[];
  value: string;
  negate: boolean;
}
/** A key step; a key with `*` carries its expression, compiled once with the path. */
type Step = { key: string; pattern?: RegExp } | { each: true; filters: Filter[] };

const cache = new Map<string, { base: 'item' | 'root' | 'ws'; up: number; steps: Step[] }>();

export function compilePath(path: string) {
  const hit = cache.get(path);
  if (hit) return hit;
  let rest = path;
  let base: 'item' | 'root' | 'ws' = 'item';
  let up = 0;
  if (rest.startsWith('$ws.')) {
    base = 'ws';
    rest = rest.slice(4);
  } else if (rest.startsWith('$.')) {
    base = 'root';
    rest = rest.slice(2);
  } else {
    while (rest.startsWith('^')) {
      up++;
      rest = rest.slice(1);
      if (rest.startsWith('.')) rest = rest.slice(1);
    }
  }
  const steps: Step[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest))) {
    if (m[1] !== undefined) {
      // `peer*Address` matches peer1Address … peer6Address.
      const key = m[1];
      const pattern = key.includes('*')
        ? new RegExp(
            `^${key
              .split('*')
              .map((x) => x.replace(/[.+?^${}()|\\]/g, '\\$&'))
              .join('.*')}$`,
          )
        : undefined;
      steps.push(pattern ? { key, pattern } : { key });
    } else {
      const filters: Filter[] = [];
      for (const part of m[2].split('&')) {
        const f = /^([^!=]+?)\s*(!?=)\s*(.*)$/.exec(part.trim());
        if (f) filters.push({ key: f[1].trim().split('.'), value: f[3].trim(), negate: f[2] === '!=' });
      }
      steps.push({ each: true, filters });
    }
  }
  const compiled = { base, up, steps };
  cache.set(path, compiled);
  return compiled;
}

/** On/Yes/true/Enabled/Activated are "on"; Off/No/false/Disabled/Deactivated are "off"; anything else is neither. */
export function booleanish(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (['on', 'yes', 'true', 'enabled', 'activated'].includes(s)) return true;
  if (['off', 'no', 'false', 'disabled', 'deactivated'].includes(s)) return false;
  return undefined;
}

export function scalarEquals(a: unknown, b: unknown): boolean {
  const ba = booleanish(a);
  const bb = booleanish(b);
  if (ba !== undefined && bb !== undefined) return ba === bb;
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function stepInto(nodes: SettingsNode[], step: Step): SettingsNode[] {
  const out: SettingsNode[] = [];
  for (const n of nodes) {
    if ('key' in step) {
      if (step.pattern) {
        // `peer*Address` matches peer1Address … peer6Address, in source order.
        for (const p of n.properties ?? []) if (step.pattern.test(p.key!)) out.push(p);
        continue;
      }
      const c = child(n, step.key);
      if (c) out.push(c);
      continue;
    }
    if (n.kind !== 'array') continue;
    for (const item of n.items!) {
      const keep = step.filters.every((f) => {
        let v: SettingsNode | undefined = item;
        for (const k of f.key) v = child(v, k);
        const matches = v !== undefined && v.kind === 'scalar' && v.value !== null && scalarEquals(v.value, f.value);
        return matches !== f.negate;
      });
      if (keep) out.push(item);
    }
  }
  return out;
}

function upFrom(node: SettingsNode | undefined, levels: number): SettingsNode | undefined {
  let n = node;
  for (let i = 0; i < levels && n; i++) {
    n = n.parent;
    while (n && n.kind === 'array') n = n.parent;
  }
  return n;
}

/** Nodes at `path`. With `expandLists`, a list reached without `[]` contributes its items instead. */
export function resolve(path: string, ctx: PathContext, expandLists = true): ResolvedValue[] {
  const { base, up } = compilePath(path);
  // Absolute paths in one store; relative ones in a store per node they start at.
  let store = ctx.cache;
  if (base === 'item') {
    const start = ctx.relative && upFrom(ctx.item ?? ctx.root, up);
    store = start && (ctx.relative!.get(start) ?? ctx.relative!.set(start, new Map()).get(start));
  }
  if (!store) return resolveUncached(path, ctx, expandLists);
  // The path itself (a string of the rules' data, whose hash the engine keeps) when lists are expanded,
  // as they nearly always are: no key string is built per call.
  const key = expandLists ? path : `\u0000${path}`;
  let hit = store.get(key);
  if (!hit) store.set(key, (hit = resolveUncached(path, ctx, expandLists)));
  return hit;
}

function resolveUncached(path: string, ctx: PathContext, expandLists: boolean): ResolvedValue[] {
  const { base, up, steps } = compilePath(path);
  const starts: { node?: SettingsNode; uri?: string }[] =
    base === 'root'
      ? [{ node: ctx.root }]
      : base === 'ws'
        ? [{ node: ctx.root }, ...ctx.others.map((o) => ({ node: o.root, uri: o.uri }))]
        : [{ node: upFrom(ctx.item ?? ctx.root, up) }];
  // Indexed loops: they run some 10 000 times in a folder check, mostly before V8 optimises them, and a
  // for…of allocates an iterator and a result per element in code not optimised (a sixth of the garbage).
  const out: ResolvedValue[] = [];
  const listStep = expandLists && steps.length > 0 && !('each' in steps[steps.length - 1]);
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    if (!s.node) continue;
    let nodes = [s.node];
    for (let j = 0; j < steps.length; j++) nodes = stepInto(nodes, steps[j]);
    for (let j = 0; j < nodes.length; j++) {
      const node = nodes[j];
      // A list reached without `[]` still contributes its items: "the SAN list" means its entries.
      if (listStep && node.kind === 'array') {
        for (let k = 0; k < node.items!.length; k++) out.push({ node: node.items![k], uri: s.uri });
      } else out.push({ node, uri: s.uri });
    }
  }
  return out;
}

/** The deepest node that exists along the path (where a "missing" finding is reported). */
export function nearestExisting(path: string, ctx: PathContext): SettingsNode | undefined {
  const { base, up, steps } = compilePath(path);
  if (base === 'ws') return ctx.root;
  let node = base === 'root' ? ctx.root : upFrom(ctx.item ?? ctx.root, up);
  for (const step of steps) {
    if (!node) break;
    if (!('key' in step)) break;
    const next = child(node, step.key);
    if (!next) break;
    node = next;
  }
  return node;
}

/** The parent object and missing key names where `path` would be created (for insert quick fixes). */
export function missingTail(path: string, ctx: PathContext): { parent: SettingsNode; keys: string[] } | undefined {
  const { base, up, steps } = compilePath(path);
  if (base === 'ws') return undefined;
  let node = base === 'root' ? ctx.root : upFrom(ctx.item ?? ctx.root, up);
  if (!node) return undefined;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!('key' in step)) return undefined;
    const next = child(node, step.key);
    if (!next || (next.kind === 'scalar' && next.value === null && i < steps.length - 1)) {
      const rest = steps.slice(i);
      if (rest.some((s) => !('key' in s))) return undefined;
      return node.kind === 'object' ? { parent: node, keys: rest.map((s) => (s as { key: string }).key) } : undefined;
    }
    node = next;
  }
  return undefined;
}
