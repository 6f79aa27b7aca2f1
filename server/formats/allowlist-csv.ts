// The HTTP allow-list rules CSV that Expressway-C imports (Url,Deployment,HttpMethods,MatchType,
// Description; Cisco's "Allow List Rules File Reference"). RFC 4180 fields (quotes, doubled quotes)
// read by a dozen lines below rather than a CSV library: the file is small, one rule per line, and
// the editor needs the offset of every field, which the libraries measured (papaparse, csv-parse)
// do not give per field. What values mean (match types, methods) is checked by
// rules/allowlist/ from schemas/allow-list.json; this reader checks the shape: header, quoting,
// one rule per line, the Url syntax.
import { MAX_ARTIFACT_SIZE, type ArtifactProblem, type Span } from './artifact';
import { runSteps, type Steps } from '../core/steps';
import { domainToUnicode } from 'node:url';
import { hostOfUrl, isHostName } from '../core/net';

export interface AllowListRule {
  url: string;
  deployment?: string;
  methods: string[];
  matchType?: string;
  description?: string;
  range: Span;
  urlRange: Span;
  /** Optional extras. */
  /** Offsets of each field's value (without its quotes), in column order. */
  fieldRanges?: Span[];
  /** Offsets of each HTTP method in the HttpMethods field, parallel to `methods`. */
  methodRanges?: Span[];
  /** The URL's host (lower case) and port (explicit, or 80/443 from the scheme), when the Url parses. */
  host?: string;
  port?: number;
  path?: string;
  /** How many fields the row had: more than the five columns means the values after the Url are shifted. */
  fieldCount?: number;
}

export const ALLOW_LIST_COLUMNS = ['Url', 'Deployment', 'HttpMethods', 'MatchType', 'Description'] as const;
/** Rules kept per file. */
export const MAX_RULES = 20_000;

