// Value checks by documented type, shared by jabber-config and EMM app config (one definition of a
// parameter, two formats). Pure functions: a value and its type spec in, a problem (or nothing) out.
import { isHostName, isIpv4, isIpv6 } from '../core/net';
import { compareVersions } from '../core/versions';
import { nearest } from '../core/didYouMean';
import type { MessageText } from '../catalog/messages';

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
  /** Replacement values a quick fix can offer, best first. */
  suggestions: string[];
  /**
   * The message as data, rendered in the user's language (English too) by the format's messages: an
   * id of schemas/l10n (`value.*`, `ldap.*`, `unit.*`) and its arguments, which may be messages too.
   * `what` is the subject (`value.what.value` or `value.what.entry`, with the spec's `name`), which
   * each format words its own way (`<Name> value` in jabber-config, `'Key' value` in app config).
   */
  text: MessageText;
}

/** A message as an id and arguments; server/catalog/messages.ts turns it into text. */
export type { MessageText };

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

export function isHost(v: string): boolean {
  const bracketed = /^\[(.+)\]$/.exec(v);
  if (bracketed) return isIpv6(bracketed[1]);
  return isIpv4(v) || isIpv6(v) || isHostName(v);
}

export function isDomain(v: string): boolean {
  return !isIpv4(v) && isHostName(v);
}

// The common shape (http(s)://host.name[:port][/path]) answered without the WHATWG parser, which
// costs microseconds per call: a host whose last label starts with a letter cannot be a bad IPv4
// address, and a port of at most four digits is in range, so `new URL` would accept it.
const PLAIN_HTTP_URL = /^(https?:)\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?::\d{1,4})?(?:[/?#][\x21-\x7e]*)?$/i;

export function isUrl(v: string, schemes = ['http:', 'https:']): boolean {
  if (/\s/.test(v)) return false;
  const plain = PLAIN_HTTP_URL.exec(v);
  if (plain && schemes.includes(plain[1].toLowerCase())) return true;
  // Without a base, only text that starts with a scheme can parse (and a throw is slow).
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) return false;
  try {
    const u = new URL(v);
    return schemes.includes(u.protocol) && !!u.hostname;
  } catch {
    return false;
  }
}

/** Parentheses of an LDAP search filter (RFC 4515) must balance and the filter must be enclosed. */
function ldapFilterProblem(v: string): MessageText | undefined {
  let depth = 0;
  for (const ch of v) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return { id: 'ldap.noOpening' };
  }
  if (depth > 0) return depth === 1 ? { id: 'ldap.oneNotClosed' } : { id: 'ldap.notClosed', args: { count: depth } };
  if (!/^\(.*\)$/s.test(v.trim())) return { id: 'ldap.notEnclosed' };
  return undefined;
}

/** Whether an enumerated value exists in the given release. */
export function valueInRelease(spec: { since?: string; until?: string }, release: string): boolean {
  if (spec.since && compareVersions(release, spec.since) < 0) return false;
  if (spec.until && compareVersions(release, spec.until) >= 0) return false;
  return true;
}

/** What a message is about: the value, or one entry of a list. */
type Subject = 'value' | 'entry';

/** The subject as data; built only when there is a problem to report. */
const whatRef = (spec: ValueTypeSpec, subject: Subject): MessageText => ({ id: `value.what.${subject}`, args: { name: spec.name } });

function enumProblem(spec: ValueTypeSpec, v: string, subject: Subject, release?: string): ValueProblem | undefined {
  const all = (spec.values ?? []).map((x) => x.value);
  if (!all.length) return undefined;
  const exact = all.includes(v);
  if (exact) return undefined;
  const caseMatch = all.find((x) => x.toLowerCase() === v.toLowerCase());
  if (caseMatch && !spec.caseSensitiveValues) return undefined;
  if (caseMatch)
    return {
      suggestions: [caseMatch],
      text: { id: 'value.caseSensitive', args: { what: whatRef(spec, subject), value: v, expected: caseMatch } },
    };
  // A value the release does not accept is reported by the release check; what we list and
  // suggest here is only what the user's release accepts.
  const current = release ? (spec.values ?? []).filter((x) => valueInRelease(x, release)).map((x) => x.value) : all;
  const values = current.length ? current : all;
  const best = nearest(v, values, { limit: Infinity })[0];
  return {
    suggestions: [best, ...values.filter((x) => x !== best)],
    text: { id: 'value.notOneOf', args: { what: whatRef(spec, subject), value: v, values: values.join(', ') } },
  };
}

const BOOLEAN_SYNONYMS: Record<string, string> = {
  '1': 'true',
  yes: 'true',
  on: 'true',
  enabled: 'true',
  '0': 'false',
  no: 'false',
  off: 'false',
  disabled: 'false',
};

function problemOf(
  spec: ValueTypeSpec,
  subject: Subject,
  v: string,
  id: string,
  args: Record<string, string | number | MessageText> = {},
  suggestions: string[] = [],
): ValueProblem {
  return { suggestions, text: { id, args: { what: whatRef(spec, subject), value: v, ...args } } };
}

function spacesOf(v: string): Record<string, MessageText | string> {
  return { spaces: /\s/.test(v) ? { id: 'value.containsSpaces' } : '' };
}

