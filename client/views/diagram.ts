// Deployment diagrams: a scenario from schemas/deployments.json (or one derived from the workspace)
// is laid out by dagre's layered algorithm — zones become compound nodes, so nothing is hand-placed —
// then drawn as SVG, and exported as standalone SVG or Mermaid text for wikis. Numbered flows are
// drawn as sequence diagrams whose columns and rows follow from the steps themselves.
import { Graph, layout as dagreLayout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { boundScenario } from './bound';
import { routeEdges, roundedPath, type Pt } from './edgeRouting';
import { escapeHtml, page } from './html';
import { english, type Translate } from './l10n';
import { pick, type DiagramEdge, type DiagramNode, type Flow, type Locale, type NodeType, type Scenario, type Zone } from './model';
import { SOURCE_SLOT, sourceHtml, sourceText, withSourceHtml } from './sources';

/** Display name of each node type, shown above the node's label and in the legend (English keys, shown through `t`). */
export const TYPE_LABEL: Record<NodeType, string> = {
  client: 'Client',
  browser: 'Browser',
  'desk-phone': 'Desk phone',
  phone: 'Phone',
  endpoint: 'Endpoint',
  admin: 'Person',
  cucm: 'Unified CM',
  imp: 'IM and Presence',
  unity: 'Unity Connection',
  'webex-cloud': 'Webex cloud',
  'webex-meetings': 'Webex Meetings',
  'control-hub': 'Control Hub',
  'expressway-c': 'Expressway-C',
  'expressway-e': 'Expressway-E',
  firewall: 'Firewall',
  'reverse-proxy': 'Reverse proxy',
  'load-balancer': 'Load balancer',
  'vpn-gateway': 'VPN gateway',
  idp: 'Identity provider',
  'idp-proxy': 'IdP proxy',
  dns: 'DNS',
  directory: 'Directory',
  emm: 'EMM',
  'app-store': 'App store',
  cer: 'Emergency Responder',
  psap: 'PSAP',
  'e911-service': 'E911 service',
  'push-service': 'Push service',
  'web-server': 'Web server',
  'profile-store': 'Profile store',
  'xmpp-server': 'XMPP server',
  'jabber-guest': 'Jabber Guest',
  'meeting-server': 'Meeting Server',
  'lync-server': 'Lync Server',
};

/** Colour family of each node type; the legend groups by it. */
export function familyOf(type: NodeType): 'endpoint' | 'server' | 'edge' | 'firewall' | 'cloud' | 'identity' {
  switch (type) {
    case 'client':
    case 'browser':
    case 'desk-phone':
    case 'phone':
    case 'endpoint':
    case 'admin':
      return 'endpoint';
    case 'expressway-c':
    case 'expressway-e':
    case 'reverse-proxy':
    case 'load-balancer':
    case 'vpn-gateway':
      return 'edge';
    case 'firewall':
      return 'firewall';
    case 'webex-cloud':
    case 'webex-meetings':
    case 'control-hub':
    case 'push-service':
    case 'app-store':
    case 'e911-service':
      return 'cloud';
    case 'idp':
    case 'idp-proxy':
    case 'directory':
    case 'dns':
    case 'emm':
    case 'profile-store':
      return 'identity';
    default:
      return 'server';
  }
}

export const FAMILY_LABEL: Record<ReturnType<typeof familyOf>, string> = {
  endpoint: 'Clients and devices',
  server: 'UC servers',
  edge: 'Edge and proxies',
  firewall: 'Firewalls',
  cloud: 'Cloud services',
  identity: 'Identity, DNS and management',
};

/** Greedy word wrap; a word longer than the width is cut so no line overflows its box. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

// Text metrics without a DOM: an average glyph width for the 12px UI font is close enough for
// layout, and boxes get a little slack so real fonts do not spill over the border.
const CHAR_W = 6.6;
const LINE_H = 15;
const NODE_WRAP = 28;
const EDGE_WRAP = 30;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LaidOutNode extends Box {
  node: DiagramNode;
  lines: string[];
  /** Its type's name in the page's language. */ typeLabel: string;
}
export interface LaidOutZone extends Box {
  zone: Zone;
  title: string;
  /** The title wrapped to the zone's width. */ titleLines: string[];
}
export interface LaidOutEdge {
  index: number;
  edge: DiagramEdge;
  /** Points from the edge's source to its target (already turned back when laid out reversed). */
  points: { x: number; y: number }[];
  /** `protoLines`: how many of the first lines give the protocol and port. */
  label?: Box & { lines: string[]; protoLines: number };
}
/** Which way ranks run: left to right (LR) suits a tall panel or a short chain, top to bottom (TB) a long chain in a wide panel. */
export type Direction = 'LR' | 'TB';
/** A layout's shape: a direction, or 'rows' — left to right, its long chain folded into two rows. */
export type Shape = Direction | 'rows';
export interface ScenarioLayout {
  scenario: Scenario;
  locale: Locale;
  direction: Shape;
  /** The same scenario in its other shapes; the page shows whichever fits its panel best. */
  others?: ScenarioLayout[];
  width: number;
  height: number;
  zones: LaidOutZone[];
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  /** Set when the scenario was too big to draw box by box and groups of nodes share a box (bound.ts). */
  summary?: { nodes: number; drawn: number };
}

/** "SIP TLS · port 5061": protocol and port of a link or a step. */
function protoText(protocol: string | undefined, port: string | undefined, t: Translate, sep = ' · '): string {
  return [protocol, port ? t('port {0}', port) : ''].filter(Boolean).join(sep);
}

/** The text drawn on an edge: its protocol and port first (the fact admins look for), then what it carries. */
export function edgeLabelLines(e: DiagramEdge, t: Translate = english): string[] {
  const proto = protoText(e.protocol, e.port, t);
  return [...(proto ? wrap(proto, EDGE_WRAP) : []), ...wrap(e.label, EDGE_WRAP)];
}

/** An edge's label on one line: protocol and port, then what it carries. */
export function edgeText(e: DiagramEdge, t: Translate = english): string {
  return [protoText(e.protocol, e.port, t), e.label].filter(Boolean).join(' — ');
}

/** Width in average Latin glyphs: Hangul and CJK characters are about twice as wide. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x1100 ? 1.8 : 1;
  return w;
}

/** A box big enough for its text, and tall enough that many links can end on one side apart. */
function nodeSize(n: DiagramNode, links: number, typeLabel: string): { width: number; height: number; lines: string[] } {
  const lines = wrap(n.label, NODE_WRAP);
  const longest = Math.max(textWidth(typeLabel) * 0.9, ...lines.map((l) => textWidth(l)));
  return { width: Math.max(120, Math.ceil(longest * CHAR_W + 24)), height: Math.max(24 + lines.length * LINE_H + 8, links * 7 + 8), lines };
}

// Outer zones first: a user's device and the internet on the left (or at the top), the corporate
// network and other organisations on the right (or at the bottom).
const ZONE_RANK: Record<string, number> = { device: 0, internet: 1, cloud: 2, dmz: 2, internal: 3, partner: 4 };

