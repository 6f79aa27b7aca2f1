// One deployment's artifacts -> the SettingsNode tree the settings rules run on (the shape of the
// settings YAML: expressway.expresswayC.zones[0].sip.port …). Every node carries the range of the text
// it was read from and the uri of that file, so a finding lands on the artifact's own line and the other
// file involved becomes related information. The mapping from CLI paths to model paths and UI values is
// data (schemas/xconfiguration-map.json); this file only assembles the tree.
import { fill, type XConfigurationMap, type XMapEntry, type XMapMatch } from '../catalog/xconfigurationMap';
import type { PathSegment, SettingsNode } from './settings';
import type { ExpresswayBox, XConfigurationFile } from './xconfiguration';
import type { StatusFile } from './xstatus';
import type { CertificateFile, CertificateInfo } from './certificate';
import type { DnsFile } from './dns';

/** Where a model value came from: for hover, messages in the artifact's own words, and the YAML export. */
export interface NodeOrigin {
  uri: string;
  /** The CLI path as the file writes it: `Zones Zone 6 TraversalClient SIP Port`. */
  cliPath: string;
  /** The value as the file writes it (never set for secrets). */
  cliValue?: string;
  entry?: XMapEntry;
  form?: 'dump' | 'typed';
}

export interface ArtifactInput {
  uri: string;
  kind: 'xconfiguration' | 'xstatus' | 'certificate' | 'dns';
  xconfiguration?: XConfigurationFile;
  status?: StatusFile;
  certificates?: CertificateFile;
  dns?: DnsFile;
  /** The box this file describes (inferred from content; undefined when the content does not say). */
  box?: ExpresswayBox;
}

export interface DeploymentModel {
  root: SettingsNode;
  origins: WeakMap<SettingsNode, NodeOrigin>;
  /** The box each artifact was matched to (a certificate file: the box its server certificate names). */
  boxes: Map<string, ExpresswayBox | undefined>;
  /** Each certificate or CSR matched to a box by its names, with the name that matched. */
  certificateMatches: { uri: string; item: CertificateInfo; box: ExpresswayBox; name: string }[];
}

interface Draft {
  kind: 'object' | 'array' | 'scalar';
  props?: Map<string, Draft>;
  items?: Map<number, Draft>;
  value?: string | number | boolean | null;
  raw?: string;
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  uri: string;
  origin?: NodeOrigin;
}

/** On/Yes/True are on, Off/No/False are off (the values xConfiguration and xStatus write). */
function onOff(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  return s === 'on' || s === 'yes' || s === 'true' ? true : s === 'off' || s === 'no' || s === 'false' ? false : undefined;
}

const BOX_KEY: Record<ExpresswayBox, string> = { C: 'expresswayC', E: 'expresswayE' };

/** Each entry's CLI value -> UI value table, lower-cased once. */
const valueTables = new WeakMap<XMapEntry, Map<string, string>>();

/** Each entry's model path cut into segments once; `{name}` placeholders are filled per record. */
type Segment = string | { index?: number } | { indexVar: string };
const segmentTemplates = new WeakMap<XMapEntry, { absolute: boolean; segs: Segment[]; templated: boolean }>();

function templateOf(entry: XMapEntry): { absolute: boolean; segs: Segment[]; templated: boolean } {
  let t = segmentTemplates.get(entry);
  if (!t) {
    const model = entry.model!;
    const absolute = model.startsWith('$.');
    const segs: Segment[] = [];
    for (const part of (absolute ? model.slice(2) : model).split('.')) {
      const m = /^([^[]+)(?:\[([^\]]*)\])?$/.exec(part);
      if (!m) continue;
      segs.push(m[1]);
      if (m[2] === undefined) continue;
      const v = /^\{(\w+)\}$/.exec(m[2]);
      segs.push(m[2] === '' ? {} : v ? { indexVar: v[1] } : { index: Number(m[2]) });
    }
    segmentTemplates.set(entry, (t = { absolute, segs, templated: segs.some((x) => typeof x === 'string' && x.includes('{')) }));
  }
  return t;
}

/**
 * Each map match's model path, filled once: the map keeps one (frozen) match per exact CLI path, so a
 * path read again (the next version of a dump, another deployment's zone 4) is not filled again.
 */
const instances = new WeakMap<XMapMatch, { absolute: boolean; segs: (string | { index?: number })[] }>();

function instanceOf(hit: XMapMatch): { absolute: boolean; segs: (string | { index?: number })[] } {
  let i = instances.get(hit);
  if (!i) instances.set(hit, (i = instantiate(hit.entry, hit.vars)));
  return i;
}

