// Value checks by documented type, shared by jabber-config and EMM app config (one definition of a
// parameter, two formats). Pure functions: a value and its type spec in, a problem (or nothing) out.
import { closest } from 'fastest-levenshtein';

export interface ValueTypeSpec {
  name: string;
  type: string;
  values?: { value: string; since?: string; until?: string }[];
  caseSensitiveValues?: boolean;
  min?: number;
  max?: number;
  unit?: string;
  list?: { separator: string; itemType?: string; maxItems?: number };
}

export interface ValueProblem {
  message: string;
  /** Replacement values a quick fix can offer, best first. */
  suggestions: string[];
}

const HOST_LABEL = /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

export function isIpv4(v: string): boolean {
  return IPV4.test(v);
}

export function isIpv6(v: string): boolean {
  return v.includes(':') && /^[0-9A-Fa-f:.]+$/.test(v) && v.split('::').length <= 2;
}

export function isHostname(v: string): boolean {
  if (!v || v.length > 253) return false;
  const labels = v.replace(/\.$/, '').split('.');
  // An all-numeric dotted name is meant as an IPv4 address; judge it as one (11.22.33.456 is not).
  if (labels.every((l) => /^\d+$/.test(l))) return isIpv4(v);
  return labels.every((l) => HOST_LABEL.test(l));
}

export function isHost(v: string): boolean {
  const bracketed = /^\[(.+)\]$/.exec(v);
  if (bracketed) return isIpv6(bracketed[1]);
  return isIpv4(v) || isIpv6(v) || isHostname(v);
}

export function isDomain(v: string): boolean {
  return !isIpv4(v) && isHostname(v);
}

export function isUrl(v: string, schemes = ['http:', 'https:']): boolean {
  if (/\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return schemes.includes(u.protocol) && !!u.hostname;
  } catch {
    return false;
  }
}

/** Parentheses of an LDAP search filter (RFC 4515) must balance and the filter must be enclosed. */
export function ldapFilterProblem(v: string): string | undefined {
  let depth = 0;
  for (const ch of v) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return 'a closing parenthesis has no opening one';
  }
  if (depth > 0) return `${depth} opening parenthes${depth === 1 ? 'is is' : 'es are'} never closed`;
  if (!/^\(.*\)$/s.test(v.trim())) return 'a filter must be enclosed in parentheses';
  return undefined;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.()]/).filter(Boolean).map((x) => parseInt(x, 10) || 0);
  const pb = b.split(/[.()]/).filter(Boolean).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Whether an enumerated value exists in the given release. */
export function valueInRelease(spec: { since?: string; until?: string }, release: string): boolean {
  if (spec.since && compareVersions(release, spec.since) < 0) return false;
  if (spec.until && compareVersions(release, spec.until) >= 0) return false;
  return true;
}

function enumProblem(spec: ValueTypeSpec, v: string, what: string): ValueProblem | undefined {
  const values = (spec.values ?? []).map((x) => x.value);
  if (!values.length) return undefined;
  const exact = values.includes(v);
  if (exact) return undefined;
  const caseMatch = values.find((x) => x.toLowerCase() === v.toLowerCase());
  if (caseMatch && !spec.caseSensitiveValues) return undefined;
  if (caseMatch) return { message: `${what} '${v}' must be written '${caseMatch}': these values are case-sensitive.`, suggestions: [caseMatch] };
  const best = closest(v, values);
  return { message: `${what} '${v}' is not one of: ${values.join(', ')}.`, suggestions: [best, ...values.filter((x) => x !== best)] };
}

const BOOLEAN_SYNONYMS: Record<string, string> = { '1': 'true', yes: 'true', on: 'true', enabled: 'true', '0': 'false', no: 'false', off: 'false', disabled: 'false' };

