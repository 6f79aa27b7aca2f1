// DNS as admins hold it: Windows `nslookup` transcripts, `dig` output, and BIND zone files (or
// zone-like lists such as "name srv prio weight port target."). Only the records the guides
// speak about are kept (SRV, A, AAAA, CNAME), each with the offsets of its line, target and port,
// so a rule can point at the exact token. A line-based reader rather than a zone-file library: the
// npm zone parsers return no positions (see the reference notes, section 7).
import { runSteps, type Steps } from '../core/steps';
import { MAX_ARTIFACT_SIZE, type ArtifactProblem, type Span } from './artifact';

export interface DnsRecord {
  name: string;
  type: 'SRV' | 'A' | 'AAAA' | 'CNAME';
  target?: string;
  port?: number;
  priority?: number;
  weight?: number;
  address?: string;
  range: Span;
  targetRange?: Span;
  portRange?: Span;
  /** Optional extras. */
  nameRange?: Span;
  ttl?: number;
}

export interface DnsFile {
  syntax: 'nslookup' | 'dig' | 'zone';
  records: DnsRecord[];
  problems: ArtifactProblem[];
}

/** Records kept per file. */
export const MAX_RECORDS = 50_000;

interface Line {
  text: string;
  start: number;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text[end - 1] === '\r' ? end - 1 : end;
    yield { text: text.slice(start, stop), start };
    start = end + 1;
  }
}

const stripDot = (s: string) => (s.length > 1 && s.endsWith('.') ? s.slice(0, -1) : s);

/** Which of the three forms a text is in, from its content. */
export function dnsSyntaxOf(text: string): DnsFile['syntax'] {
  const head = text.slice(0, 200_000);
  if (/;\s*<<>>\s*DiG|^;;\s*(ANSWER|QUESTION) SECTION/im.test(head)) return 'dig';
  if (/SRV service location:|\binternet address\s*=|\bcanonical name\s*=|^\s*(Server|Name):\s+\S/im.test(head)) return 'nslookup';
  return 'zone';
}

/** Reads a DNS lookup transcript or zone file. Never throws. */
export function readDnsFile(text: string): DnsFile {
  return runSteps(readDnsFileInSteps(text));
}

/** Lines read per step: well under a millisecond (20 000 records read at once held the event loop 130 ms). */
const LINES_PER_STEP = 256;

/** readDnsFile in steps, for the server (FormatService.parseInSteps); with `max`, the first records only (a deployment's share). */
export function* readDnsFileInSteps(text: string, max = MAX_RECORDS): Steps<DnsFile> {
  if (text.length > MAX_ARTIFACT_SIZE) {
    return {
      syntax: 'zone',
      records: [],
      problems: [{ code: 'dns-too-large', start: 0, end: 0, args: { size: String(text.length), limit: String(MAX_ARTIFACT_SIZE) } }],
    };
  }
  const syntax = dnsSyntaxOf(text);
  const out: DnsFile = { syntax, records: [], problems: [] };
  if (syntax === 'nslookup') yield* readNslookup(text, out, max);
  else yield* readZone(text, out, syntax === 'dig', max);
  if (out.records.length >= max) out.problems.push({ code: 'dns-too-many-records', start: 0, end: 0, args: { limit: String(max) } });
  return out;
}

const SRV_FIELD = /^(\s*)(priority|weight|port|svr hostname)(\s*=\s*)(\S+)\s*$/i;