function instantiate(entry: XMapEntry, vars: Record<string, string>): { absolute: boolean; segs: (string | { index?: number })[] } {
  const t = templateOf(entry);
  const segs = t.segs.map((x) =>
    typeof x === 'string' ? (t.templated && x.includes('{') ? fill(x, vars) : x) : 'indexVar' in x ? { index: Number(vars[x.indexVar]) } : x,
  );
  return { absolute: t.absolute, segs };
}

/** The CLI patterns the map's `appliesWhen` conditions name, per map. */
const conditionCliSets = new WeakMap<XConfigurationMap, Set<string>>();

function conditionClis(map: XConfigurationMap): Set<string> {
  let set = conditionCliSets.get(map);
  if (!set) conditionCliSets.set(map, (set = new Set(map.entries.flatMap((e) => (e.appliesWhen ? [e.appliesWhen.cli] : [])))));
  return set;
}

function convert(entry: XMapEntry, raw: string): string | number | boolean | null {
  const v = raw.trim();
  if (v === '') return null;
  if (entry.values) {
    let table = valueTables.get(entry);
    if (!table) valueTables.set(entry, (table = new Map(Object.entries(entry.values).map(([cli, ui]) => [cli.toLowerCase(), ui]))));
    const hit = table.get(v.toLowerCase());
    if (hit !== undefined) return hit;
  }
  if (entry.type === 'integer' && /^\d+$/.test(v)) return Number(v);
  if (entry.type === 'boolean') return onOff(v) ?? v;
  if (entry.type === 'onOff') {
    const b = onOff(v);
    return b === undefined ? v : b ? 'On' : 'Off';
  }
  return v;
}

export function buildDeploymentModel(inputs: ArtifactInput[], map: XConfigurationMap): DeploymentModel {
  const root: Draft = { kind: 'object', props: new Map(), start: 0, end: 0, uri: '' };
  const boxes = new Map<string, ExpresswayBox | undefined>();
  // The next free index of each array this builds (its largest key + 1), kept as items are added: taken
  // from the keys on every append it was quadratic (2 × 4 000 DNS records held the event loop a second).
  const nextIndex = new WeakMap<Draft, number>();
  const put = (base: Draft, segs: (string | { index?: number })[], leaf: Draft) => {
    let node = base;
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      const last = i === segs.length - 1;
      const nextIsIndex = !last && typeof segs[i + 1] !== 'string';
      if (typeof s === 'string') {
        if (node.kind !== 'object') return;
        let c = node.props!.get(s);
        if (!c) {
          c = last
            ? leaf
            : {
                kind: nextIsIndex ? 'array' : 'object',
                ...(nextIsIndex ? { items: new Map() } : { props: new Map() }),
                start: leaf.start,
                end: leaf.end,
                keyStart: leaf.keyStart,
                keyEnd: leaf.keyEnd,
                uri: leaf.uri,
              };
          node.props!.set(s, c);
        } else if (last) return; // the first file to say it wins (C's dump before the status, say)
        node = c;
      } else {
        if (node.kind !== 'array') return;
        const index = s.index ?? nextIndex.get(node) ?? 0;
        let c = node.items!.get(index);
        if (!c) {
          c = last ? leaf : { kind: 'object', props: new Map(), start: leaf.start, end: leaf.end, keyStart: leaf.keyStart, keyEnd: leaf.keyEnd, uri: leaf.uri };
          node.items!.set(index, c);
          nextIndex.set(node, Math.max(nextIndex.get(node) ?? 0, index + 1));
        } else if (last) return;
        node = c;
      }
    }
  };
  const conditions = conditionClis(map);
  for (const input of inputs) {
    boxes.set(input.uri, input.box);
    if (input.kind === 'xconfiguration' && input.xconfiguration) {
      // Values that apply only when the file holds other records too (a cluster name, when peers are
      // listed): the values of those records are gathered as the file is read, and the leaves wait.
      const conditionValues = new Map<string, Set<string>>();
      const waiting: { entry: XMapEntry; segs: (string | { index?: number })[]; leaf: Draft }[] = [];
      for (const r of input.xconfiguration.records) {
        const hit = map.match(r.path);
        if (hit && conditions.has(hit.entry.cli) && r.value.trim()) {
          let values = conditionValues.get(hit.entry.cli);
          if (!values) conditionValues.set(hit.entry.cli, (values = new Set()));
          values.add(r.value.trim().toLowerCase());
        }
        if (!hit || !hit.entry.model || r.secret || hit.entry.secret) continue;
        const { absolute, segs: modelSegs } = instanceOf(hit);
        if (!absolute && !input.box) continue; // which box it describes is unknown: no rule may assume it
        const leaf: Draft = {
          kind: 'scalar',
          value: convert(hit.entry, r.value),
          raw: r.value,
          start: r.valueStart,
          end: r.valueEnd,
          keyStart: r.pathStart,
          keyEnd: r.pathEnd,
          uri: input.uri,
          origin: { uri: input.uri, cliPath: r.path, cliValue: r.value, entry: hit.entry, form: r.form },
        };
        const segs = absolute ? modelSegs : ['expressway', BOX_KEY[input.box!], ...modelSegs];
        if (hit.entry.appliesWhen) waiting.push({ entry: hit.entry, segs, leaf });
        else put(root, segs, leaf);
      }
      for (const w of waiting) {
        const when = w.entry.appliesWhen!;
        if ((conditionValues.get(when.cli)?.size ?? 0) >= when.distinctValues) put(root, w.segs, w.leaf);
      }
    }
    if (input.kind === 'xstatus' && input.status?.version) {
      const v = input.status.version;
      put(root, ['expressway', 'version'], {
        kind: 'scalar',
        value: v.value,
        raw: v.value,
        start: v.valueStart,
        end: v.valueEnd,
        keyStart: v.pathStart,
        keyEnd: v.pathEnd,
        uri: input.uri,
        origin: { uri: input.uri, cliPath: v.path, cliValue: v.value },
      });
    }
  }
  for (const input of inputs) if (input.kind === 'dns' && input.dns) dnsRecords(root, input.uri, input.dns, put);
  deriveZoneTypes(root, map);
  const certificateMatches = matchCertificates(root, inputs, boxes, put);
  const origins = new WeakMap<SettingsNode, NodeOrigin>();
  return { root: toNode(root, [], undefined, origins), origins, boxes, certificateMatches };
}

