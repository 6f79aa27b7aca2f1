// Expressway `xConfiguration` text -> records with offsets. Two forms are read: the dump an Expressway
// prints (`*c xConfiguration <path>: "<value>"`) and the set command an admin types
// (`xConfiguration <path>: <value>`). Real pastes are untidy (TAC 212475 excerpts in
// ../shared/corpus/expressway/xconfiguration): several records on one physical line, a leading
// `Expressway-C`/`Expressway-E` label, trailing `<-- …` notes, `OK`, `** end`, prompts, empty values and
// CRLF. The reader is one left-to-right pass with indexOf (no backtracking regular expression over a
// line), so a 1 MB line or a 200 MB log costs linear time, and it stops with a "not read" problem past
// MAX_RECORDS. `{cipher}` values are marked secret so that nothing downstream ever shows them.
import type { ArtifactProblem, Span } from './artifact';
import { runSteps, type Steps } from '../core/steps';

export type ExpresswayBox = 'C' | 'E';

export interface XRecord {
  /** Path tokens joined by single spaces: `Zones Zone 6 TraversalClient SIP Port`. */
  path: string;
  pathStart: number;
  pathEnd: number;
  /** The value without its quotes ('' when empty). */
  value: string;
  valueStart: number;
  valueEnd: number;
  quoted: boolean;
  /** A `{cipher}…` value: never echoed. */
  secret: boolean;
  /** `dump` (`*c xConfiguration`) or `typed` (`xConfiguration … : value`). */
  form: 'dump' | 'typed';
  /** From the `*c` (or `xConfiguration`) to the end of the value. */
  start: number;
  end: number;
}

export interface XConfigurationFile {
  records: XRecord[];
  problems: ArtifactProblem[];
  /** The box the file describes, when the content says so (see inferBox). */
  box?: ExpresswayBox;
  /** Where the evidence for `box` is. */
  boxEvidence?: Span;
}

/** More records than any Expressway holds (a full X15 dump has a few thousand). */
export const MAX_RECORDS = 50_000;
/** Longer than any value the command reference allows (CPL text is the longest, 255 characters). */
export const MAX_VALUE_LENGTH = 4_096;
const MAX_PATH_LENGTH = 300;
const KEYWORD = 'xconfiguration';
/** The keyword in any case (a global expression, searched from `lastIndex`: no lower-cased copy of the text). */
const KEYWORD_ANY_CASE = /xconfiguration/gi;
/** Where an unquoted value ends: the next record or a `<--` note on its line, else the line break. */
const UNQUOTED_END = /\*c xconfiguration|<--|\n/gi;
/** What follows a plain dump record: the next one on the next line. */
const NEXT_DUMP_LINE = '\n*c xConfiguration';
const PATH_TOKENS = /^[A-Za-z0-9_-]+(?: [A-Za-z0-9_-]+)*$/;
/** One space, the path's tokens, `: "`, a value on one line and its closing quote (sticky: tried where a record starts). */
const DUMP_RECORD = / ([A-Za-z0-9_-]+(?: [A-Za-z0-9_-]+)*): "([^"\r\n]*)"/y;

/** Whether a text holds Expressway xConfiguration records (content sniffing; reads at most `limit` characters). */
export function looksLikeXConfiguration(text: string, limit = 65_536): boolean {
  const head = text.length > limit ? text.slice(0, limit) : text;
  // Endpoints (RoomOS) print the same `*c xConfiguration` grammar; key on Expressway-only paths.
  return /(^|[\s>])(\*c\s+)?xConfiguration\s+(Zones (Zone|Policy)|Alternates|CollaborationEdge|SIP Domain|EdgeConfigServer|IP DNS Hostname|Policy AdministratorPolicy)\b/i.test(
    head,
  );
}

export const readXConfiguration = (text: string): XConfigurationFile => runSteps(readXConfigurationInSteps(text));

/** Characters read per step (a few hundred records: well under a millisecond). */
const READ_STEP = 32_768;