function* readNslookup(text: string, out: DnsFile, max: number): Steps<void> {
  let srv: (DnsRecord & { seen: Set<string> }) | undefined;
  let afterServer = false;
  let answerName: { name: string; range: Span } | undefined;
  // Windows lists further addresses and aliases on indented lines below "Addresses:" / "Aliases:".
  let continuing: 'addresses' | 'aliases' | undefined;
  const finish = () => {
    if (!srv) return;
    const missing = ['priority', 'weight', 'port', 'svr hostname'].filter((f) => !srv!.seen.has(f));
    if (missing.length)
      out.problems.push({ code: 'dns-srv-incomplete', start: srv.range.start, end: srv.range.end, args: { name: srv.name, missing: missing.join(', ') } });
    const { seen: _seen, ...record } = srv;
    push(out, record);
    srv = undefined;
  };
  let n = 0;
  for (const line of linesOf(text)) {
    if (out.records.length >= max) break;
    if (++n % LINES_PER_STEP === 0) yield;
    const t = line.text;
    const field = srv && SRV_FIELD.exec(t);
    if (srv && field) {
      const name = field[2].toLowerCase();
      const at = line.start + field[1].length + field[2].length + field[3].length;
      const span = { start: at, end: at + field[4].length };
      srv.seen.add(name);
      srv.range.end = span.end;
      if (name === 'svr hostname') {
        srv.target = stripDot(field[4]);
        srv.targetRange = span;
      } else {
        const n = numberOf(field[4]);
        if (n === undefined)
          out.problems.push({ code: 'dns-bad-number', start: span.start, end: span.end, args: { field: name, value: field[4].slice(0, 40) } });
        else if (name === 'port') {
          srv.port = n;
          srv.portRange = span;
        } else if (name === 'priority') srv.priority = n;
        else srv.weight = n;
      }
      continue;
    }
    finish();
    const more = continuing && answerName && /^(\s+)(\S+)\s*$/.exec(t);
    if (more && answerName) {
      const at = line.start + more[1].length;
      addAnswer(out, continuing!, answerName, more[2], at, line.start + t.length);
      continue;
    }
    continuing = undefined;
    const m = /^(\s*)(\S+)(\s+)SRV service location:\s*$/i.exec(t);
    if (m) {
      const start = line.start + m[1].length;
      srv = {
        name: stripDot(m[2]),
        type: 'SRV',
        range: { start, end: line.start + t.length },
        nameRange: { start, end: start + m[2].length },
        seen: new Set(),
      };
      continue;
    }
    const a = /^(\s*)(\S+)\s+(internet address|AAAA IPv6 address)\s*=\s*(\S+)\s*$/i.exec(t);
    if (a) {
      const start = line.start + a[1].length;
      const addrAt = line.start + t.lastIndexOf(a[4]);
      push(out, {
        name: stripDot(a[2]),
        type: /AAAA/i.test(a[3]) ? 'AAAA' : 'A',
        address: a[4],
        range: { start, end: line.start + t.length },
        nameRange: { start, end: start + a[2].length },
        targetRange: { start: addrAt, end: addrAt + a[4].length },
      });
      continue;
    }
    const c = /^(\s*)(\S+)\s+canonical name\s*=\s*(\S+)\s*$/i.exec(t);
    if (c) {
      const start = line.start + c[1].length;
      const targetAt = line.start + t.lastIndexOf(c[3]);
      push(out, {
        name: stripDot(c[2]),
        type: 'CNAME',
        target: stripDot(c[3]),
        range: { start, end: line.start + t.length },
        nameRange: { start, end: start + c[2].length },
        targetRange: { start: targetAt, end: targetAt + c[3].length },
      });
      continue;
    }
    // "Name: host" then "Address(es): a, b" in a non-authoritative answer; the Address after "Server:" is the DNS server's own.
    const kv = /^(\s*)(Server|Name|Address|Addresses|Aliases):(\s*)(.*?)\s*$/i.exec(t);
    if (kv) {
      const key = kv[2].toLowerCase();
      const valueAt = line.start + kv[1].length + kv[2].length + 1 + kv[3].length;
      if (key === 'server') {
        afterServer = true;
        answerName = undefined;
      } else if (key === 'name') {
        answerName = { name: stripDot(kv[4]), range: { start: line.start + kv[1].length, end: line.start + t.length } };
        afterServer = false;
      } else if ((key === 'address' || key === 'addresses' || key === 'aliases') && !afterServer && answerName) {
        const kind = key === 'aliases' ? 'aliases' : 'addresses';
        let p = valueAt;
        for (const value of kv[4].split(/[\s,]+/)) {
          if (!value) continue;
          const at = text.indexOf(value, p);
          p = at + value.length;
          addAnswer(out, kind, answerName, value, at, line.start + t.length);
        }
        continuing = kind;
      } else if (key === 'address') afterServer = false;
      continue;
    }
  }
  finish();
}

function addAnswer(out: DnsFile, kind: 'addresses' | 'aliases', answer: { name: string; range: Span }, value: string, at: number, lineEnd: number): void {
  const valueRange = { start: at, end: at + value.length };
  // "Aliases: x" says x is a CNAME of the answer's name.
  if (kind === 'aliases') push(out, { name: stripDot(value), type: 'CNAME', target: answer.name, range: valueRange, nameRange: valueRange });
  else
    push(out, {
      name: answer.name,
      type: value.includes(':') ? 'AAAA' : 'A',
      address: value,
      range: { start: answer.range.start, end: lineEnd },
      nameRange: answer.range,
      targetRange: valueRange,
    });
}

function numberOf(s: string): number | undefined {
  if (!/^\d{1,5}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

function push(out: DnsFile, r: DnsRecord): void {
  if (out.records.length < MAX_RECORDS) out.records.push(r);
}

const CLASSES = new Set(['IN', 'CH', 'HS', 'CS']);
const KEPT = new Set(['SRV', 'A', 'AAAA', 'CNAME']);
const OTHER_TYPES = new Set([
  'NS',
  'MX',
  'TXT',
  'SOA',
  'PTR',
  'CAA',
  'HINFO',
  'SPF',
  'DS',
  'DNSKEY',
  'RRSIG',
  'NSEC',
  'NSEC3',
  'TLSA',
  'SSHFP',
  'NAPTR',
  'DNAME',
  'HTTPS',
  'SVCB',
]);

const MAX_TOKENS = 64;

interface Token {
  text: string;
  start: number;
}

function tokens(line: Line): Token[] {
  const out: Token[] = [];
  const re = /"(?:[^"\\]|\\.)*"|[^\s;"()]+|;|[()]/g;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    // A record line has a handful of tokens; a line of thousands is no record, and is not split further.
    if (m[0] === ';' || out.length >= MAX_TOKENS) break;
    out.push({ text: m[0], start: line.start + m.index });
  }
  return out;
}