/** A rank per node: its zone's rank, or for a node outside any zone (a firewall) the mean of its neighbours'. */
function zoneRanks(s: Scenario): Map<string, number> {
  const kinds = new Map((s.zones ?? []).map((z) => [z.id, z.kind]));
  const rank = new Map<string, number>();
  for (const n of s.nodes) {
    const k = n.zone ? kinds.get(n.zone) : undefined;
    if (k) rank.set(n.id, ZONE_RANK[k]);
  }
  for (const n of s.nodes) {
    if (rank.has(n.id)) continue;
    const around = s.edges
      .filter((e) => e.from === n.id || e.to === n.id)
      .map((e) => rank.get(e.from === n.id ? e.to : e.from))
      .filter((r): r is number => r !== undefined);
    if (around.length) rank.set(n.id, around.reduce((a, b) => a + b, 0) / around.length);
  }
  return rank;
}

// Layout spacing (px). Ranks run left to right (or top to bottom); within a rank, boxes are stacked across them.
// dagre halves the rank gap to give labels their own rank, so each column between ranks is RANK_SEP / 2.
const NODE_SEP = 28;
const RANK_SEP = 80;
const EDGE_SEP = 14;
const MARGIN = 16;
/** Room a zone keeps around what it holds, and the strip above that holds its title. */
const ZONE_PAD = 14;
const ZONE_TITLE_LINE = 15;
/** Average glyph width of the bold zone title. */
const ZONE_TITLE_CHAR_W = 7.2;

/** A bend of an edge, or the place of its label (which moves with the label's box). */
type Bend = Pt | 'label';

/** Moves everything whose top is at or below `line` down by `dy`: boxes that did not overlap still do not. */
function insertRows(layout: ScenarioLayout, bends: Bend[][], line: number, dy: number): void {
  for (const b of [...layout.nodes, ...layout.edges.flatMap((e) => (e.label ? [e.label] : []))]) if (b.y >= line) b.y += dy;
  for (const pts of bends) for (const p of pts) if (p !== 'label' && p.y >= line) p.y += dy;
}

function bounds(boxes: readonly Box[], points: readonly Pt[]): Box {
  const x = Math.min(...boxes.map((b) => b.x), ...points.map((p) => p.x));
  const y = Math.min(...boxes.map((b) => b.y), ...points.map((p) => p.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width), ...points.map((p) => p.x));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height), ...points.map((p) => p.y));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Lays a scenario out with dagre (layered, left to right or top to bottom, zones as compound nodes),
 * then routes the edges orthogonally through dagre's bends (edgeRouting.ts).
 */
/**
 * The scenario in every shape, for the diagram page: the left-to-right layout, carrying as `others`
 * the top-to-bottom one and, for a long chain, the left-to-right one folded into two rows. The page
 * measures its panel and shows the one that fits it best.
 */
export function layoutBothWays(full: Scenario, locale: Locale = 'en', t: Translate = english): ScenarioLayout {
  const lr = layoutScenario(full, locale, t, 'LR');
  const rows = foldLayout(lr);
  return { ...lr, others: [layoutScenario(full, locale, t, 'TB'), ...(rows ? [rows] : [])] };
}

/** Room between the tracks of the links that run from the end of the first row to the start of the second. */
const FOLD_TRACK = 10;

/**
 * A left-to-right layout folded into two rows at a free column near its middle (one that no box,
 * label or zone spans and that each link crosses at most once): what lies right of it moves below,
 * and each link that crossed it runs down from the cut, back left under the first row, and down
 * into the second, every one on its own track, ordered so that they do not cross each other.
 * Undefined when the drawing is short or has no such column.
 */