/** "Unified Communications traversal" is TraversalClient/TraversalServer + Collaboration Edge On (zoneTypes in the map). */
function deriveZoneTypes(root: Draft, map: XConfigurationMap): void {
  const exp = root.props!.get('expressway');
  for (const box of ['expresswayC', 'expresswayE']) {
    const zones = exp?.props?.get(box)?.props?.get('zones');
    for (const zone of zones?.items?.values() ?? []) {
      const type = zone.props?.get('type');
      if (!type || type.raw === undefined) continue;
      const edge = zone.props?.get('collaborationEdge')?.value;
      const row = map.zoneTypes.find((z) => z.type.toLowerCase() === type.raw!.trim().toLowerCase() && (!z.collaborationEdge || z.collaborationEdge === edge));
      if (row) type.value = row.model;
    }
  }
}

function toNode(d: Draft, path: PathSegment[], parent: SettingsNode | undefined, origins: WeakMap<SettingsNode, NodeOrigin>): SettingsNode {
  const node: SettingsNode = { kind: d.kind, start: d.start, end: d.end, path, parent, ...(d.uri ? { uri: d.uri } : {}) };
  if (d.keyStart !== undefined) {
    node.keyStart = d.keyStart;
    node.keyEnd = d.keyEnd;
  }
  if (d.kind === 'scalar') node.value = d.value ?? null;
  if (d.kind === 'object') {
    node.properties = [];
    for (const [key, c] of d.props!) {
      const n = toNode(c, [...path, key], node, origins);
      n.key = key;
      node.properties.push(n);
    }
  }
  if (d.kind === 'array') {
    node.items = [];
    [...d.items!.entries()].sort((a, b) => a[0] - b[0]).forEach(([, c], i) => node.items!.push(toNode(c, [...path, i], node, origins)));
  }
  if (d.origin) origins.set(node, d.origin);
  return node;
}

type Put = (base: Draft, segs: (string | { index?: number })[], leaf: Draft) => void;

function scalarOf(d: Draft | undefined): string | undefined {
  return d?.kind === 'scalar' && typeof d.value === 'string' && d.value ? d.value.trim().toLowerCase() : undefined;
}

/**
 * The names each box answers to, from the dumps: its own FQDN (host name + domain) and cluster name,
 * and for Expressway-E also the addresses Expressway-C's traversal zones point at. The TLS verify
 * subject name is deliberately not used: checking it against the certificate is the point.
 */
function identities(root: Draft): Record<ExpresswayBox, Set<string>> {
  const out: Record<ExpresswayBox, Set<string>> = { C: new Set(), E: new Set() };
  const exp = root.props!.get('expressway');
  for (const box of ['C', 'E'] as const) {
    const b = exp?.props?.get(BOX_KEY[box]);
    const system = b?.props?.get('system');
    const host = scalarOf(system?.props?.get('hostName'));
    const domain = scalarOf(system?.props?.get('domainName'));
    if (host && domain) out[box].add(host.includes('.') ? host : `${host}.${domain}`);
    const cluster = scalarOf(b?.props?.get('clusterName'));
    if (cluster) out[box].add(cluster);
  }
  for (const zone of exp?.props?.get('expresswayC')?.props?.get('zones')?.items?.values() ?? []) {
    for (const [key, v] of zone.props?.get('location')?.props ?? []) if (/^peer\d+Address$/.test(key) && scalarOf(v)) out.E.add(scalarOf(v)!);
  }
  return out;
}

