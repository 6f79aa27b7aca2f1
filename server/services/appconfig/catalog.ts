// Typed access to schemas/emm-parameters.json and schemas/emm-matrices.json. A key that is the same
// parameter as a jabber-config.xml parameter is resolved against the Jabber catalog here, once: its
// type, values, default and description come from there, so the two formats can never disagree.
import { readJson } from '../../catalog/loadJson';
import { lookupParameter, type JabberCatalog, type JabberParameter } from '../../catalog/jabberParameters';
import type { ValueTypeSpec } from '../../rules/values';
import type { ServiceContext } from '../types';

export type EmmName = 'intune' | 'blackberry';
export type MobilePlatform = 'ios' | 'android';
export type Support = 'yes' | 'no' | 'n/a';

/** An entry of schemas/emm-parameters.json as written. */
export interface EmmParameterData {
  key: string | null;
  label?: string;
  labelKo?: string;
  jabberParameter?: string;
  valueType: 'string' | 'boolean' | 'integer' | 'unknown';
  type?: string;
  values?: { value: string; description?: string }[];
  valueAliases?: { value: string; canonical: string; note: string }[];
  caseSensitiveValues?: boolean;
  list?: { separator: string; itemType?: string };
  default?: string;
  defaultNote?: string;
  emmRecommended?: string;
  platforms: MobilePlatform[];
  emm: ('intune' | 'blackberry' | 'any')[];
  channel?: 'app-config' | 'jabber-config-only';
  templates?: EmmName[];
  unsupported?: { emm?: EmmName; platform?: MobilePlatform; reason: string; source: string | string[] }[];
  requires?: { key: string; when: string; reason: string; source: string | string[] }[];
  sensitive?: boolean;
  description?: string;
  emmNote?: string;
  notes?: string[];
  source: string | string[];
  confidence?: 'high' | 'medium' | 'low';
}

/** A parameter with its jabber-config definition folded in: what every feature uses. */
export interface EmmParameter extends EmmParameterData {
  /** How the value text is checked (from the Jabber catalog when referenced). */
  type: string;
  description: string;
  /** The Jabber catalog entry this key shares its definition with, when found. */
  jabber?: JabberParameter;
  /** Notes of both catalogs. */
  allNotes: string[];
  /** Sources of both catalogs, EMM first. */
  sources: string[];
}

export interface MatrixRow {
  id: string;
  group?: string;
  name: string;
  nameKo?: string;
  android?: Support;
  ios?: Support;
  keys?: string[];
  requirement?: string;
  minimum?: string;
  note?: string;
  source: string | string[];
}

export interface Matrix {
  id: string;
  title: string;
  emm: EmmName | 'any';
  kind?: 'support' | 'requirements';
  note?: string;
  rows: MatrixRow[];
  source: string | string[];
}

export interface EmmCatalog {
  parameters: EmmParameter[];
  /** Parameters that have a documented key, in catalog order. */
  keyed: EmmParameter[];
  byKey: Map<string, EmmParameter>;
  byLowerKey: Map<string, EmmParameter>;
  /** Lower-cased BlackBerry UEM label → parameter (labels are accepted as keys in a BlackBerry export). */
  byLabel: Map<string, EmmParameter>;
  matrices: Matrix[];
  /** Matrix rows that name the key, with their matrix. */
  rowsForKey(key: string): { matrix: Matrix; row: MatrixRow }[];
}

const asList = (s: string | string[] | undefined): string[] => (s === undefined ? [] : Array.isArray(s) ? s : [s]);

