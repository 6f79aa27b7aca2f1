// Typed, indexed access to schemas/jabber-parameters.json. Lookups are by exact name, by any
// documented alias, and case-insensitively (Jabber matches names without case, TAC 213406).
import { readJson, readJsonIfPresent } from './loadJson';

export type Platform = 'windows' | 'mac' | 'ios' | 'android';
export type GroupName = 'Client' | 'Directory' | 'Options' | 'Phone' | 'Policies' | 'Presence' | 'Voicemail';

export interface ValueSpec {
  value: string;
  description?: string;
  since?: string;
  until?: string;
}

export interface JabberParameter {
  name: string;
  aliases?: string[];
  group: GroupName;
  otherGroups?: GroupName[];
  /** Cisco documents it without a group element: no group is asserted for it. */
  anyGroup?: boolean;
  type:
    | 'boolean'
    | 'integer'
    | 'enum'
    | 'url'
    | 'host'
    | 'domain'
    | 'list'
    | 'string'
    | 'xml'
    | 'path'
    | 'guid'
    | 'version'
    | 'ldap-filter'
    | 'dn'
    | 'attribute'
    | 'uri-template'
    | 'web-address';
  values?: ValueSpec[];
  caseSensitiveValues?: boolean;
  min?: number;
  max?: number;
  unit?: string;
  list?: { separator: string; itemType?: string; maxItems?: number };
  default?: string;
  defaultNote?: string;
  platforms: Platform[];
  modes?: string[];
  since?: string;
  deprecated?: { since?: string; replacedBy?: string; note?: string };
  sensitive?: boolean;
  mraNote?: string;
  description: string;
  notes?: string[];
  source: string | string[];
  confidence?: 'high' | 'medium' | 'low';
  evidence?: 'reference-text' | 'reference-toc' | 'starting-list' | 'seed';
}

export interface JabberGroup {
  name: GroupName;
  description: string;
  source: string | string[];
}

export interface NonParameter {
  name: string;
  where: string;
  installerArgument?: string;
  description: string;
  source: string;
  /** `where` and `description` in Korean and Japanese. */
  l10n?: { ko?: { where: string; description: string }; ja?: { where: string; description: string } };
}

/** A non-parameter's `where` and `description` in the locale (English when it has none). */
export function nonParameterText(n: NonParameter, locale: string): { where: string; description: string } {
  return (locale === 'ko' || locale === 'ja' ? n.l10n?.[locale] : undefined) ?? n;
}

export interface JabberCatalog {
  groups: JabberGroup[];
  parameters: JabberParameter[];
  /** Exact canonical name or documented alias → parameter. */
  byName: Map<string, JabberParameter>;
  /** Lower-cased canonical name or alias → parameter. */
  byLowerName: Map<string, JabberParameter>;
  /** Parameter → its canonical name lower-cased (the key rules index a file's parameters by), made once. */
  lowerName: Map<JabberParameter, string>;
  groupByLowerName: Map<string, JabberGroup>;
  /** Parameters documented in each group (including otherGroups). */
  parametersOfGroup: Map<GroupName, JabberParameter[]>;
  nonParameters: Map<string, NonParameter>;
  /** Every spelling (canonical + aliases), for did-you-mean. */
  allSpellings: string[];
}

interface CatalogFile {
  groups: JabberGroup[];
  parameters: JabberParameter[];
}

export function loadJabberCatalog(schemasDir: string): JabberCatalog {
  const file = readJson<CatalogFile>(schemasDir, 'jabber-parameters.json');
  const non = readJsonIfPresent<{ entries: NonParameter[] }>(schemasDir, 'jabber-non-parameters.json', { entries: [] });
  return indexJabberCatalog(file.groups, file.parameters, non.entries);
}

export function indexJabberCatalog(groups: JabberGroup[], parameters: JabberParameter[], nonParameters: NonParameter[] = []): JabberCatalog {
  const byName = new Map<string, JabberParameter>();
  const byLowerName = new Map<string, JabberParameter>();
  const lowerName = new Map<JabberParameter, string>();
  const parametersOfGroup = new Map<GroupName, JabberParameter[]>();
  const allSpellings: string[] = [];
  for (const g of groups) parametersOfGroup.set(g.name, []);
  for (const p of parameters) {
    lowerName.set(p, p.name.toLowerCase());
    for (const spelling of [p.name, ...(p.aliases ?? [])]) {
      byName.set(spelling, p);
      if (!byLowerName.has(spelling.toLowerCase())) byLowerName.set(spelling.toLowerCase(), p);
      allSpellings.push(spelling);
    }
    for (const g of [p.group, ...(p.otherGroups ?? [])]) {
      if (!parametersOfGroup.has(g)) parametersOfGroup.set(g, []);
      parametersOfGroup.get(g)!.push(p);
    }
  }
  return {
    groups,
    parameters,
    byName,
    byLowerName,
    lowerName,
    groupByLowerName: new Map(groups.map((g) => [g.name.toLowerCase(), g])),
    parametersOfGroup,
    nonParameters: new Map(nonParameters.map((n) => [n.name.toLowerCase(), n])),
    allSpellings,
  };
}

/** The parameter a name refers to, and whether the spelling is one Cisco documents. */
export function lookupParameter(catalog: JabberCatalog, name: string): { param: JabberParameter; documentedSpelling: boolean } | undefined {
  const exact = catalog.byName.get(name);
  if (exact) return { param: exact, documentedSpelling: true };
  const loose = catalog.byLowerName.get(name.toLowerCase());
  return loose ? { param: loose, documentedSpelling: false } : undefined;
}
