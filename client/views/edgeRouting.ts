// Orthogonal edge routes for a left-to-right layered drawing, from dagre's bends. dagre places every
// box and gives each edge one bend per rank it crosses; this file turns those bends into horizontal
// runs joined by vertical runs that sit in the free columns between ranks, each on its own track so
// parallel edges stay apart, and draws them with rounded corners. Pure geometry: no scenario here.

export interface Pt {
  x: number;
  y: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RouteInput {
  from: Rect;
  to: Rect;
  /** Bends between the two boxes, in order from `from` to `to` (a label contributes its left and right middle). */
  via: Pt[];
}

const TRACK_SEP = 10;
const PORT_SEP = 12;

type Side = 'l' | 'r' | 't' | 'b';

function sideFacing(b: Rect, toward: Pt): Side {
  return toward.x >= b.x + b.width ? 'r' : toward.x <= b.x ? 'l' : toward.y < b.y ? 't' : 'b';
}

/**
 * Where each edge leaves and enters its boxes: on the side facing its first (last) bend, the ends on
 * one side spread out in the order of those bends, so edges neither share an end nor cross at a box.
 */
function ports(edges: readonly RouteInput[]): { start: Pt; end: Pt }[] {
  type End = { edge: number; start: boolean; box: Rect; side: Side; toward: Pt };
  const center = (b: Rect): Pt => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const groups = new Map<Rect, Map<Side, End[]>>();
  const add = (e: End) => {
    const bySide = groups.get(e.box) ?? new Map<Side, End[]>();
    groups.set(e.box, bySide);
    bySide.set(e.side, [...(bySide.get(e.side) ?? []), e]);
  };
  edges.forEach((e, i) => {
    const first = e.via[0] ?? center(e.to);
    const last = e.via[e.via.length - 1] ?? center(e.from);
    add({ edge: i, start: true, box: e.from, side: sideFacing(e.from, first), toward: first });
    add({ edge: i, start: false, box: e.to, side: sideFacing(e.to, last), toward: last });
  });
  const out = edges.map(() => ({ start: { x: 0, y: 0 }, end: { x: 0, y: 0 } }));
  for (const bySide of groups.values()) {
    for (const [side, group] of bySide) {
      const b = group[0].box;
      const vertical = side === 'l' || side === 'r';
      group.sort((p, q) => (vertical ? p.toward.y - q.toward.y : p.toward.x - q.toward.x));
      const [lo, span] = vertical ? [b.y, b.height] : [b.x, b.width];
      // Straight in where the bends allow it (no jog right at the box), else evenly spread.
      const wanted = group.map((e) => Math.min(lo + span - 6, Math.max(lo + 6, vertical ? e.toward.y : e.toward.x)));
      const step = Math.min(PORT_SEP, (span - 8) / Math.max(1, group.length));
      const straight = wanted.every((w, k) => k === 0 || w - wanted[k - 1] >= step);
      group.forEach((e, k) => {
        const at = straight ? wanted[k] : lo + span / 2 + (k - (group.length - 1) / 2) * step;
        const p = vertical ? { x: side === 'r' ? b.x + b.width : b.x, y: at } : { x: at, y: side === 'b' ? b.y + b.height : b.y };
        out[e.edge][e.start ? 'start' : 'end'] = p;
      });
    }
  }
  return out;
}

/** The free columns of the drawing: the gaps between the x extents of boxes and bends. */
function freeColumns(obstacles: readonly Rect[], bends: readonly Pt[]): [number, number][] {
  const spans = [
    ...obstacles.map((r): [number, number] => [r.x, r.x + r.width]),
    ...bends.map((p): [number, number] => [p.x - TRACK_SEP / 2, p.x + TRACK_SEP / 2]),
  ].sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let reach = -Infinity;
  for (const [lo, hi] of spans) {
    if (lo > reach && reach > -Infinity) gaps.push([reach, lo]);
    reach = Math.max(reach, hi);
  }
  return gaps;
}

interface Riser {
  edge: number;
  /** Index of the run in the edge's point list that this vertical run replaces. */
  at: number;
  y1: number;
  y2: number;
  x?: number;
}

/**
 * Orthogonal polylines, one per edge, from a side of `from` to a side of `to`. Vertical runs sit in
 * the free column between the two points they join; runs that share a column and overlap in height
 * get separate tracks, ordered so that edges heading the same way do not cross each other there.
 */
export function routeEdges(edges: readonly RouteInput[], obstacles: readonly Rect[]): Pt[][] {
  const ends = ports(edges);
  const chains = edges.map((e, i) => [ends[i].start, ...e.via, ends[i].end]);
  const columns = freeColumns(
    obstacles,
    edges.flatMap((e) => e.via),
  );
  const byColumn = new Map<number, Riser[]>();
  chains.forEach((pts, edge) => {
    for (let at = 1; at < pts.length; at++) {
      const a = pts[at - 1];
      const b = pts[at];
      if (Math.abs(a.y - b.y) < 0.5) continue;
      const lo = Math.min(a.x, b.x);
      const hi = Math.max(a.x, b.x);
      // The column with the most room between the two points; none when they share an x.
      let best = -1;
      let room = 0;
      columns.forEach(([c1, c2], k) => {
        const r = Math.min(c2, hi) - Math.max(c1, lo);
        if (r > room) [best, room] = [k, r];
      });
      if (best < 0) continue;
      byColumn.set(best, [...(byColumn.get(best) ?? []), { edge, at, y1: a.y, y2: b.y }]);
    }
  });
  const placed = new Map<string, number>();
  for (const [k, risers] of byColumn) {
    const [c1, c2] = columns[k];
    // Downward runs that start higher, and upward runs that start lower, take tracks further right.
    risers.sort((p, q) => {
      const pd = p.y2 > p.y1;
      const qd = q.y2 > q.y1;
      if (pd !== qd) return pd ? -1 : 1;
      return pd ? p.y1 - q.y1 : q.y1 - p.y1;
    });
    const tracks: Riser[][] = [];
    for (const r of risers) {
      const top = Math.min(r.y1, r.y2) - 2;
      const bottom = Math.max(r.y1, r.y2) + 2;
      let t = tracks.findIndex((track) => track.every((o) => Math.max(o.y1, o.y2) < top || Math.min(o.y1, o.y2) > bottom));
      if (t < 0) t = tracks.push([]) - 1;
      tracks[t].push(r);
    }
    const sep = Math.min(TRACK_SEP, (c2 - c1) / (tracks.length + 1));
    const mid = (c1 + c2) / 2;
    tracks.forEach((track, t) => {
      for (const r of track) placed.set(`${r.edge}|${r.at}`, mid + ((tracks.length - 1) / 2 - t) * sep);
    });
  }
  return chains.map((pts, edge) => {
    const out: Pt[] = [pts[0]];
    for (let at = 1; at < pts.length; at++) {
      const a = pts[at - 1];
      const b = pts[at];
      const x = placed.get(`${edge}|${at}`);
      if (x !== undefined) out.push({ x, y: a.y }, { x, y: b.y });
      else if (Math.abs(a.y - b.y) >= 0.5 && Math.abs(a.x - b.x) >= 0.5) out.push({ x: a.x, y: b.y });
      out.push(b);
    }
    return simplify(out);
  });
}

/** Drops repeated points and the middle of three points on one horizontal or vertical line. */
function simplify(pts: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of pts) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = out[out.length - 2];
    if (
      prev &&
      last &&
      ((Math.abs(prev.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01) || (Math.abs(prev.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** An SVG path along the polyline with each corner rounded (radius at most `radius`, less on short runs). */
export function roundedPath(points: readonly Pt[], radius = 6): string {
  const f = (n: number) => Number(n.toFixed(1));
  if (!points.length) return '';
  let d = `M${f(points[0].x)},${f(points[0].y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i];
    const next = points[i + 1];
    if (!next) {
      d += ` L${f(p.x)},${f(p.y)}`;
      break;
    }
    const prev = points[i - 1];
    const lin = Math.hypot(p.x - prev.x, p.y - prev.y);
    const lout = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, lin / 2, lout / 2);
    if (r < 0.5) {
      d += ` L${f(p.x)},${f(p.y)}`;
      continue;
    }
    const a = { x: p.x - ((p.x - prev.x) / lin) * r, y: p.y - ((p.y - prev.y) / lin) * r };
    const b = { x: p.x + ((next.x - p.x) / lout) * r, y: p.y + ((next.y - p.y) / lout) * r };
    d += ` L${f(a.x)},${f(a.y)} Q${f(p.x)},${f(p.y)} ${f(b.x)},${f(b.y)}`;
  }
  return d;
}