/** Builds the catalog from the two data files and the Jabber catalog (pure: tests pass their own data). */
export function createEmmCatalog(
  parametersFile: { parameters: EmmParameterData[] },
  matricesFile: { matrices: Matrix[] },
  jabber: JabberCatalog | undefined,
): EmmCatalog {
  const parameters: EmmParameter[] = parametersFile.parameters.map((p) => {
    const j = p.jabberParameter && jabber ? lookupParameter(jabber, p.jabberParameter)?.param : undefined;
    const fallbackType = p.valueType === 'boolean' ? 'boolean' : p.valueType === 'integer' ? 'integer' : 'string';
    return {
      ...p,
      jabber: j,
      // The EMM file defines a field only where EMM delivery differs; otherwise the Jabber definition applies.
      type: p.type ?? j?.type ?? fallbackType,
      values: p.values ?? j?.values?.map((v) => ({ value: v.value, description: v.description })),
      caseSensitiveValues: p.caseSensitiveValues ?? j?.caseSensitiveValues,
      list: p.list ?? j?.list,
      default: p.default ?? j?.default,
      defaultNote: p.defaultNote ?? j?.defaultNote,
      sensitive: p.sensitive ?? j?.sensitive,
      description: p.description ?? j?.description ?? p.emmNote ?? p.label ?? String(p.key),
      allNotes: [...(p.notes ?? []), ...(j?.notes ?? [])],
      sources: [...asList(p.source), ...asList(j?.source)],
    };
  });
  const keyed = parameters.filter((p): p is EmmParameter & { key: string } => typeof p.key === 'string');
  const matrices = matricesFile.matrices;
  return {
    parameters,
    keyed,
    byKey: new Map(keyed.map((p) => [p.key!, p])),
    byLowerKey: new Map(keyed.map((p) => [p.key!.toLowerCase(), p])),
    byLabel: new Map(parameters.filter((p) => p.label).map((p) => [p.label!.toLowerCase(), p])),
    matrices,
    rowsForKey(key: string) {
      const out: { matrix: Matrix; row: MatrixRow }[] = [];
      for (const matrix of matrices) for (const row of matrix.rows) if (row.keys?.includes(key)) out.push({ matrix, row });
      return out;
    },
  };
}

export function loadEmmCatalog(schemasDir: string, jabber: JabberCatalog | undefined): EmmCatalog {
  return createEmmCatalog(readJson(schemasDir, 'emm-parameters.json'), readJson(schemasDir, 'emm-matrices.json'), jabber);
}

/** The EMM catalog of this server, loaded on first use through the shared catalogs. */
export function emmCatalogOf(ctx: ServiceContext): EmmCatalog {
  return ctx.catalogs.extra('emm', (dir) => loadEmmCatalog(dir, safeJabber(ctx)));
}

function safeJabber(ctx: ServiceContext): JabberCatalog | undefined {
  try {
    return ctx.catalogs.jabber;
  } catch {
    // Without the Jabber catalog the shared keys still work with the EMM file's own type.
    return undefined;
  }
}

const specs = new WeakMap<EmmParameter, ValueTypeSpec>();

/** The spec the shared value checker (server/rules/values.ts) takes; built once per parameter (the catalog never changes). */
export function valueSpecOf(p: EmmParameter): ValueTypeSpec {
  let spec = specs.get(p);
  if (!spec) specs.set(p, (spec = buildSpec(p)));
  return spec;
}

function buildSpec(p: EmmParameter): ValueTypeSpec {
  return {
    name: p.key ?? p.label ?? 'value',
    type: p.type,
    values: [...(p.values ?? []), ...(p.valueAliases ?? []).map((a) => ({ value: a.value }))],
    caseSensitiveValues: p.caseSensitiveValues,
    min: p.jabber?.min,
    max: p.jabber?.max,
    unit: p.jabber?.unit,
    list: p.list,
  };
}

/** Where a parameter lookup by key landed: exact, only by letter case, by BlackBerry label, or nowhere. */
export type KeyLookup =
  { kind: 'exact'; param: EmmParameter } | { kind: 'case'; param: EmmParameter } | { kind: 'label'; param: EmmParameter } | { kind: 'unknown' };

export function lookupKey(catalog: EmmCatalog, key: string, allowLabels: boolean): KeyLookup {
  const exact = catalog.byKey.get(key);
  if (exact) return { kind: 'exact', param: exact };
  if (allowLabels) {
    const byLabel = catalog.byLabel.get(key.trim().toLowerCase());
    if (byLabel) return { kind: 'label', param: byLabel };
  }
  const loose = catalog.byLowerKey.get(key.toLowerCase());
  if (loose) return { kind: 'case', param: loose };
  return { kind: 'unknown' };
}