export function foldLayout(lr: ScenarioLayout): ScenarioLayout | undefined {
  if (lr.direction !== 'LR' || lr.width < 900) return undefined;
  const blocks: Box[] = [...lr.nodes, ...lr.zones, ...lr.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const spans = blocks.map((b): [number, number] => [b.x, b.x + b.width]).sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let reach = -Infinity;
  for (const [lo, hi] of spans) {
    if (reach > -Infinity && lo - reach >= 3 * FOLD_TRACK) gaps.push([reach, lo]);
    reach = Math.max(reach, hi);
  }
  const crossing = (x: number) =>
    lr.edges.map((e) =>
      e.points.slice(1).flatMap((b, i) => {
        const a = e.points[i];
        return Math.abs(a.y - b.y) < 0.01 && Math.min(a.x, b.x) < x && Math.max(a.x, b.x) > x ? [i] : [];
      }),
    );
  const vertical = (x: number) => lr.edges.some((e) => e.points.some((p) => Math.abs(p.x - x) < FOLD_TRACK / 2));
  const cut = gaps
    .map(([g1, g2]) => (g1 + g2) / 2)
    .filter((x) => x > lr.width * 0.3 && x < lr.width * 0.7 && !vertical(x) && crossing(x).every((c) => c.length <= 1))
    .sort((a, b) => Math.abs(a - lr.width / 2) - Math.abs(b - lr.width / 2))[0];
  if (cut === undefined) return undefined;
  const [g1, g2] = gaps.find(([a, b]) => (a + b) / 2 === cut)!;
  const f: ScenarioLayout = structuredClone({ ...lr, others: undefined });
  f.direction = 'rows';
  const at = crossing(cut);
  const right = (b: Box) => b.x > cut;
  const rightBlocks = [...f.nodes, ...f.zones, ...f.edges.flatMap((e) => (e.label ? [e.label] : []))].filter(right);
  const leftBlocks = [...f.nodes, ...f.zones, ...f.edges.flatMap((e) => (e.label ? [e.label] : []))].filter((b) => !right(b));
  const pts = f.edges.flatMap((e) => e.points);
  const row1 = bounds(
    leftBlocks,
    pts.filter((p) => p.x < cut),
  );
  const row2 = bounds(
    rightBlocks,
    pts.filter((p) => p.x > cut),
  );
  // The links that cross, lowest first: their tracks run from the cut's right, the corridor's top and the margin's left.
  const folds = f.edges
    .map((e, k) => ({ e, i: at[k][0], y: at[k].length ? e.points[at[k][0]].y : 0 }))
    .filter((c) => c.i !== undefined)
    .sort((a, b) => b.y - a.y);
  const n = folds.length;
  const sep = Math.min(FOLD_TRACK, (g2 - g1) / (n + 1));
  const corridorTop = row1.y + row1.height + FOLD_TRACK;
  const dx = MARGIN + (n + 1) * FOLD_TRACK - row2.x;
  const dy = corridorTop + (n + 1) * FOLD_TRACK - row2.y;
  for (const b of rightBlocks) {
    b.x += dx;
    b.y += dy;
  }
  for (const e of f.edges) {
    const c = folds.find((x) => x.e === e);
    const moved = (p: Pt): Pt => (p.x > cut ? { x: p.x + dx, y: p.y + dy } : p);
    if (!c) {
      e.points = e.points.map(moved);
      continue;
    }
    const k = folds.indexOf(c);
    const a = e.points[c.i];
    const b = e.points[c.i + 1];
    const xc = cut - ((n - 1) / 2) * sep + k * sep;
    const yk = corridorTop + k * FOLD_TRACK;
    const xk = MARGIN + (k + 1) * FOLD_TRACK;
    // From the first row down to the corridor, back left, and down into the second row.
    let detour: Pt[] = [
      { x: xc, y: a.y },
      { x: xc, y: yk },
      { x: xk, y: yk },
      { x: xk, y: a.y + dy },
    ];
    if (a.x > b.x) detour = detour.reverse();
    e.points = [...e.points.slice(0, c.i + 1).map(moved), ...detour, ...e.points.slice(c.i + 1).map(moved)];
  }
  const all: Box[] = [...f.nodes, ...f.zones, ...f.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const bb = bounds(
    all,
    f.edges.flatMap((e) => e.points),
  );
  for (const o of [...all, ...f.edges.flatMap((e) => e.points)]) {
    o.x = Math.round((o.x + MARGIN - bb.x) * 10) / 10;
    o.y = Math.round((o.y + MARGIN - bb.y) * 10) / 10;
  }
  f.width = Math.ceil(bb.width + 2 * MARGIN);
  f.height = Math.ceil(bb.height + 2 * MARGIN);
  return f;
}

/** The scenario with each node's and link's label in the view's language (English where the data has none). */
const localized = (s: Scenario, locale: Locale): Scenario => ({
  ...s,
  nodes: s.nodes.map((n) => ({ ...n, label: n.labelL10n?.[locale] ?? n.label })),
  edges: s.edges.map((e) => ({ ...e, label: e.labelL10n?.[locale] ?? e.label })),
});

export function layoutScenario(full: Scenario, locale: Locale = 'en', t: Translate = english, direction: Direction = 'LR'): ScenarioLayout {
  const { scenario: s, summary } = boundScenario(localized(full, locale), familyOf, t);
  const zoneIds = new Set((s.zones ?? []).map((z) => z.id));
  const typeLabel = (n: DiagramNode) => t(TYPE_LABEL[n.type]);
  const sizes = new Map(
    s.nodes.map((n) => [n.id, nodeSize(n, s.edges.filter((e) => e.from !== e.to && (e.from === n.id || e.to === n.id)).length, typeLabel(n))]),
  );
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ compound: true, multigraph: true });
  g.setGraph({ rankdir: direction, nodesep: NODE_SEP, ranksep: RANK_SEP, edgesep: EDGE_SEP, marginx: MARGIN, marginy: MARGIN, ranker: 'network-simplex' });
  const zones = (s.zones ?? []).filter((z) => s.nodes.some((n) => n.zone === z.id));
  for (const z of zones) g.setNode(`z:${z.id}`, { width: 0, height: 0 });
  for (const n of s.nodes) {
    g.setNode(`n:${n.id}`, { width: sizes.get(n.id)!.width, height: sizes.get(n.id)!.height });
    if (n.zone && zoneIds.has(n.zone)) g.setParent(`n:${n.id}`, `z:${n.zone}`);
  }
  const nodeIds = new Set(s.nodes.map((n) => n.id));
  const rank = zoneRanks(s);
  const drawn = s.edges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => nodeIds.has(e.from) && nodeIds.has(e.to) && e.from !== e.to)
    .map(({ e, i }) => {
      const lines = edgeLabelLines(e, t);
      const proto = protoText(e.protocol, e.port, t);
      const protoLines = proto ? wrap(proto, EDGE_WRAP).length : 0;
      // Protocol lines are bold, and short labels are mostly capitals (MRA, XMPP): measured with room to spare.
      const width = Math.ceil(Math.max(...lines.map((l, k) => textWidth(l) * (k < protoLines ? 7.2 : CHAR_W))) + 12);
      // Lay the edge out from the outer zone towards the inner one, whatever way it points, so the
      // picture reads internet → DMZ → corporate network from left to right.
      const rf = rank.get(e.from);
      const rt = rank.get(e.to);
      const back = rf !== undefined && rt !== undefined && rf > rt;
      const [a, b] = back ? [e.to, e.from] : [e.from, e.to];
      g.setEdge(`n:${a}`, `n:${b}`, { width, height: lines.length * 13 + 6, labelpos: 'c' }, `e:${i}`);
      return { e, i, a, b, lines, protoLines, back };
    });
  dagreLayout(g);

  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const layout: ScenarioLayout = { scenario: s, locale, direction, width: 0, height: 0, zones: [], nodes: [], edges: [], ...(summary ? { summary } : {}) };
  const box = (l: NodeLabel | EdgeLabel): Box => ({ x: l.x! - l.width! / 2, y: l.y! - l.height! / 2, width: l.width!, height: l.height! });
  for (const n of s.nodes) layout.nodes.push({ node: byId.get(n.id)!, lines: sizes.get(n.id)!.lines, typeLabel: typeLabel(n), ...box(g.node(`n:${n.id}`)) });
  const nodeBox = new Map(layout.nodes.map((n) => [n.node.id, n]));
  // dagre's points run from its source to its target: the first and last sit on the boxes (the
  // router places them again), the ones between are the bends, one per rank, one of them the label.
  const bends: Bend[][] = [];
  for (const d of drawn) {
    const label = g.edge({ v: `n:${d.a}`, w: `n:${d.b}`, name: `e:${d.i}` });
    bends.push((label.points ?? []).slice(1, -1).map((p): Bend => (p.x === label.x && p.y === label.y ? 'label' : { x: p.x, y: p.y })));
    layout.edges.push({ index: d.i, edge: d.e, points: [], label: { ...box(label), lines: d.lines, protoLines: d.protoLines } });
  }

  // Zones are drawn around their members and the links between them, with padding and a title
  // strip. dagre keeps other boxes out of a cluster rank by rank, but the rectangle around it can
  // still take in a label from another rank, or a neighbouring zone's title; such a pair is pulled
  // apart by inserting rows between them, which brings nothing closer to anything else.
  const inside = (z: Zone, k: number) => byId.get(drawn[k].a)!.zone === z.id && byId.get(drawn[k].b)!.zone === z.id;
  const ownLabel = (k: number) => zones.some((z) => inside(z, k));
  const zoneItems = () =>
    zones.map((z) => {
      const members = layout.nodes.filter((n) => n.node.zone === z.id);
      const content = bounds(
        [...members, ...layout.edges.flatMap((e, k) => (inside(z, k) ? [e.label!] : []))],
        bends.flatMap((bs, k) => (inside(z, k) ? bs.filter((p): p is Pt => p !== 'label') : [])),
      );
      const title = pick(z.label, locale);
      const titleLines = wrap(title, Math.max(8, Math.floor((content.width + 2 * ZONE_PAD - 20) / ZONE_TITLE_CHAR_W)));
      const top = 10 + titleLines.length * ZONE_TITLE_LINE;
      const box = { x: content.x - ZONE_PAD, y: content.y - top, width: content.width + 2 * ZONE_PAD, height: content.height + top + ZONE_PAD };
      return { z, title, titleLines, content, box };
    });
  const loose = [
    ...layout.nodes.filter((n) => !n.node.zone || !zones.some((z) => z.id === n.node.zone)),
    ...layout.edges.flatMap((e, k) => (ownLabel(k) ? [] : [e.label!])),
  ].map((b) => ({ content: b, box: b }));
  const GAP = 6;
  const apart = (a: Box, b: Box) => a.x >= b.x + b.width + GAP || b.x >= a.x + a.width + GAP || a.y >= b.y + b.height + GAP || b.y >= a.y + a.height + GAP;
  const labels = new Set<Box>(layout.edges.map((e) => e.label!));
  const accepted = new Set<Box>();
  for (let pass = 0; pass < 500; pass++) {
    const zs = zoneItems();
    const clash = zs
      .flatMap((a, i) => [...zs.slice(i + 1), ...loose].map((b) => [a, b] as const))
      .find(([a, b]) => !apart(a.box, b.box) && !accepted.has(b.content));
    if (!clash) break;
    const [a, b] = clash;
    if (a.content.y + a.content.height < b.content.y || b.content.y + b.content.height < a.content.y) {
      const [upper, lower] = a.content.y < b.content.y ? [a, b] : [b, a];
      insertRows(layout, bends, lower.content.y - 0.01, upper.box.y + upper.box.height + GAP - lower.box.y);
      continue;
    }
    // Side by side with the zone's content: a label of a link that leaves the zone moves just past
    // the zone across the ranks (above or below it left to right, beside it top to bottom) if that
    // place is free, and the link's bends beside the zone move with it; otherwise the label stays
    // where dagre put it.
    const l = b.box;
    if (labels.has(l)) {
      const others = [...layout.nodes, ...labels, ...zs.map((z) => z.box)].filter((o) => o !== l);
      const free = (box: Box) => others.every((o) => apart(box, o));
      const [across, along, size, length] = direction === 'TB' ? (['x', 'y', 'width', 'height'] as const) : (['y', 'x', 'height', 'width'] as const);
      const spots = [a.box[across] - GAP - l[size], a.box[across] + a.box[size] + GAP].sort((p, q) => Math.abs(p - l[across]) - Math.abs(q - l[across]));
      const to = spots.find((v) => free({ ...l, [across]: v }));
      if (to !== undefined) {
        const d = to - l[across];
        l[across] = to;
        const chain = bends[layout.edges.findIndex((e) => e.label === l)];
        const at = chain.indexOf('label');
        for (const step of [-1, 1]) {
          for (let j = at + step; j >= 0 && j < chain.length; j += step) {
            const p = chain[j];
            if (p === 'label' || p[along] < a.box[along] || p[along] > a.box[along] + a.box[length]) break;
            const moved = { ...p, [across]: p[across] + d };
            if (!free({ x: moved.x - 1, y: moved.y - 1, width: 2, height: 2 })) break;
            p[across] += d;
          }
        }
        continue;
      }
    }
    accepted.add(b.content);
  }
  for (const { z, title, titleLines, box } of zoneItems()) layout.zones.push({ zone: z, title, titleLines, ...box });

  // Routes: through the bends, passing each label from one side to the other (the label hides that
  // stretch). The router works left to right; a top-to-bottom layout is routed mirrored on its
  // diagonal (x and y swapped) and mirrored back, so its runs stay horizontal and vertical.
  const flip = direction === 'TB';
  const mirrored = new Map<Box, Box>();
  const m = (b: Box): Box => {
    if (!flip) return b;
    if (!mirrored.has(b)) mirrored.set(b, { x: b.y, y: b.x, width: b.height, height: b.width });
    return mirrored.get(b)!;
  };
  const mp = (p: Pt): Pt => (flip ? { x: p.y, y: p.x } : p);
  const routes = routeEdges(
    layout.edges.map((le, k) => {
      const from = m(nodeBox.get(drawn[k].a)!);
      const to = m(nodeBox.get(drawn[k].b)!);
      const l = m(le.label!);
      const sides = [
        { x: l.x, y: l.y + l.height / 2 },
        { x: l.x + l.width, y: l.y + l.height / 2 },
      ];
      // An edge dagre turned round to break a cycle runs against the ranks.
      if (from.x > to.x) sides.reverse();
      return { from, to, via: bends[k].flatMap((p) => (p === 'label' ? sides : [mp(p)])) };
    }),
    // Top to bottom, the links between ranks run across the drawing: they keep out of the zones' title strips.
    [
      ...layout.nodes,
      ...layout.edges.map((e) => e.label!),
      ...(flip ? layout.zones.map((z) => ({ x: z.x, y: z.y, width: z.width, height: 10 + z.titleLines.length * ZONE_TITLE_LINE })) : []),
    ].map(m),
  ).map((pts) => pts.map(mp));
  layout.edges.forEach((le, k) => (le.points = drawn[k].back ? routes[k].reverse() : routes[k]));

  // Everything moved so the drawing starts at the margin.
  const all: Box[] = [...layout.nodes, ...layout.zones, ...layout.edges.map((e) => e.label!)];
  const pts = layout.edges.flatMap((e) => e.points);
  const b = bounds(all, pts);
  for (const o of [...all, ...pts]) {
    o.x = Math.round((o.x + MARGIN - b.x) * 10) / 10;
    o.y = Math.round((o.y + MARGIN - b.y) * 10) / 10;
  }
  layout.width = Math.ceil(b.width + 2 * MARGIN);
  layout.height = Math.ceil(b.height + 2 * MARGIN);
  return layout;
}

