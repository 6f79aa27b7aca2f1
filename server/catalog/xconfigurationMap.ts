// schemas/xconfiguration-map.json, loaded once and compiled: each entry's CLI pattern becomes a regular
// expression whose groups fill the placeholders of its model path and label.
import type { Catalogs } from './catalogs';
import { readJson } from './loadJson';

export interface XMapEntry {
  cli: string;
  model: string | null;
  label: string;
  menu: string;
  type?: 'string' | 'integer' | 'onOff' | 'boolean';
  /** CLI token -> UI value. */
  values?: Record<string, string>;
  secret?: boolean;
  note?: string;
  /** The record feeds the model only when its file holds this many distinct non-empty values of the `cli` records. */
  appliesWhen?: { cli: string; distinctValues: number; note?: string; source: string };
  source: string;
}

export interface XZoneType {
  type: string;
  collaborationEdge?: 'On' | 'Off';
  model: string;
  box?: 'C' | 'E';
  source: string;
}

export interface XSource {
  title: string;
  url: string;
}

interface XMapFile {
  placeholders: Record<string, string>;
  zoneTypes: XZoneType[];
  sources: Record<string, XSource>;
  entries: XMapEntry[];
}

export interface XMapMatch {
  entry: XMapEntry;
  /** Placeholder values: { zone: '6', side: 'TraversalClient' }. */
  vars: Record<string, string>;
}

export interface XConfigurationMap {
  zoneTypes: XZoneType[];
  sources: Record<string, XSource>;
  entries: XMapEntry[];
  match(path: string): XMapMatch | undefined;
  /** The CLI token for a UI value of an entry (`Force encrypted` -> `On`), or the value itself. */
  cliValue(entry: XMapEntry, uiValue: string): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;
/** Distinct paths whose match is remembered: a full dump has a few thousand, so several dumps fit. */
const MAX_REMEMBERED_PATHS = 50_000;

export function loadXConfigurationMap(schemasDir: string): XConfigurationMap {
  const file = readJson<XMapFile>(schemasDir, 'xconfiguration-map.json');
  const compiled = file.entries.map((entry) => {
    const names: string[] = [];
    const source = entry.cli
      .split(PLACEHOLDER)
      .map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part);
        return part === 'side' ? '(TraversalClient|TraversalServer|Neighbor|DNS|ENUM)' : '(\\d+)';
      })
      .join('');
    return { entry, names, re: new RegExp(`^${source}$`, 'i'), first: entry.cli.split(' ')[0].toLowerCase() };
  });
  const byFirst = new Map<string, typeof compiled>();
  const byShape = new Map<string, (typeof compiled)[number] | null>();
  const byPath = new Map<string, Readonly<XMapMatch> | null>();
  // What the entries' paths begin with before their first placeholder, lower-cased, by first letter: most
  // records of a full dump (search rules, transforms, logging …) are named by no entry, and are turned
  // away by comparing a few characters instead of hashing the whole path.
  const prefixes: string[][] = Array.from({ length: 128 }, () => []);
  for (const c of compiled) {
    const prefix = c.entry.cli.split('{')[0].toLowerCase();
    const list = prefixes[prefix.charCodeAt(0) & 127];
    if (!list.includes(prefix)) list.push(prefix);
  }
  const mayMatch = (path: string) => {
    const first = lowerAscii(path.charCodeAt(0));
    if (!(first < 128)) return false;
    for (const p of prefixes[first]) if (startsWithLower(path, p)) return true;
    return false;
  };
  for (const c of compiled) byFirst.set(c.first, [...(byFirst.get(c.first) ?? []), c]);
  return {
    zoneTypes: file.zoneTypes,
    sources: file.sources,
    entries: file.entries,
    match(path: string) {
      // A dump read again (each edit of it, each deployment it is part of) asks for the same paths: the
      // answer per exact path is kept, bounded, beside the compiled map (frozen, since it is shared).
      if (!mayMatch(path)) return undefined;
      const seen = byPath.get(path);
      if (seen !== undefined) return seen ?? undefined;
      const found = matchShape(path);
      const hit = found && Object.freeze({ entry: found.entry, vars: Object.freeze(found.vars) });
      if (byPath.size < MAX_REMEMBERED_PATHS) byPath.set(path, hit ?? null);
      return hit;
    },
    cliValue(entry: XMapEntry, uiValue: string) {
      for (const [cli, ui] of Object.entries(entry.values ?? {})) if (ui.toLowerCase() === uiValue.toLowerCase()) return cli;
      return uiValue;
    },
  };
  function matchShape(path: string): XMapMatch | undefined {
    // A dump repeats the same shapes with other numbers (zone 1 … zone 200): remember which entry a
    // shape matched, so each record runs one regular expression instead of one per candidate.
    const shape = path.replace(/\d+/g, '#');
    const known = byShape.get(shape);
    if (known === null) return undefined;
    if (known) {
      const m = known.re.exec(path);
      if (m) return { entry: known.entry, vars: Object.fromEntries(known.names.map((n, i) => [n, m[i + 1]])) };
    }
    const hit = matchSlow(path);
    if (byShape.size < 10_000) byShape.set(shape, hit ? compiled.find((c) => c.entry === hit.entry)! : null);
    return hit;
  }
  function matchSlow(path: string): XMapMatch | undefined {
    {
      const first = path.slice(0, path.indexOf(' ') < 0 ? path.length : path.indexOf(' ')).toLowerCase();
      for (const c of byFirst.get(first) ?? []) {
        const m = c.re.exec(path);
        if (!m) continue;
        const vars: Record<string, string> = {};
        c.names.forEach((n, i) => (vars[n] = m[i + 1]));
        return { entry: c.entry, vars };
      }
      return undefined;
    }
  }
}

export function xconfigurationMap(catalogs: Catalogs): XConfigurationMap {
  return catalogs.extra('xconfiguration-map', loadXConfigurationMap);
}

/** An ASCII letter's lower-case code (the case the map's expressions ignore); any other code as it is. */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** Whether `text` begins with `prefix` (lower case), ignoring ASCII case. */
function startsWithLower(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (lowerAscii(text.charCodeAt(i)) !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, n: string) => vars[n] ?? `{${n}}`);
}
