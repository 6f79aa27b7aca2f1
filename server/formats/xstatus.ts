// Expressway status -> flat records with offsets, from either form: `xStatus` text as the CLI prints it
// (`*s SystemUnit Software Version: "X15.0.2"`, blocks ending with `*s/end`) or `/status.xml`
// (namespace http://www.tandberg.no/XML/CUIL/1.0, ../shared/corpus/expressway/status-xml). Both become
// the same `path: value` records, so one mapping serves both. What the status adds to xConfiguration
// and feeds to the deployment model: the software version (`SystemUnit Software Version`).
//
// Not fed to any rule, because no public example confirms the names (searched 2026-12: Cisco's pages
// and the public code index hold no xStatus or status.xml output with these lists filled; the only
// real status.xml, X8.11.3 with MRA off, has them empty):
//   - the servers Expressway-C discovered: the containers `CollaborationEdge CUCMs`, `CUPs`, `UCxNs`
//     (and `CMSs`) are confirmed, the element of one server inside them and its fields (address,
//     state) are not;
//   - the HTTP allow list: `CollaborationEdge HTTPAllowListAuto` and `HTTPAllowListManual` are
//     confirmed, and in the manual list only `DefaultMethods Method n`; the element of one rule and
//     its fields (URL, match type, methods) are not;
//   - `CollaborationEdge Domains`: confirmed empty, its items unknown;
//   - the xStatus text form of all of these (`*s CollaborationEdge …`): no sample at all.
// Every element is still read as a record (hover shows its path), so once a sample confirms the
// names, a mapping in schemas/ can feed the allow-list and server rules without touching this reader.
import type { ArtifactProblem } from './artifact';
import { runSteps, type Steps } from '../core/steps';
import { parseXmlInSteps, xmlErrorText, type XmlElement } from './xml';

export interface StatusRecord {
  /** Element names joined by spaces, list items numbered: `CollaborationEdge CUCMs CUCM 2 Address`. */
  path: string;
  value: string;
  pathStart: number;
  pathEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface StatusFile {
  syntax: 'text' | 'xml';
  records: StatusRecord[];
  problems: ArtifactProblem[];
  /** `product`/`version` attributes of <Status>, or the SystemUnit software version. */
  version?: StatusRecord;
}

export const MAX_STATUS_RECORDS = 100_000;
const STATUS_NS = 'http://www.tandberg.no/XML/CUIL/1.0';

/** Whether a text is Expressway status output (content sniffing; reads at most `limit` characters). */
export function looksLikeXStatus(text: string, limit = 65_536): boolean {
  const head = text.length > limit ? text.slice(0, limit) : text;
  return head.includes(STATUS_NS) || /(^|\n)\s*\*s (SystemUnit|CollaborationEdge|Zones|Alternates) /.test(head);
}

export const readXStatus = (text: string): StatusFile => runSteps(readXStatusInSteps(text));

/** The same read in steps: a status file of many megabytes never holds the event loop (the server runs them between requests). */
export function* readXStatusInSteps(text: string): Steps<StatusFile> {
  const syntax =
    /^\s*(<!--[\s\S]*?-->\s*)?(<\?xml[\s\S]*?\?>\s*)?<Status\b/.test(text.slice(0, 4096)) || text.slice(0, 4096).includes(STATUS_NS) ? 'xml' : 'text';
  const file = yield* syntax === 'xml' ? readXml(text) : readText(text);
  file.version = file.records.find((r) => /^SystemUnit Software Version$/i.test(r.path));
  return file;
}

/** Records (or elements) read between two steps. */
const PER_STEP = 2048;

function* readText(text: string): Steps<StatusFile> {
  const records: StatusRecord[] = [];
  const problems: ArtifactProblem[] = [];
  // The path class excludes the colon and quotes, so a long line is scanned once.
  const re = /\*s ([^:"\r\n]{1,300}):[ \t]*(?:"([^"\r\n]*)"|([^\r\n]*))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (records.length % PER_STEP === 0) yield;
    if (records.length >= MAX_STATUS_RECORDS) {
      problems.push({ code: 'xstatus-not-read', start: m.index, end: m.index + 2, args: { max: String(MAX_STATUS_RECORDS) } });
      break;
    }
    const pathStart = m.index + 3;
    const path = m[1].trim().replace(/\s+/g, ' ');
    const quoted = m[2] !== undefined;
    const raw = quoted ? m[2] : m[3].trimEnd();
    const valueStart = quoted ? m.index + m[0].length - raw.length - 1 : m.index + m[0].length - m[3].length;
    records.push({ path, value: raw, pathStart, pathEnd: pathStart + m[1].trimEnd().length, valueStart, valueEnd: valueStart + raw.length });
  }
  return { syntax: 'text', records, problems };
}

function* readXml(text: string): Steps<StatusFile> {
  const doc = yield* parseXmlInSteps(text);
  const records: StatusRecord[] = [];
  const problems: ArtifactProblem[] = doc.errors.slice(0, 20).map((e) => ({ code: 'xstatus-xml-syntax', start: e.start, end: e.end, detail: xmlErrorText(e) }));
  const root = doc.roots.find((r) => r.name === 'Status') ?? doc.roots[0];
  if (!root) return { syntax: 'xml', records, problems };
  // Iterative walk: nesting depth is driven by the document, so no recursion.
  const stack: { el: XmlElement; path: string }[] = [];
  /** Pushes the element's children with their paths, the siblings of each name counted once (counted per child, 200 000 siblings never finished). */
  function* push(parent: XmlElement, prefix: string): Steps<void> {
    const count = new Map<string, number>();
    for (const c of parent.children) count.set(c.name, (count.get(c.name) ?? 0) + 1);
    for (let i = parent.children.length; i--;) {
      if (i % PER_STEP === 0) yield;
      const el = parent.children[i];
      const item = el.attributes.find((a) => a.name === 'item')?.value;
      // `CUCM` or `CUCM 2` (the item number of list entries, as xStatus text writes them).
      stack.push({ el, path: prefix + (item && (count.get(el.name)! > 1 || item !== '1') ? `${el.name} ${item}` : el.name) });
    }
  }
  yield* push(root, '');
  while (stack.length) {
    const { el, path } = stack.pop()!;
    if (stack.length % PER_STEP === 0) yield;
    if (records.length >= MAX_STATUS_RECORDS) {
      problems.push({ code: 'xstatus-not-read', start: el.start, end: el.nameEnd, args: { max: String(MAX_STATUS_RECORDS) } });
      break;
    }
    if (!el.children.length) {
      if (el.textStart === undefined) continue;
      records.push({
        path,
        value: el.text.trim(),
        pathStart: el.nameStart,
        pathEnd: el.nameEnd,
        valueStart: el.textStart,
        valueEnd: el.textEnd ?? el.textStart,
      });
      continue;
    }
    yield* push(el, `${path} `);
  }
  return { syntax: 'xml', records, problems };
}