const SVG_STYLE = `
.d-bg { fill: var(--vscode-editor-background, #ffffff); }
.d-text { fill: var(--vscode-foreground, #1f1f1f); font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 12px; }
/* The type name above a node: smaller capitals in the text colour (descriptionForeground is below 4.5:1 on some node fills in dark themes). */
.d-type { fill: var(--vscode-foreground, #1f1f1f); font-size: 10px; letter-spacing: 0.04em; text-transform: uppercase; }
.d-node { stroke-width: 1.5; }
.f-endpoint { fill: rgba(33,150,243,0.14); stroke: #1e88e5; }
.f-server { fill: rgba(76,175,80,0.14); stroke: #43a047; }
.f-edge { fill: rgba(156,39,176,0.13); stroke: #8e24aa; }
.f-firewall { fill: rgba(244,81,30,0.16); stroke: #e64a19; stroke-dasharray: 6 2; }
.f-cloud { fill: rgba(0,172,193,0.14); stroke: #00acc1; }
.f-identity { fill: rgba(255,179,0,0.16); stroke: #f9a825; }
.d-zone { fill: rgba(127,127,127,0.06); stroke: var(--vscode-editorWidget-border, #9e9e9e); stroke-dasharray: 5 4; stroke-width: 1; }
.z-dmz { fill: rgba(230,74,25,0.06); }
.z-internet, .z-partner { fill: rgba(127,127,127,0.03); }
.z-cloud { fill: rgba(0,172,193,0.06); }
.d-zone-strip { fill: none; stroke: none; }
.d-zone-title { font-weight: 600; fill: var(--vscode-descriptionForeground, #5f5f5f); }
.d-edge { fill: none; stroke: var(--vscode-foreground, #424242); stroke-opacity: 0.7; stroke-width: 1.3; }
.d-edge.optional { stroke-dasharray: 5 4; }
.d-arrow { fill: var(--vscode-foreground, #424242); fill-opacity: 0.8; }
.d-label-bg { fill: var(--vscode-editor-background, #ffffff); fill-opacity: 0.92; }
.d-label { font-size: 11px; }
.d-proto { font-weight: 600; fill: var(--vscode-textLink-foreground, #005fb8); }
.d-life { stroke: var(--vscode-editorWidget-border, #9e9e9e); stroke-dasharray: 4 4; }
.d-halo { paint-order: stroke; stroke: var(--vscode-editor-background, #ffffff); stroke-width: 3px; stroke-linejoin: round; }
.d-step-n { font-weight: 700; fill: var(--vscode-textLink-foreground, #005fb8); }
@media (forced-colors: active) { .d-node, .d-zone, .d-edge { stroke: CanvasText; } .d-text { fill: CanvasText; } }
`;