function scalarProblem(spec: ValueTypeSpec, type: string, v: string, what: string): ValueProblem | undefined {
  switch (type) {
    case 'boolean':
      if (/^(true|false)$/i.test(v)) return undefined;
      return {
        message: `${what} '${v}' is not a boolean: use true or false.`,
        suggestions: BOOLEAN_SYNONYMS[v.toLowerCase()] ? [BOOLEAN_SYNONYMS[v.toLowerCase()], BOOLEAN_SYNONYMS[v.toLowerCase()] === 'true' ? 'false' : 'true'] : ['true', 'false'],
      };
    case 'integer': {
      if (!/^[-+]?\d+$/.test(v)) return { message: `${what} '${v}' is not a whole number${rangeText(spec)}.`, suggestions: [] };
      const n = parseInt(v, 10);
      if (spec.min !== undefined && n < spec.min) return { message: `${what} ${v} is below the minimum ${spec.min}${unitText(spec)}.`, suggestions: [String(spec.min)] };
      if (spec.max !== undefined && n > spec.max) return { message: `${what} ${v} is above the maximum ${spec.max}${unitText(spec)}.`, suggestions: [String(spec.max)] };
      return undefined;
    }
    case 'enum':
      return enumProblem(spec, v, what);
    case 'url':
      return isUrl(v) ? undefined : { message: `${what} '${v}' is not an http(s) URL${/\s/.test(v) ? ' (it contains spaces)' : ''}.`, suggestions: [] };
    case 'uri-template':
      return isUrl(v.replace(/%%\w+%%|\$\{\w+\}/g, 'x')) ? undefined : { message: `${what} '${v}' is not an http(s) URL template${/\s/.test(v) ? ' (it contains spaces)' : ''}.`, suggestions: [] };
    case 'host':
      return isHost(v) ? undefined : { message: `${what} '${v}' is not a host name, FQDN or IP address${/\s/.test(v) ? ' (it contains spaces)' : ''}.`, suggestions: [] };
    case 'domain':
      return isDomain(v) ? undefined : { message: `${what} '${v}' is not a DNS domain name.`, suggestions: [] };
    case 'guid':
      return GUID.test(v) ? undefined : { message: `${what} '${v}' is not a GUID (8-4-4-4-12 hexadecimal digits).`, suggestions: [] };
    case 'version':
      return /^\d+(\.\d+){0,3}$/.test(v) ? undefined : { message: `${what} '${v}' is not a version number such as 12.9.1.`, suggestions: [] };
    case 'ldap-filter': {
      const p = ldapFilterProblem(v);
      return p ? { message: `${what} '${v}' is not a valid LDAP filter: ${p}.`, suggestions: [] } : undefined;
    }
    case 'dn':
      return /^[A-Za-z][\w-]*=[^,]+(,\s*[A-Za-z][\w-]*=[^,]+)*$/.test(v) ? undefined : { message: `${what} '${v}' is not a distinguished name such as ou=staff,dc=example,dc=com.`, suggestions: [] };
    case 'attribute':
      return /^([A-Za-z][A-Za-z0-9-]*|\d+(\.\d+)+)$/.test(v) ? undefined : { message: `${what} '${v}' is not a directory attribute name.`, suggestions: [] };
    default:
      return undefined;
  }
}

function rangeText(spec: ValueTypeSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` (${spec.min}–${spec.max}${unitText(spec)})`;
  if (spec.min !== undefined) return ` (at least ${spec.min}${unitText(spec)})`;
  if (spec.max !== undefined) return ` (at most ${spec.max}${unitText(spec)})`;
  return '';
}

function unitText(spec: ValueTypeSpec): string {
  return spec.unit ? ` ${spec.unit}` : '';
}

/** Checks a (trimmed, non-empty) value against its documented type. */
export function checkValue(spec: ValueTypeSpec, value: string): ValueProblem | undefined {
  if (spec.type !== 'list') return scalarProblem(spec, spec.type, value, `<${spec.name}> value`);
  const sep = spec.list?.separator ?? ';';
  const items = (sep === ' ' ? value.split(/\s+/) : value.split(sep)).map((x) => x.trim()).filter((x) => x !== '');
  if (spec.list?.maxItems !== undefined && items.length > spec.list.maxItems) {
    return { message: `<${spec.name}> has ${items.length} entries; at most ${spec.list.maxItems} are allowed.`, suggestions: [] };
  }
  const itemType = spec.list?.itemType ?? (spec.values?.length ? 'enum' : 'string');
  for (const item of items) {
    const p = scalarProblem(spec, itemType, item, `<${spec.name}> entry`);
    if (p) {
      // A suggestion for one entry becomes a suggestion for the whole list.
      return { message: `${p.message} Entries are separated by '${sep === ' ' ? 'a space' : sep}'.`, suggestions: p.suggestions.slice(0, 3).map((s) => items.map((x) => (x === item ? s : x)).join(sep === ' ' ? ' ' : sep)) };
    }
  }
  return undefined;
}