/** readXConfiguration in steps (core/steps.ts): the server reads a large dump between requests. */
export function* readXConfigurationInSteps(text: string): Steps<XConfigurationFile> {
  const records: XRecord[] = [];
  const problems: ArtifactProblem[] = [];
  let at = 0;
  for (let pause = READ_STEP; at < text.length;) {
    if (at >= pause) {
      yield;
      pause = at + READ_STEP;
    }
    let k: number;
    if (text.startsWith(NEXT_DUMP_LINE, at)) k = at + 4;
    else {
      KEYWORD_ANY_CASE.lastIndex = at;
      const m = KEYWORD_ANY_CASE.exec(text);
      if (!m) break;
      k = m.index;
    }
    at = k + KEYWORD.length;
    const star = dumpPrefix(text, k);
    const form: XRecord['form'] = star >= 0 ? 'dump' : 'typed';
    // A typed command stands at the start of a line (after a prompt or a box label at most).
    if (form === 'typed' && !atLineStart(text, k)) continue;
    if (at >= text.length || (text[at] !== ' ' && text[at] !== '\t')) continue;
    // The common record, `*c xConfiguration <path>: "<value>"`, in one sticky match; anything else
    // (extra blanks, an unquoted or cut-off value, a long path or value) takes the general path below.
    if (star >= 0 && records.length < MAX_RECORDS) {
      DUMP_RECORD.lastIndex = at;
      const m = DUMP_RECORD.exec(text);
      if (m && m[1].length <= MAX_PATH_LENGTH && m[2].length <= MAX_VALUE_LENGTH) {
        const pathStart = at + 1;
        const pathEnd = pathStart + m[1].length;
        const valueStart = pathEnd + 3;
        const valueEnd = valueStart + m[2].length;
        records.push({
          path: m[1],
          pathStart,
          pathEnd,
          value: m[2],
          valueStart,
          valueEnd,
          quoted: true,
          secret: m[2].startsWith('{cipher}'),
          form: 'dump',
          start: star,
          end: valueEnd + 1,
        });
        at = valueEnd + 1;
        continue;
      }
    }
    const pathStart = skipBlanks(text, at);
    const colon = findColon(text, pathStart);
    if (colon < 0) continue;
    const rawPath = text.slice(pathStart, colon);
    const path = rawPath.trim();
    if (!PATH_TOKENS.test(path)) continue;
    if (records.length >= MAX_RECORDS) {
      problems.push({
        code: 'xconfiguration-not-read',
        start: star >= 0 ? star : k,
        end: Math.min(text.length, colon + 1),
        args: { max: String(MAX_RECORDS) },
      });
      break;
    }
    const pathEnd = pathStart + rawPath.trimEnd().length;
    let v = colon + 1;
    while (v < text.length && (text[v] === ' ' || text[v] === '\t')) v++;
    let valueStart: number;
    let valueEnd: number;
    let quoted = false;
    let next: number;
    if (text[v] === '"') {
      quoted = true;
      const eol = lineEnd(text, v);
      const close = text.indexOf('"', v + 1);
      valueStart = v + 1;
      if (close < 0 || close > eol) {
        // A value cut off by the end of the paste: keep what is there and say so.
        valueEnd = trimEndAt(text, valueStart, eol);
        problems.push({ code: 'xconfiguration-unterminated-value', start: v, end: Math.max(v + 1, valueEnd) });
        next = eol;
      } else {
        valueEnd = close;
        next = close + 1;
      }
    } else {
      const eol = lineEnd(text, v);
      // The value ends at the next record or note on its line. The search stops at the line's end: a
      // search for a note to the end of the text cost a pass over the rest of the file per unquoted value.
      UNQUOTED_END.lastIndex = v;
      const found = UNQUOTED_END.exec(text);
      const stop = found && found.index < eol ? found.index : eol;
      valueStart = v;
      valueEnd = trimEndAt(text, v, stop);
      next = stop;
    }
    if (valueEnd - valueStart > MAX_VALUE_LENGTH) {
      problems.push({ code: 'xconfiguration-value-too-long', start: pathStart, end: pathEnd, args: { path, max: String(MAX_VALUE_LENGTH) } });
      at = Math.max(at, next);
      continue;
    }
    const value = text.slice(valueStart, valueEnd);
    const secret = value.startsWith('{cipher}');
    const start = star >= 0 ? star : k;
    records.push({
      path,
      pathStart,
      pathEnd,
      value,
      valueStart,
      valueEnd,
      quoted,
      secret,
      form,
      start,
      end: quoted ? Math.min(text.length, valueEnd + 1) : valueEnd,
    });
    at = Math.max(at, next);
  }
  yield;
  return { records, problems, ...inferBox(text, records) };
}