function textLines(lines: string[], x: number, y: number, cls: string, firstCls?: string, protoCount = 0): string {
  return lines
    .map(
      (l, i) =>
        `<tspan x="${x}" y="${y + i * (cls.includes('d-label') ? 13 : LINE_H)}"${i < protoCount ? ' class="d-proto"' : i === 0 && firstCls ? ` class="${firstCls}"` : ''}>${escapeHtml(l)}</tspan>`,
    )
    .join('');
}

export interface SvgOptions {
  /** A standalone file carries its own stylesheet and background (for export). */
  standalone?: boolean;
  title?: string;
  /** Appended to the ids in the SVG, so two drawings of one scenario can share a page. */
  idSuffix?: string;
}

/** A drawn label back on one line: the protocol lines, then the text lines, each re-joined with spaces. */
function unwrapLabel(e: LaidOutEdge): string {
  const l = e.label;
  if (!l) return '';
  return [l.lines.slice(0, l.protoLines).join(' '), l.lines.slice(l.protoLines).join(' ')].filter(Boolean).join(' — ');
}

/** The laid-out scenario as one SVG element. */
export function scenarioSvg(layout: ScenarioLayout, o: SvgOptions = {}): string {
  const w = Math.ceil(layout.width);
  const h = Math.ceil(layout.height);
  const { locale, zones, edges } = layout;
  const title = o.title ?? pick(layout.scenario.title, locale);
  const sfx = escapeHtml(o.idSuffix ?? '');
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="d-title${sfx}">`,
  );
  parts.push(`<title id="d-title${sfx}">${escapeHtml(title)}</title>`);
  if (o.standalone) parts.push(`<style>${SVG_STYLE}</style><rect class="d-bg" x="0" y="0" width="${w}" height="${h}"/>`);
  parts.push(
    `<defs><marker id="arrow${sfx}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="d-arrow" d="M0,0 L10,5 L0,10 z"/></marker></defs>`,
  );
  for (const z of zones) {
    parts.push(
      `<g class="zone" data-zone="${escapeHtml(z.zone.id)}"><rect class="d-zone z-${escapeHtml(z.zone.kind)}" x="${z.x}" y="${z.y}" width="${z.width}" height="${z.height}" rx="8"/></g>`,
    );
  }
  for (const e of edges) {
    if (e.points.length < 2) continue;
    const d = roundedPath(e.points);
    parts.push(
      `<path class="d-edge${e.edge.optional ? ' optional' : ''}" d="${d}" marker-end="url(#arrow${sfx})"><title>${escapeHtml(unwrapLabel(e))}</title></path>`,
    );
  }
  // Zone titles over the links (a link entering a box from above crosses its zone's title strip), haloed.
  for (const z of zones) {
    parts.push(
      `<g class="zone zone-title" data-zone="${escapeHtml(z.zone.id)}"><rect class="d-zone-strip" x="${z.x}" y="${z.y}" width="${z.width}" height="${10 + z.titleLines.length * ZONE_TITLE_LINE}"/>` +
        `<text class="d-text d-zone-title d-halo">${textLines(z.titleLines, z.x + 10, z.y + 18, 'd-zone-title')}</text></g>`,
    );
  }
  for (const e of edges) {
    if (!e.label) continue;
    const l = e.label;
    parts.push(
      `<g class="edge-label"><rect class="d-label-bg" x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" rx="3"/>` +
        `<text class="d-text d-label">${textLines(l.lines, l.x + 5, l.y + 13, 'd-label', undefined, l.protoLines)}</text></g>`,
    );
  }
  for (const n of layout.nodes) {
    const fam = familyOf(n.node.type);
    const tip = n.node.note ? `<title>${escapeHtml(pick(n.node.note, locale))}</title>` : '';
    parts.push(
      `<g class="node" data-node="${escapeHtml(n.node.id)}" data-type="${escapeHtml(n.node.type)}">${tip}` +
        `<rect class="d-node f-${fam}" x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${fam === 'cloud' ? 14 : 5}"/>` +
        `<text class="d-text d-type" x="${n.x + 10}" y="${n.y + 16}">${escapeHtml(n.typeLabel)}</text>` +
        `<text class="d-text">${textLines(n.lines, n.x + 10, n.y + 33, 'd-node-text')}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** A numbered flow as a sequence diagram: one lifeline per participant, one row per step. */
export function flowSvg(s: Scenario, flow: Flow, o: SvgOptions & { locale?: Locale; t?: Translate } = {}): string {
  const locale = o.locale ?? 'en';
  const t = o.t ?? english;
  const names = new Map(localized(s, locale).nodes.map((n) => [n.id, n.label]));
  const order: string[] = [];
  for (const st of flow.steps) for (const id of [st.from, st.to]) if (!order.includes(id)) order.push(id);
  const COL = 180;
  const LEFT = 20;
  const headLines = order.map((id) => wrap(names.get(id) ?? id, 24));
  const headH = Math.max(...headLines.map((l) => l.length)) * LINE_H + 14;
  const colX = (id: string) => LEFT + order.indexOf(id) * COL + COL / 2;
  let y = headH + 30;
  const rows: string[] = [];
  let maxRight = LEFT + order.length * COL;
  for (const st of flow.steps) {
    const x1 = colX(st.from);
    const x2 = colX(st.to);
    const self = st.from === st.to;
    const left = Math.min(x1, x2);
    const spanPx = Math.max(Math.abs(x2 - x1), 260);
    const proto = protoText(st.protocol, st.port, t);
    const label = `${st.n}. ${pick(st.label, locale)}`;
    const lines = wrap(label, Math.floor(spanPx / 6.4));
    if (proto) lines.push(`[${proto}]`);
    const tx = self ? x1 + 10 : left + 6;
    maxRight = Math.max(maxRight, tx + Math.max(...lines.map((l) => l.length)) * 6.4 + 20);
    const textBlock = lines.map((l, i) => `<tspan x="${tx}" y="${y + i * 13}"${i === 0 ? '' : ''}>${escapeHtml(l)}</tspan>`).join('');
    const arrowY = y + lines.length * 13 + (self ? 2 : -2);
    const arrow = self
      ? `<path class="d-edge" d="M${x1},${arrowY} h28 v14 h-26" marker-end="url(#arrow)"/>`
      : `<path class="d-edge" d="M${x1},${arrowY} L${x2 + (x2 > x1 ? -2 : 2)},${arrowY}" marker-end="url(#arrow)"/>`;
    rows.push(`<g class="step" data-step="${escapeHtml(st.n)}"><text class="d-text d-label d-halo">${textBlock}</text>${arrow}</g>`);
    y = arrowY + (self ? 34 : 22);
  }
  const height = y + 10;
  const width = Math.ceil(maxRight);
  const heads = order
    .map((id, i) => {
      const x = LEFT + i * COL + 8;
      const lines = headLines[i];
      const node = s.nodes.find((n) => n.id === id);
      const fam = node ? familyOf(node.type) : 'server';
      return (
        `<g class="participant" data-node="${escapeHtml(id)}"><rect class="d-node f-${fam}" x="${x}" y="8" width="${COL - 16}" height="${headH}" rx="5"/>` +
        `<text class="d-text">${textLines(lines, x + 8, 8 + 18, 'd-head')}</text>` +
        `<line class="d-life" x1="${x + (COL - 16) / 2}" y1="${8 + headH}" x2="${x + (COL - 16) / 2}" y2="${height}"/></g>`
      );
    })
    .join('\n');
  const title = o.title ?? pick(flow.title, locale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="sequence" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">` +
    (o.standalone ? `<style>${SVG_STYLE}</style><rect class="d-bg" x="0" y="0" width="${width}" height="${height}"/>` : '') +
    `<defs><marker id="arrow-${escapeHtml(flow.id)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="d-arrow" d="M0,0 L10,5 L0,10 z"/></marker></defs>` +
    heads +
    rows.join('\n').replace(/url\(#arrow\)/g, `url(#arrow-${escapeHtml(flow.id)})`) +
    '</svg>'
  );
}

/**
 * The file "Save SVG…" writes: the topology, then each numbered flow as its sequence diagram with its
 * title, one standalone SVG document (its own stylesheet and background), so the flows survive export.
 */
export function diagramDocumentSvg(layout: ScenarioLayout, o: { locale?: Locale; t?: Translate } = {}): string {
  const locale = o.locale ?? layout.locale;
  const t = o.t ?? english;
  const s = layout.scenario;
  const GAP = 24;
  const HEAD = 28;
  const parts: string[] = [];
  let y = 0;
  const size = (svg: string) => {
    const m = /^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
    return { w: Number(m?.[1] ?? 0), h: Number(m?.[2] ?? 0) };
  };
  const heading = (text: string, size: number) => {
    parts.push(`<text class="d-text" x="16" y="${y + size + 4}" font-size="${size}" font-weight="600">${escapeHtml(text)}</text>`);
    y += HEAD + (size > 14 ? 6 : 0);
  };
  let width = 0;
  heading(pick(s.title, locale), 18);
  const topo = scenarioSvg(layout, { title: pick(s.title, locale) });
  const ts = size(topo);
  parts.push(`<g transform="translate(0,${y})">${topo}</g>`);
  y += ts.h + GAP;
  width = Math.max(width, ts.w);
  for (const f of s.flows ?? []) {
    heading(pick(f.title, locale), 15);
    const seq = flowSvg(s, f, { locale, t });
    const fs = size(seq);
    parts.push(`<g transform="translate(0,${y})">${seq}</g>`);
    y += fs.h + GAP;
    width = Math.max(width, fs.w);
  }
  const w = Math.ceil(Math.max(width, 320));
  const h = Math.ceil(y);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(pick(s.title, locale))}">` +
    `<style>${SVG_STYLE}</style><rect class="d-bg" x="0" y="0" width="${w}" height="${h}"/>` +
    parts.join('\n') +
    '</svg>\n'
  );
}