/** Matches server certificates (and CSRs) to Expressway-C or -E by the names they carry, never by file name. */
function matchCertificates(
  root: Draft,
  inputs: ArtifactInput[],
  boxes: Map<string, ExpresswayBox | undefined>,
  put: Put,
): DeploymentModel['certificateMatches'] {
  const ids = identities(root);
  const matches: DeploymentModel['certificateMatches'] = [];
  for (const input of inputs) {
    if (input.kind !== 'certificate' || !input.certificates) continue;
    for (const item of input.certificates.items) {
      if (item.isCA) continue;
      const names = [item.subjectCN, ...item.sans.filter((n) => n.type === 'DNS').map((n) => n.value)]
        .filter((n): n is string => !!n)
        .map((n) => n.trim().toLowerCase());
      const hits = (['C', 'E'] as const).map((box) => ({ box, name: names.find((n) => ids[box].has(n)) })).filter((h) => h.name);
      if (hits.length !== 1) continue; // names both or neither: no rule may guess
      const { box, name } = hits[0];
      matches.push({ uri: input.uri, item, box, name: name! });
      if (!boxes.get(input.uri)) boxes.set(input.uri, box);
      // A certificate wins over its CSR: the certificate is what the box presents.
      const existing = root.props!.get('expressway')?.props?.get(BOX_KEY[box])?.props?.get('serverCertificate');
      if (existing && item.kind === 'csr') continue;
      certificateNode(root, box, input.uri, item, put, !!existing);
    }
  }
  return matches;
}

function certificateNode(root: Draft, box: ExpresswayBox, uri: string, item: CertificateInfo, put: Put, replace: boolean): void {
  const at = item.headerRange ?? item.range;
  const base = { start: at.start, end: at.end, keyStart: at.start, keyEnd: at.end, uri };
  const cert: Draft = { kind: 'object', props: new Map(), ...base, start: item.range.start, end: item.range.end };
  const leaf = (value: string | number | boolean | undefined): Draft | undefined => (value === undefined ? undefined : { kind: 'scalar', value, ...base });
  const set = (key: string, d: Draft | undefined) => d && cert.props!.set(key, d);
  set('commonName', leaf(item.subjectCN));
  const sans: Draft = { kind: 'array', items: new Map(), ...base };
  item.sans.forEach((n, i) => {
    const text = n.type === 'DNS' ? `DNS:${n.value}` : n.type === 'XmppAddr' ? `XMPPAddress:${n.value}` : n.type === 'IP' ? n.value : undefined;
    if (text !== undefined) sans.items!.set(i, { kind: 'scalar', value: text, ...base });
  });
  cert.props!.set('subjectAlternativeNames', sans);
  // The settings' key length is the RSA key size of Expressway's CSR page (1024, 2048, 4096); an EC key's
  // curve size (256) is not one, and its type is reported as such (keyType).
  if (item.keyType === 'RSA') set('keyLength', leaf(item.keyBits));
  set('digestAlgorithm', leaf(item.signatureDigest));
  set('keyType', leaf(item.keyType === 'EC' ? 'ECDSA' : item.keyType));
  if (item.eku) set('clientAuthentication', leaf(item.eku.clientAuth));
  set('issuer', leaf(item.issuerCN ?? item.issuer));
  set('selfSigned', leaf(item.selfSigned));
  set('notAfter', leaf(item.validTo));
  const exp = root.props!.get('expressway');
  const b = exp?.props?.get(BOX_KEY[box]);
  if (replace && b) b.props!.delete('serverCertificate');
  put(root, ['expressway', BOX_KEY[box], 'serverCertificate'], cert);
}

/** SRV records of a DNS lookup or zone file -> dns.srvRecords[] (name, priority, weight, port, target), each value at its own token. */
function dnsRecords(root: Draft, uri: string, file: DnsFile, put: Put): void {
  for (const r of file.records) {
    if (r.type !== 'SRV') continue;
    const at = (span: { start: number; end: number } | undefined) => ({
      start: (span ?? r.range).start,
      end: (span ?? r.range).end,
      keyStart: (span ?? r.range).start,
      keyEnd: (span ?? r.range).end,
      uri,
    });
    const rec: Draft = { kind: 'object', props: new Map(), ...at(r.range) };
    const set = (key: string, value: string | number | undefined, span?: { start: number; end: number }) =>
      value !== undefined && rec.props!.set(key, { kind: 'scalar', value, ...at(span) });
    set('name', r.name, r.nameRange);
    set('priority', r.priority);
    set('weight', r.weight);
    set('port', r.port, r.portRange);
    set('target', r.target, r.targetRange);
    put(root, ['dns', 'srvRecords', {}], rec);
  }
}
