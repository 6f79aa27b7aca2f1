// A bound on what one diagram draws. dagre's layered layout and our edge routing grow much faster
// than the number of boxes (about 35 ms at 40 boxes, 150 ms at 60, 1.8 s at 200, measured), and a
// workspace can name thousands of hosts (one DNS record each). Past MAX_DRAWN_NODES the scenario is
// drawn as a summary: the nodes of one zone and one type become one box ("240 components: a, b, …")
// and their links one link, so the picture stays readable and is laid out in milliseconds. The page
// says that it is a summary. Linear in the number of nodes and edges.
import type { DiagramEdge, DiagramNode, NodeType, Scenario } from './model';
import { english, type Translate } from './l10n';

/** The most boxes a diagram lays out one by one. */
export const MAX_DRAWN_NODES = 40;
/** How many names a summary box lists before "…". */
const NAMES_SHOWN = 2;

export interface Summarized {
  scenario: Scenario;
  /** Set when boxes were grouped: how many nodes the scenario has, and how many boxes are drawn. */
  summary?: { nodes: number; drawn: number };
}

/**
 * The scenario itself when it is small enough, else one with groups of nodes merged. `groupKey`
 * decides which nodes may share a box: first by zone and type, then (if that is still too many) by
 * zone and colour family, and finally by zone alone.
 */
export function boundScenario(s: Scenario, familyOf: (t: NodeType) => string, t: Translate = english, max = MAX_DRAWN_NODES): Summarized {
  if (s.nodes.length <= max) return { scenario: s };
  const keys: ((n: DiagramNode) => string)[] = [(n) => `${n.zone ?? ''}|${n.type}`, (n) => `${n.zone ?? ''}|${familyOf(n.type)}`, (n) => n.zone ?? ''];
  let merged = s;
  for (const key of keys) {
    merged = mergeBy(s, key, t, max);
    if (merged.nodes.length <= max) break;
  }
  // Still too many (more zones than boxes allowed): keep the first boxes and say how many are left.
  if (merged.nodes.length > max) {
    const kept = new Set(merged.nodes.slice(0, max - 1).map((n) => n.id));
    const rest = merged.nodes.length - kept.size;
    merged = {
      ...merged,
      nodes: [...merged.nodes.filter((n) => kept.has(n.id)), { id: 'summary-rest', type: merged.nodes[max - 1].type, label: t('{0} more components', rest) }],
      edges: merged.edges.filter((e) => kept.has(e.from) && kept.has(e.to)),
    };
  }
  return { scenario: merged, summary: { nodes: s.nodes.length, drawn: merged.nodes.length } };
}

/** Merges every group of two or more nodes that share a key, largest groups first, until the count fits. */
function mergeBy(s: Scenario, key: (n: DiagramNode) => string, t: Translate, max: number): Scenario {
  const groups = new Map<string, DiagramNode[]>();
  for (const n of s.nodes) {
    const k = key(n);
    const g = groups.get(k);
    if (g) g.push(n);
    else groups.set(k, [n]);
  }
  const bySize = [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
  const into = new Map<string, string>();
  let count = s.nodes.length;
  const boxes = new Map<string, DiagramNode>();
  for (const g of bySize) {
    if (count <= max) break;
    const id = `group-${boxes.size}`;
    for (const n of g) into.set(n.id, id);
    count -= g.length - 1;
    const names = g
      .slice(0, NAMES_SHOWN)
      .map((n) => n.label)
      .join(', ');
    boxes.set(id, { id, type: g[0].type, label: t('{0} components: {1}, …', g.length, names), ...(g[0].zone ? { zone: g[0].zone } : {}) });
  }
  const nodes: DiagramNode[] = [];
  const placed = new Set<string>();
  for (const n of s.nodes) {
    const id = into.get(n.id);
    if (!id) nodes.push(n);
    else if (!placed.has(id)) {
      placed.add(id);
      nodes.push(boxes.get(id)!);
    }
  }
  // Links between the same two boxes become one, which says how many it stands for.
  const edges = new Map<string, { e: DiagramEdge; n: number }>();
  for (const e of s.edges) {
    const from = into.get(e.from) ?? e.from;
    const to = into.get(e.to) ?? e.to;
    if (from === to) continue;
    const k = `${from}|${to}|${e.optional ? 1 : 0}`;
    const seen = edges.get(k);
    if (!seen) edges.set(k, { e: { ...e, from, to }, n: 1 });
    else {
      seen.n++;
      if (seen.e.protocol !== e.protocol) delete seen.e.protocol;
      if (seen.e.port !== e.port) delete seen.e.port;
    }
  }
  return {
    ...s,
    nodes,
    edges: [...edges.values()].map(({ e, n }) => (n > 1 ? { ...e, label: t('{0} links', n), note: undefined } : e)),
    // Flows name single nodes; a summary draws none of them as their own box.
    flows: (s.flows ?? []).filter((f) => f.steps.every((st) => !into.has(st.from) && !into.has(st.to))),
  };
}