function* readZone(text: string, out: DnsFile, dig: boolean, max: number): Steps<void> {
  let origin = '';
  let previousName = '';
  let inParens = false;
  let n = 0;
  for (const line of linesOf(text)) {
    if (out.records.length >= max) break;
    if (++n % LINES_PER_STEP === 0) yield;
    const toks = tokens(line);
    if (inParens) {
      if (toks.some((t) => t.text === ')')) inParens = false;
      continue;
    }
    if (!toks.length) continue;
    if (toks.some((t) => t.text === '(') && !toks.some((t) => t.text === ')')) inParens = true;
    const first = toks[0];
    if (first.text.toUpperCase() === '$ORIGIN') {
      origin = stripDot(toks[1]?.text ?? '');
      continue;
    }
    if (first.text.startsWith('$')) continue;
    const startsBlank = /^\s/.test(line.text);
    let i = 0;
    let name: Token | undefined;
    if (!startsBlank) name = toks[i++];
    // [TTL] [class] TYPE, or [class] [TTL] TYPE.
    let ttl: number | undefined;
    for (let k = 0; k < 2 && i < toks.length; k++) {
      const up = toks[i].text.toUpperCase();
      if (/^\d+$/.test(up)) {
        ttl = Number(up);
        i++;
      } else if (CLASSES.has(up)) i++;
    }
    const typeTok = toks[i++];
    const type = typeTok?.text.toUpperCase();
    // A type UC Config does not list is still a type when written as RFC 3597 and zone files write them: upper case.
    const isType = !!type && (KEPT.has(type) || OTHER_TYPES.has(type) || /^[A-Z][A-Z0-9]{1,9}$/.test(typeTok.text));
    if (!isType) {
      // Not a record line: in dig output, the header and statistics; in a zone, report what is not understood.
      if (!dig && !startsBlank && toks.length >= 3)
        out.problems.push({
          code: 'dns-bad-record',
          start: first.start,
          end: toks[toks.length - 1].start + toks[toks.length - 1].text.length,
          args: { line: line.text.trim().slice(0, 80) },
        });
      continue;
    }
    const fullName = name ? absolute(name.text, origin) : previousName;
    if (name) previousName = fullName;
    if (!KEPT.has(type)) continue;
    const rdata = toks.slice(i);
    const last = rdata[rdata.length - 1] ?? typeTok;
    const range = { start: (name ?? first).start, end: last.start + last.text.length };
    const base = {
      name: fullName,
      type: type as DnsRecord['type'],
      range,
      ...(name ? { nameRange: { start: name.start, end: name.start + name.text.length } } : {}),
      ...(ttl !== undefined ? { ttl } : {}),
    };
    if (type === 'SRV') {
      if (rdata.length !== 4) {
        out.problems.push({ code: 'dns-bad-record', start: range.start, end: range.end, args: { line: line.text.trim().slice(0, 80) } });
        continue;
      }
      const [prio, weight, port, target] = rdata;
      const nums = [prio, weight, port].map((t) => numberOf(t.text));
      const bad = [prio, weight, port].findIndex((_t, k) => nums[k] === undefined);
      if (bad >= 0) {
        const t = [prio, weight, port][bad];
        out.problems.push({
          code: 'dns-bad-number',
          start: t.start,
          end: t.start + t.text.length,
          args: { field: ['priority', 'weight', 'port'][bad], value: t.text.slice(0, 40) },
        });
        continue;
      }
      push(out, {
        ...base,
        priority: nums[0],
        weight: nums[1],
        port: nums[2],
        portRange: { start: port.start, end: port.start + port.text.length },
        target: absolute(target.text, origin),
        targetRange: { start: target.start, end: target.start + target.text.length },
      });
    } else {
      const v = rdata[0];
      if (!v || rdata.length !== 1) {
        out.problems.push({ code: 'dns-bad-record', start: range.start, end: range.end, args: { line: line.text.trim().slice(0, 80) } });
        continue;
      }
      const targetRange = { start: v.start, end: v.start + v.text.length };
      if (type === 'CNAME') push(out, { ...base, target: absolute(v.text, origin), targetRange });
      else push(out, { ...base, address: v.text, targetRange });
    }
  }
}

/** A zone name made absolute against $ORIGIN (without the trailing dot). */
function absolute(name: string, origin: string): string {
  if (name === '@') return origin;
  if (name.endsWith('.')) return stripDot(name);
  return origin ? `${name}.${origin}` : name;
}