/** The offset of `*c` right before the keyword (blanks allowed between), or -1. */
function dumpPrefix(text: string, k: number): number {
  let i = k - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 1 && (text[i] === 'c' || text[i] === 'C') && text[i - 1] === '*') return i - 1;
  return -1;
}

/** Only a prompt (`xcommand>`, `>`, `$`, `#`) or an `Expressway-C`/`-E` label may precede a typed command on its line. */
function atLineStart(text: string, k: number): boolean {
  // Looks back at most 80 characters (a prompt or a label), never to the start of a 1 MB line.
  const from = Math.max(0, k - 80);
  const window = text.slice(from, k);
  const nl = window.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const before = window.slice(nl + 1).trim();
  return before === '' || /^(Expressway-[CE]|[\w.-]*[>#$])$/i.test(before);
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** The colon ending a path: within MAX_PATH_LENGTH, on the same line, before any quote or `*`. */
function findColon(text: string, from: number): number {
  // Looks at most MAX_PATH_LENGTH characters ahead, so text full of the keyword and no colon stays linear.
  const window = text.slice(from, from + MAX_PATH_LENGTH + 1);
  const c = window.indexOf(':');
  return c < 0 || /[\r\n"*]/.test(window.slice(0, c)) ? -1 : from + c;
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const end = n < 0 ? text.length : n;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  return end;
}

/**
 * Which Expressway the file describes, from its content: a leading `Expressway-C`/`Expressway-E` label,
 * else a Unified Communications traversal zone (TraversalClient + Collaboration Edge On is C,
 * TraversalServer + Collaboration Edge On is E), else a traversal server zone (E) or only traversal
 * client zones (C), else a host name ending in the usual box token (`vcsc`, `expe01`, `exp-c`); a
 * host name that does not say gives no box.
 */
export function inferBox(text: string, records: XRecord[]): { box?: ExpresswayBox; boxEvidence?: Span } {
  const label = /(^|\n)[ \t]*Expressway-([CE])\b/.exec(text.length > 65_536 ? text.slice(0, 65_536) : text);
  if (label) {
    const start = label.index + label[1].length + label[0].slice(label[1].length).indexOf('Expressway');
    return { box: label[2] as ExpresswayBox, boxEvidence: { start, end: start + 12 } };
  }
  let ucClient: XRecord | undefined;
  let ucServer: XRecord | undefined;
  let server: XRecord | undefined;
  let client: XRecord | undefined;
  for (const r of records) {
    const m = /^Zones Zone \d+ (TraversalClient|TraversalServer) Collaboration Edge$/i.exec(r.path);
    if (m && r.value.trim().toLowerCase() === 'on') {
      if (m[1].toLowerCase() === 'traversalclient') ucClient ??= r;
      else ucServer ??= r;
    }
    if (/^Zones Zone \d+ Type$/i.test(r.path)) {
      const t = r.value.trim().toLowerCase();
      if (t === 'traversalserver') server ??= r;
      else if (t === 'traversalclient') client ??= r;
    } else {
      // An excerpt without the Type line still names the zone's side in every path.
      const side = /^Zones Zone \d+ (TraversalClient|TraversalServer) /i.exec(r.path)?.[1].toLowerCase();
      if (side === 'traversalserver') server ??= r;
      else if (side === 'traversalclient') client ??= r;
    }
  }
  const pick = (r: XRecord | undefined, box: ExpresswayBox) => (r ? { box, boxEvidence: { start: r.pathStart, end: r.valueEnd } } : undefined);
  if (ucServer && !ucClient) return pick(ucServer, 'E')!;
  if (ucClient && !ucServer) return pick(ucClient, 'C')!;
  if (server) return pick(server, 'E')!;
  if (client) return pick(client, 'C')!;
  // Last: a system host name that ends in the usual box token (vcsc, expe, exp-c01, expwye2 …).
  const host = records.find((r) => /^IP DNS Hostname$/i.test(r.path));
  const token = host && HOST_BOX.exec(host.value.trim());
  if (host && token) return { box: token[1].toUpperCase() as ExpresswayBox, boxEvidence: { start: host.pathStart, end: host.valueEnd } };
  return {};
}

/** A host name whose last label-part names the box: `vcsc`, `vcse01`, `expe`, `exp-c`, `expwy-e2`, `expressway-c1`. */
const HOST_BOX = /(?:^|[-_.])(?:vcs|exp|expwy|expressway)-?([ce])\d*$/i;