interface Field {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

interface Row {
  fields: Field[];
  start: number;
  end: number;
  /** A quoted field ran past the end of its line (or of the file). */
  multiline?: Span;
  unterminated?: Span;
}

/** Splits RFC 4180 text into rows of fields with offsets. A quote opened and never closed ends at the end of the file. */
function* rowsOf(text: string): Generator<Row> {
  let p = 0;
  const n = text.length;
  while (p < n) {
    const row: Row = { fields: [], start: p, end: p };
    for (;;) {
      let field: Field;
      if (text[p] === '"') {
        const open = p;
        let value = '';
        let q = p + 1;
        for (;;) {
          const next = text.indexOf('"', q);
          if (next < 0) {
            value += text.slice(q);
            row.unterminated = { start: open, end: open + 1 };
            q = n;
            break;
          }
          value += text.slice(q, next);
          if (text[next + 1] === '"') {
            value += '"';
            q = next + 2;
            continue;
          }
          q = next + 1;
          break;
        }
        if (/[\r\n]/.test(value) && !row.multiline) row.multiline = { start: open, end: open + 1 };
        field = { value, start: open + 1, end: Math.max(open + 1, q - 1), quoted: true };
        // Text after the closing quote up to the separator belongs to the field (lenient, as spreadsheets write it).
        let r = q;
        while (r < n && text[r] !== ',' && text[r] !== '\n' && text[r] !== '\r') r++;
        if (r > q) field.value += text.slice(q, r);
        p = r;
      } else {
        let r = p;
        while (r < n && text[r] !== ',' && text[r] !== '\n' && text[r] !== '\r') r++;
        field = { value: text.slice(p, r), start: p, end: r, quoted: false };
        p = r;
      }
      row.fields.push(field);
      if (text[p] === ',') {
        p++;
        continue;
      }
      break;
    }
    row.end = p;
    if (text[p] === '\r') p++;
    if (text[p] === '\n') p++;
    yield row;
  }
}

// The form of a rule's Url (protocol://host[:port][/path], no user name): what the host and port are is
// WHATWG URL's answer (so http://999.999.999.999/ or a port above 65535 is no Url), the host as hostOf reads it.
const URL_FORM = /^(https?):\/\/([^\s/?#@]+)(\/\S*)?$/i;
/** The host as written in a Url's host[:port]: a bracketed IPv6 address, or the text before a port. */
const WRITTEN_HOST = /^(\[[^\]]*\]|[^:]*)/;

function urlParts(url: string): { host: string; port: number; path: string } | undefined {
  const form = URL_FORM.exec(url);
  if (!form) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = hostOfUrl(parsed);
  if (!host || !sameHost(host, WRITTEN_HOST.exec(form[2])![1])) return undefined;
  const { port } = parsed;
  return { host, port: port ? Number(port) : form[1].toLowerCase() === 'https' ? 443 : 80, path: form[3] ?? '/' };
}

/**
 * Whether URL's host is the one the admin wrote. URL rewrites a host it can read another way (a
 * backslash ends it, percent escapes are decoded, full-width letters, soft hyphens and ideographic full
 * stops are mapped, 127.1 is 127.0.0.1): the rule would then be matched against a host nobody wrote.
 * Case, a trailing dot, an international name (kept in its ASCII form, as the jabber-config's hosts are
 * read) and the spelling of an IPv6 address change nothing; a host name must be one (63-character labels).
 */
function sameHost(host: string, written: string): boolean {
  if (host.startsWith('[')) return true;
  const w = written.toLowerCase().replace(/\.$/, '');
  return (host === w || domainToUnicode(host) === w) && isHostName(host);
}

export type AllowListFile = { rules: AllowListRule[]; problems: ArtifactProblem[] };

/** Reads an allow-list rules CSV. Never throws. */
export function readAllowListCsv(text: string): AllowListFile {
  return runSteps(readAllowListCsvInSteps(text));
}

/** Rows read a step: each Url is read by URL (a few microseconds), so a step takes a few milliseconds. */
const ROWS_PER_STEP = 500;

/** The same reading in steps, for the server (a file of MAX_RULES rules took 120 ms at once). */
export function* readAllowListCsvInSteps(text: string): Steps<AllowListFile> {
  const rules: AllowListRule[] = [];
  const problems: ArtifactProblem[] = [];
  if (text.length > MAX_ARTIFACT_SIZE) {
    problems.push({ code: 'allowlist-too-large', start: 0, end: 0, args: { size: String(text.length), limit: String(MAX_ARTIFACT_SIZE) } });
    return { rules, problems };
  }
  let header = true;
  let rows = 0;
  for (const row of rowsOf(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text)) {
    if (++rows % ROWS_PER_STEP === 0) yield;
    const range = { start: row.start, end: row.end };
    if (row.fields.length === 1 && !row.fields[0].value.trim() && !row.fields[0].quoted) continue;
    if (header) {
      header = false;
      const names = row.fields.map((f) => f.value.trim());
      // Compared without case: a header that differs only in case is not worth a finding.
      if (names.join(',').toLowerCase() !== ALLOW_LIST_COLUMNS.join(',').toLowerCase()) {
        problems.push({ code: 'allowlist-bad-header', start: row.start, end: row.end, args: { expected: ALLOW_LIST_COLUMNS.join(',') } });
        // A file that starts with a rule has no header: read that line as a rule too.
        if (!/^https?:\/\//i.test(names[0] ?? '')) continue;
      } else continue;
    }
    if (rules.length >= MAX_RULES) {
      problems.push({ code: 'allowlist-too-many-rules', start: row.start, end: row.start, args: { limit: String(MAX_RULES) } });
      break;
    }
    if (row.unterminated) {
      problems.push({ code: 'allowlist-unterminated-quote', ...row.unterminated });
      continue;
    }
    if (row.multiline) problems.push({ code: 'allowlist-multiline-field', ...row.multiline });
    if (row.fields.length > ALLOW_LIST_COLUMNS.length) {
      problems.push({
        code: 'allowlist-field-count',
        start: row.start,
        end: row.end,
        args: { count: String(row.fields.length), expected: String(ALLOW_LIST_COLUMNS.length) },
      });
    }
    const [urlF, depF, methF, matchF, descF] = row.fields;
    const url = urlF.value.trim();
    const lead = urlF.value.length - urlF.value.trimStart().length;
    const urlRange = { start: urlF.start + lead, end: urlF.start + lead + url.length };
    const rule: AllowListRule = {
      url,
      methods: [],
      range,
      urlRange,
      fieldRanges: row.fields.map((f) => ({ start: f.start, end: f.end })),
      methodRanges: [],
      fieldCount: row.fields.length,
    };
    if (depF?.value.trim()) rule.deployment = depF.value.trim();
    if (matchF?.value.trim()) rule.matchType = matchF.value.trim();
    if (descF?.value.trim()) rule.description = descF.value.trim();
    if (methF) {
      const re = /[^,\s]+/g;
      for (let m = re.exec(methF.value); m; m = re.exec(methF.value)) {
        rule.methods.push(m[0]);
        rule.methodRanges!.push({ start: methF.start + m.index, end: methF.start + m.index + m[0].length });
      }
    }
    if (!url) problems.push({ code: 'allowlist-missing-url', start: row.start, end: Math.max(row.start, urlF.end) });
    else {
      const parts = urlParts(url);
      if (!parts) problems.push({ code: 'allowlist-bad-url', ...urlRange, args: { url: url.slice(0, 200) } });
      else Object.assign(rule, parts);
    }
    rules.push(rule);
  }
  return { rules, problems };
}