function scalarProblem(spec: ValueTypeSpec, type: string, v: string, subject: Subject, release?: string): ValueProblem | undefined {
  switch (type) {
    case 'boolean':
      if (/^(true|false)$/i.test(v)) return undefined;
      return problemOf(
        spec,
        subject,
        v,
        'value.notBoolean',
        {},
        BOOLEAN_SYNONYMS[v.toLowerCase()]
          ? [BOOLEAN_SYNONYMS[v.toLowerCase()], BOOLEAN_SYNONYMS[v.toLowerCase()] === 'true' ? 'false' : 'true']
          : ['true', 'false'],
      );
    case 'integer': {
      if (!/^[-+]?\d+$/.test(v))
        return problemOf(spec, subject, v, 'value.notInteger', {
          range: rangeRef(spec),
        });
      const n = parseInt(v, 10);
      if (spec.min !== undefined && n < spec.min)
        return problemOf(spec, subject, v, 'value.belowMin', { min: spec.min, unit: unitRef(spec) }, [String(spec.min)]);
      if (spec.max !== undefined && n > spec.max)
        return problemOf(spec, subject, v, 'value.aboveMax', { max: spec.max, unit: unitRef(spec) }, [String(spec.max)]);
      return undefined;
    }
    case 'enum':
      return enumProblem(spec, v, subject, release);
    case 'url':
      return isUrl(v) ? undefined : problemOf(spec, subject, v, 'value.notUrl', spacesOf(v));
    case 'web-address':
      // Cisco's own examples of the app download links carry no scheme (itunes.apple.com/…).
      return isUrl(v) || (!/^[a-z][a-z0-9+.-]*:/i.test(v) && isUrl(`https://${v}`))
        ? undefined
        : problemOf(spec, subject, v, 'value.notWebAddress', spacesOf(v));
    case 'uri-template':
      return isUrl(v.replace(/%%\w+%%|\$\{\w+\}/g, 'x')) ? undefined : problemOf(spec, subject, v, 'value.notUrlTemplate', spacesOf(v));
    case 'host':
      return isHost(v) ? undefined : problemOf(spec, subject, v, 'value.notHost', spacesOf(v));
    case 'domain':
      return isDomain(v) ? undefined : problemOf(spec, subject, v, 'value.notDomain');
    case 'guid':
      return GUID.test(v) ? undefined : problemOf(spec, subject, v, 'value.notGuid');
    case 'version':
      return /^\d+(\.\d+){0,3}$/.test(v) ? undefined : problemOf(spec, subject, v, 'value.notVersion');
    case 'ldap-filter': {
      const reason = ldapFilterProblem(v);
      return reason ? problemOf(spec, subject, v, 'value.notLdapFilter', { reason }) : undefined;
    }
    case 'dn':
      return /^[A-Za-z][\w-]*=[^,]+(,\s*[A-Za-z][\w-]*=[^,]+)*$/.test(v) ? undefined : problemOf(spec, subject, v, 'value.notDn');
    case 'attribute':
      return /^([A-Za-z][A-Za-z0-9-]*|\d+(\.\d+)+)$/.test(v) ? undefined : problemOf(spec, subject, v, 'value.notAttribute');
    default:
      return undefined;
  }
}

function unitRef(spec: ValueTypeSpec): MessageText | string {
  return spec.unit ? { id: 'value.unit', args: { unit: { id: `unit.${spec.unit}` } } } : '';
}

function rangeRef(spec: ValueTypeSpec): MessageText | string {
  if (spec.min !== undefined && spec.max !== undefined) return { id: 'value.range.between', args: { min: spec.min, max: spec.max, unit: unitRef(spec) } };
  if (spec.min !== undefined) return { id: 'value.range.atLeast', args: { min: spec.min, unit: unitRef(spec) } };
  if (spec.max !== undefined) return { id: 'value.range.atMost', args: { max: spec.max, unit: unitRef(spec) } };
  return '';
}

/**
 * Checks a (trimmed, non-empty) value against its documented type. With the deployed `release`,
 * the values an enumeration lists and suggests are those that release accepts.
 */
export function checkValue(spec: ValueTypeSpec, value: string, release?: string): ValueProblem | undefined {
  if (spec.type !== 'list') return scalarProblem(spec, spec.type, value, 'value', release);
  const sep = spec.list?.separator ?? ';';
  const items = (sep === ' ' ? value.split(/\s+/) : value.split(sep)).map((x) => x.trim()).filter((x) => x !== '');
  if (spec.list?.maxItems !== undefined && items.length > spec.list.maxItems) {
    return {
      suggestions: [],
      text: { id: 'value.tooManyItems', args: { what: { id: 'value.what.name', args: { name: spec.name } }, count: items.length, max: spec.list.maxItems } },
    };
  }
  const itemType = spec.list?.itemType ?? (spec.values?.length ? 'enum' : 'string');
  for (const item of items) {
    const p = scalarProblem(spec, itemType, item, 'entry', release);
    if (p) {
      // A suggestion for one entry becomes a suggestion for the whole list.
      return {
        suggestions: p.suggestions.slice(0, 3).map((s) => items.map((x) => (x === item ? s : x)).join(sep === ' ' ? ' ' : sep)),
        text: { id: 'value.listSeparator', args: { problem: p.text, separator: sep === ' ' ? { id: 'value.aSpace' } : sep } },
      };
    }
  }
  return undefined;
}