// Inside a quoted Mermaid label only a few characters can break out or be misread: the quote itself,
// the pipe that closes an edge label, angle brackets (read as HTML), "#…;" (read as an entity code)
// and the backtick (a Markdown string). They become look-alike characters; everything else — brackets,
// parentheses, semicolons — is safe inside quotes and stays as written, so edge labels read as on
// the diagram. (Entity codes such as #40; are not decoded in every renderer's edge labels.)
const MERMAID_SAFE: Record<string, string> = { '"': "'", '`': "'", '|': '¦', '<': '‹', '>': '›', '#': '＃' };
function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/["`|<>#]/g, (c) => MERMAID_SAFE[c]);
}
/** A sequence diagram message runs to the end of its line, where ";" also ends a statement. */
function mermaidMessage(text: string): string {
  return mermaidText(text).replace(/;/g, ',');
}
function mermaidId(id: string): string {
  return 'n_' + id.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The topology as a Mermaid flowchart (zones as subgraphs; optional links dotted). */
export function scenarioToMermaid(full: Scenario, locale: Locale = 'en', t: Translate = english): string {
  const s = localized(full, locale);
  const out = ['flowchart LR'];
  const zoneIds = new Set((s.zones ?? []).map((z) => z.id));
  const nodeLine = (n: DiagramNode, indent: string) => `${indent}${mermaidId(n.id)}["${mermaidText(`${t(TYPE_LABEL[n.type])}: ${n.label}`)}"]`;
  for (const z of s.zones ?? []) {
    const members = s.nodes.filter((n) => n.zone === z.id);
    if (!members.length) continue;
    out.push(`  subgraph ${mermaidId('zone_' + z.id)}["${mermaidText(pick(z.label, locale))}"]`);
    for (const n of members) out.push(nodeLine(n, '    '));
    out.push('  end');
  }
  for (const n of s.nodes) if (!n.zone || !zoneIds.has(n.zone)) out.push(nodeLine(n, '  '));
  for (const e of s.edges) {
    // The label whole, not the lines it is wrapped into on the diagram (joining those cut sentences apart).
    const text = mermaidText(edgeText(e, t));
    out.push(`  ${mermaidId(e.from)} ${e.optional ? '-.->' : '-->'}|"${text}"| ${mermaidId(e.to)}`);
  }
  return out.join('\n') + '\n';
}

/** A numbered flow as a Mermaid sequence diagram. */
export function flowToMermaid(s: Scenario, flow: Flow, locale: Locale = 'en', t: Translate = english): string {
  const names = new Map(localized(s, locale).nodes.map((n) => [n.id, n.label]));
  const out = ['sequenceDiagram'];
  const seen: string[] = [];
  for (const st of flow.steps) for (const id of [st.from, st.to]) if (!seen.includes(id)) seen.push(id);
  for (const id of seen) out.push(`  participant ${mermaidId(id)} as ${mermaidMessage(names.get(id) ?? id)}`);
  for (const st of flow.steps) {
    const proto = protoText(st.protocol, st.port, t, ' ');
    out.push(`  ${mermaidId(st.from)}->>${mermaidId(st.to)}: ${mermaidMessage(`${st.n}. ${pick(st.label, locale)}${proto ? ` [${proto}]` : ''}`)}`);
  }
  return out.join('\n') + '\n';
}

/** Everything a wiki page needs: title, summary, the flowchart and each flow, in Markdown fences. */
export function scenarioToMermaidMarkdown(s: Scenario, locale: Locale = 'en', t: Translate = english): string {
  const parts = [`## ${pick(s.title, locale)}`, '', pick(s.summary, locale), '', '```mermaid', scenarioToMermaid(s, locale, t).trimEnd(), '```'];
  for (const f of s.flows ?? []) parts.push('', `### ${pick(f.title, locale)}`, '', '```mermaid', flowToMermaid(s, f, locale, t).trimEnd(), '```');
  parts.push('', t('Source: {0}', sourceText(s.source, locale)));
  return parts.join('\n') + '\n';
}

export interface DiagramPageOptions {
  cspSource: string;
  nonce: string;
  locale?: Locale;
  /** The page's own words in `locale`; English when absent. */
  t?: Translate;
}

function legendHtml(s: Scenario, t: Translate): string {
  const fams = new Map<string, Set<string>>();
  for (const n of s.nodes) {
    const f = familyOf(n.type);
    if (!fams.has(f)) fams.set(f, new Set());
    fams.get(f)!.add(t(TYPE_LABEL[n.type]));
  }
  const items = [...fams.entries()].map(
    ([f, types]) =>
      `<li><svg width="22" height="14" aria-hidden="true"><rect class="d-node f-${f}" x="1" y="1" width="20" height="12" rx="3"/></svg> <strong>${escapeHtml(t(FAMILY_LABEL[f as keyof typeof FAMILY_LABEL]))}</strong>: ${escapeHtml([...types].join(', '))}</li>`,
  );
  items.push(
    `<li><svg width="34" height="10" aria-hidden="true"><line class="d-edge" x1="1" y1="5" x2="33" y2="5"/></svg> ${escapeHtml(t('link (protocol · port, then what it carries)'))}</li>`,
  );
  items.push(
    `<li><svg width="34" height="10" aria-hidden="true"><line class="d-edge optional" x1="1" y1="5" x2="33" y2="5"/></svg> ${escapeHtml(t('optional or alternative path'))}</li>`,
  );
  if (s.zones?.length)
    items.push(
      `<li><svg width="22" height="14" aria-hidden="true"><rect class="d-zone" x="1" y="1" width="20" height="12" rx="3"/></svg> ${escapeHtml(t('network zone'))}</li>`,
    );
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** The drawing, and the other shapes the layout carries (hidden; the page's script shows the one that fits). */
function shapesHtml(layout: ScenarioLayout, title: string): string {
  const one = (l: ScenarioLayout, k: number) =>
    `<div class="shape" data-direction="${l.direction}"${k ? ' hidden' : ''}>${scenarioSvg(l, { title, idSuffix: k ? `-${l.direction.toLowerCase()}` : '' })}</div>`;
  return [layout, ...(layout.others ?? [])].map(one).join('');
}

/** The diagram webview: summary, zoomable SVG, legend, flows, notes and export buttons. */
export function diagramHtml(layout: ScenarioLayout, o: DiagramPageOptions): string {
  const s = layout.scenario;
  const locale = o.locale ?? 'en';
  const t = o.t ?? english;
  const th = (message: string, ...args: Array<string | number>) => escapeHtml(t(message, ...args));
  const flows = (s.flows ?? [])
    .map(
      (f) => `<section class="flow" aria-labelledby="flow-${escapeHtml(f.id)}"><h2 id="flow-${escapeHtml(f.id)}">${escapeHtml(pick(f.title, locale))}</h2>
<div class="scroll">${flowSvg(s, f, { locale, t })}</div>
<ol class="steps">${f.steps.map((st) => `<li data-step="${escapeHtml(st.n)}"><span class="n">${escapeHtml(st.n)}</span> ${escapeHtml(pick(st.label, locale))}${st.protocol || st.port ? ` <code>${escapeHtml(protoText(st.protocol, st.port, t))}</code>` : ''}</li>`).join('')}</ol>
<p class="muted source">${withSourceHtml(t('Source: {0}', SOURCE_SLOT), sourceHtml(f.source, locale))}</p></section>`,
    )
    .join('\n');
  const services = s.services?.length ? `<h2>${th('Services')}</h2><ul>${s.services.map((x) => `<li>${escapeHtml(pick(x, locale))}</li>`).join('')}</ul>` : '';
  const notes = s.notes?.length ? `<h2>${th('Notes')}</h2><ul>${s.notes.map((x) => `<li>${escapeHtml(pick(x, locale))}</li>`).join('')}</ul>` : '';
  const body = `<header><h1>${escapeHtml(pick(s.title, locale))}</h1>
<p>${escapeHtml(pick(s.summary, locale))}</p>
${layout.summary ? `<p class="notice" role="status">${th('{0} components are too many to draw one by one: boxes of one zone and type are grouped ({1} boxes). Copy Mermaid exports every component.', layout.summary.nodes, layout.summary.drawn)}</p>` : ''}</header>
<div class="toolbar" role="toolbar" aria-label="${th('Diagram')}">
<button type="button" id="zoom-out" class="secondary" aria-label="${th('Zoom out')}">−</button>
<button type="button" id="zoom-reset" class="secondary" aria-label="${th('Actual size')}">100%</button>
<button type="button" id="zoom-in" class="secondary" aria-label="${th('Zoom in')}">+</button>
<button type="button" id="zoom-fit" class="secondary">${th('Fit')}</button>
<span class="spacer"></span>
<button type="button" id="export-svg">${th('Save SVG…')}</button>
<button type="button" id="copy-mermaid" class="secondary">${th('Copy Mermaid')}</button>
</div>
<div id="canvas" class="canvas" tabindex="0" aria-label="${th('Deployment diagram; use plus and minus to zoom')}">${shapesHtml(layout, pick(s.title, locale))}</div>
${legendHtml(s, t)}
${flows}
${services}
${notes}
<p class="muted source">${withSourceHtml(t('Source: {0}', SOURCE_SLOT), sourceHtml(s.source, locale))}</p>`;
  return page({ title: pick(s.title, locale), cspSource: o.cspSource, nonce: o.nonce, body, style: SVG_STYLE + PAGE_STYLE, script: SCRIPT, lang: locale });
}

const PAGE_STYLE = `
h2 { font-size: 1.1em; margin: 18px 0 6px; }
.toolbar { display: flex; gap: 6px; align-items: center; margin: 8px 0; }
.toolbar .spacer { flex: 1; }
.canvas { overflow: auto; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-contrastBorder, #d0d0d0)); border-radius: 4px; max-height: 75vh; cursor: grab; }
.canvas.dragging { cursor: grabbing; }
.canvas svg.diagram { display: block; margin: 0 auto; }
.notice { border-left: 3px solid var(--vscode-editorWarning-foreground, #bf8803); padding: 2px 8px; }
.scroll { overflow-x: auto; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 8px 0; font-size: 0.92em; }
.legend svg { vertical-align: middle; }
ol.steps { padding-left: 0; list-style: none; }
ol.steps li { margin: 3px 0; }
ol.steps .n { display: inline-block; min-width: 2.6em; font-weight: 700; color: var(--vscode-textLink-foreground, #005fb8); }
.source { font-size: 0.85em; }
`;

/** The smallest zoom a diagram opens at: below it, 12px labels are no longer readable. */
export const MIN_OPEN_ZOOM = 0.6;

/** The canvas is at most this share of the panel's height (PAGE_STYLE's max-height). */
const CANVAS_VH = 0.75;
/** How much taller than the canvas a drawing may be when choosing its direction: scrolling down is easy, panning sideways is not. */
const SCROLL_ALLOWANCE = 1.5;
/** A zoom at which a whole drawing reads comfortably: then it is shown whole rather than larger. */
export const READABLE_ZOOM = 0.8;

// Zoom changes the SVG's width and height attributes (allowed under the CSP, unlike inline styles).
// The page holds the diagram laid out left to right, top to bottom and (a long chain) folded into two
// rows, and shows the one that fits
// the panel best: fitting(shape, tall) is the zoom at which it fits the canvas's width and 'tall'
// times its height (at most 100 %); best() takes the shape seen whole at the larger zoom if that zoom
// is READABLE_ZOOM or more, else the one readable larger with at most half a canvas of scrolling
// down, left to right unless another is clearly better. It is opened fitted to the panel's width,
// but never below MIN_OPEN_ZOOM (then it pans). When the panel is resized (and visible, and its size
// changed) the choice is made again (debounced), unless the user has zoomed. The mouse pans by dragging and zooms
// with Ctrl+wheel; the keyboard zooms with + - 0 and pans with the arrow keys (native scrolling of
// the focused canvas).
const SCRIPT = `
(function () {
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: function () {}, getState: function () {}, setState: function () {} };
  const canvas = document.getElementById('canvas');
  const shapes = Array.prototype.slice.call(canvas.querySelectorAll('.shape'));
  const MIN_OPEN = ${MIN_OPEN_ZOOM};
  const saved = vscode.getState() || {};
  let scale = saved.scale || 1;
  let zoomed = !!saved.scale;
  let shape, svg, baseW, baseH;
  function size(sh) { const s = sh.querySelector('svg'); return { w: Number(s.getAttribute('data-w') || s.getAttribute('width')), h: Number(s.getAttribute('data-h') || s.getAttribute('height')) }; }
  function room() { return { w: canvas.clientWidth - 4, h: window.innerHeight * ${CANVAS_VH} - 4 }; }
  function fitting(sh, tall) { const r = room(); const d = size(sh); return Math.min(1, r.w / d.w, tall * r.h / d.h); }
  function argmax(f) {
    let b = shapes[0];
    for (const sh of shapes) if (f(sh) > f(b) + 0.02) b = sh;
    return b;
  }
  function best() {
    const whole = argmax(function (sh) { return fitting(sh, 1); });
    return fitting(whole, 1) >= ${READABLE_ZOOM} ? whole : argmax(function (sh) { return fitting(sh, ${SCROLL_ALLOWANCE}); });
  }
  function use(sh) {
    shape = sh;
    for (const s of shapes) s.hidden = s !== sh;
    svg = sh.querySelector('svg');
    const d = size(sh);
    baseW = d.w; baseH = d.h;
    svg.setAttribute('data-w', String(baseW));
    svg.setAttribute('data-h', String(baseH));
    canvas.setAttribute('data-direction', sh.getAttribute('data-direction'));
  }
  function set(s) {
    scale = Math.min(4, Math.max(0.2, s));
    svg.setAttribute('width', String(Math.round(baseW * scale)));
    svg.setAttribute('height', String(Math.round(baseH * scale)));
    document.getElementById('zoom-reset').textContent = Math.round(scale * 100) + '%';
    canvas.setAttribute('data-zoom', String(scale));
    vscode.setState({ scale: zoomed ? scale : undefined, direction: shape.getAttribute('data-direction') });
  }
  function fitWidth() { return (canvas.clientWidth - 4) / baseW; }
  function fit() { set(Math.min(1.5, fitWidth())); }
  let laidFor = '';
  function open() { laidFor = window.innerWidth + 'x' + window.innerHeight; use(best()); set(Math.max(MIN_OPEN, Math.min(1, fitWidth()))); }
  function user(s) { zoomed = true; set(s); }
  document.getElementById('zoom-in').addEventListener('click', function () { user(scale * 1.25); });
  document.getElementById('zoom-out').addEventListener('click', function () { user(scale / 1.25); });
  document.getElementById('zoom-reset').addEventListener('click', function () { user(1); });
  document.getElementById('zoom-fit').addEventListener('click', function () { zoomed = false; use(best()); fit(); });
  canvas.addEventListener('wheel', function (e) { if (e.ctrlKey || e.metaKey) { e.preventDefault(); user(scale * (e.deltaY < 0 ? 1.1 : 1 / 1.1)); } }, { passive: false });
  canvas.addEventListener('keydown', function (e) {
    if (e.key === '+' || e.key === '=') { user(scale * 1.25); e.preventDefault(); }
    else if (e.key === '-') { user(scale / 1.25); e.preventDefault(); }
    else if (e.key === '0') { user(1); e.preventDefault(); }
  });
  let resizing;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { if (!zoomed && canvas.clientWidth > 0 && window.innerWidth + 'x' + window.innerHeight !== laidFor) open(); }, 150);
  });
  let drag = null;
  canvas.addEventListener('pointerdown', function (e) {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, left: canvas.scrollLeft, top: canvas.scrollTop };
    canvas.setPointerCapture(e.pointerId);
    canvas.classList.add('dragging');
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!drag) return;
    canvas.scrollLeft = drag.left - (e.clientX - drag.x);
    canvas.scrollTop = drag.top - (e.clientY - drag.y);
  });
  function endDrag() { drag = null; canvas.classList.remove('dragging'); }
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  document.getElementById('export-svg').addEventListener('click', function () { vscode.postMessage({ type: 'exportSvg', direction: shape.getAttribute('data-direction') }); });
  document.getElementById('copy-mermaid').addEventListener('click', function () { vscode.postMessage({ type: 'copyMermaid' }); });
  const kept = shapes.filter(function (s) { return s.getAttribute('data-direction') === saved.direction; })[0];
  if (zoomed && kept) { use(kept); set(scale); } else open();
})();
`;
