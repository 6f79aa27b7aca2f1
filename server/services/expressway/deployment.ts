// Deployments, not workspaces. A deployment is the folder that directly holds a site's artifacts: its
// xConfiguration dumps, xStatus / status.xml, certificates, DNS output, allow-list CSV, jabber-config
// and settings YAML. Files in another folder (another site or customer in the same repository) are
// another deployment and never feed this one's rules. The artifacts of one deployment become ONE
// SettingsNode tree (formats/deployment-model.ts), on which the settings rules run unchanged; each
// finding is reported in the file its node came from.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_ARTIFACT_SIZE, type Span } from '../../formats/artifact';
import type { CertificateFile } from '../../formats/certificate';
import { certificateFileAt } from '../certificate/document';
import { readDnsFileInSteps, type DnsFile } from '../../formats/dns';
import { dnsModelOf } from '../dns/document';
import { looksLikeXConfiguration } from '../../formats/xconfiguration';
import { looksLikeXStatus } from '../../formats/xstatus';
import { xconfigurationMap } from '../../catalog/xconfigurationMap';
import { buildDeploymentModel, type ArtifactInput, type DeploymentModel } from '../../formats/deployment-model';
import { readXConfiguration, readXConfigurationInSteps, type XConfigurationFile } from '../../formats/xconfiguration';
import { DocumentCache, onForgetDocument } from '../../formats/documentCache';
import { runSteps, type Steps } from '../../core/steps';
import { readXStatus, readXStatusInSteps, type StatusFile } from '../../formats/xstatus';
import { settingsData } from '../../rules/settings/data';
import { evaluateRules } from '../../rules/settings/engine';
import type { Finding } from '../../rules/settings/types';
import { folderOfUri } from '../../core/uri';
import type { ServiceContext } from '../types';
import { child, parsedSettings, type SettingsNode } from '../../formats/settings';
import type { DocumentKind } from '../../../shared/documentKind';

export const ARTIFACT_KINDS = ['expressway-xconfiguration', 'expressway-xstatus'] as const;

/** The deployment a file belongs to: the folder that holds it. */
export const deploymentFolder = folderOfUri;

// One read per document text (formats/documentCache.ts); the server reads a large dump in steps first (parseInSteps).
const xconfCache = new DocumentCache<XConfigurationFile>(readXConfiguration, readXConfigurationInSteps);
const statusCache = new DocumentCache<StatusFile>(readXStatus, readXStatusInSteps);

export const parsedXConfiguration = (doc: TextDocument) => xconfCache.get(doc);
export const xconfigurationInSteps = (doc: TextDocument) => xconfCache.parseInSteps(doc);
export const parsedXStatus = (doc: TextDocument) => statusCache.get(doc);
export const xstatusInSteps = (doc: TextDocument) => statusCache.parseInSteps(doc);

export interface Deployment {
  folder: string;
  /** The deployment's artifact documents by uri (xConfiguration, xStatus). */
  documents: Map<string, TextDocument>;
  model: DeploymentModel;
  /** The settings rules' findings on the deployment model, each on the node (and so the file) it concerns. */
  findings: Finding[];
  /** Per DNS file past the folder's first MAX_DNS_RECORDS: its first record left out of the model. */
  unchecked: Map<string, Span>;
}

/** Rules that report a value missing: on an excerpt of a dump "not in the file" is not "not configured". */
const MISSING_OPS = new Set(['exists', 'minCount']);

/** Certificate files of a folder read per deployment (a folder of a CA bundle per user is not a deployment). */
const MAX_CERTIFICATE_FILES = 50;
const CERTIFICATE_FILE = /\.(pem|crt|cer|der|csr|p7b|p7c)$/i;
/** Text files that may hold an nslookup/dig transcript or a zone file. */
const DNS_FILE = /\.(txt|log|out|zone|db|dns)$/i;
const MAX_DNS_BYTES = 1_000_000;
/** DNS records of a folder's pastes taken into its deployment model. */
export const MAX_DNS_RECORDS = 500;

interface CertificateOnDisk {
  uri: string;
  stamp: string;
  file: CertificateFile;
  /** Set instead of `file` for a DNS lookup or zone file. */
  dns?: DnsFile;
  /** The file's text for positions (PEM); DER files are one range at the start. */
  doc: TextDocument;
}

const certificateCache = new Map<string, CertificateOnDisk>();

/**
 * The certificates and CSRs of a deployment folder, read from disk (they may be binary DER, which no
 * editor syncs as text), bounded in number and size, each parsed once per change of size or time.
 * `known` gives a text file the caller has already read (the CLI's documents), so it is not read again.
 */
export function diskArtifactsIn(folder: string, known?: (uri: string) => TextDocument | undefined): CertificateOnDisk[] {
  return runSteps(diskArtifactsInSteps(folder, known));
}

/** diskArtifactsIn in steps: a step per file, and a DNS file's lines in steps of their own (50 files of 1 MB took seconds at once). */
function* diskArtifactsInSteps(folder: string, known?: (uri: string) => TextDocument | undefined): Steps<CertificateOnDisk[]> {
  let dir: string;
  try {
    dir = folder.startsWith('/') || /^[a-z]:/i.test(folder) ? folder : fileURLToPath(folder);
  } catch {
    return [];
  }
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => CERTIFICATE_FILE.test(n) || DNS_FILE.test(n))
      .sort()
      .slice(0, MAX_CERTIFICATE_FILES);
  } catch {
    return [];
  }
  const out: CertificateOnDisk[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    try {
      const isDns = !CERTIFICATE_FILE.test(name);
      const uri = pathToFileURL(full).toString();
      const limit = isDns ? MAX_DNS_BYTES : MAX_ARTIFACT_SIZE;
      // A text file the caller has read (the CLI's documents, unchanged during its run) is neither looked
      // up nor read again when it is surely within the limit (UTF-8 takes at most 3 bytes a character).
      const doc = known?.(uri);
      const st = doc && doc.getText().length * 3 <= limit ? undefined : fs.statSync(full);
      if (st && (!st.isFile() || st.size > limit)) continue;
      const stamp = st ? `${st.size}:${st.mtimeMs}` : `${++knownReads}`;
      let hit = certificateCache.get(uri);
      if (!hit || hit.stamp !== stamp) {
        const bytes = st && fs.readFileSync(full);
        const text = bytes ? bytes.toString('utf8') : doc!.getText();
        if (isDns) {
          // A dump or status file is not a DNS lookup, whatever the DNS reader would make of it.
          // An open one's reading is its own service's (read in steps by the server before this runs);
          // of another, the records that may join the model, and one more to tell there are more.
          const dns =
            looksLikeXConfiguration(text) || looksLikeXStatus(text) ? undefined : doc ? dnsModelOf(doc) : yield* readDnsFileInSteps(text, MAX_DNS_RECORDS + 1);
          hit = {
            uri,
            stamp,
            file: { items: [], privateKeys: [], problems: [] },
            dns: dns?.records.length ? dns : undefined,
            doc: doc ?? TextDocument.create(uri, 'plaintext', 0, text),
          };
        } else {
          // The same reading as the certificate service's of this file (the CLI checks it too): parsed
          // once. Without the bytes, a binary (DER) file is read from disk by the certificate reader.
          const file = certificateFileAt(uri, text, bytes ? new Uint8Array(bytes) : undefined);
          const der = file.encoding === 'der';
          hit = { uri, stamp, file, doc: doc && !der ? doc : TextDocument.create(uri, 'plaintext', 0, der ? '' : text) };
        }
        if (certificateCache.size >= 500) certificateCache.delete(certificateCache.keys().next().value as string);
        certificateCache.set(uri, hit);
      }
      if (hit.dns || hit.file.items.length) out.push(hit);
    } catch {
      /* an unreadable file is simply not part of the deployment */
    }
    yield;
  }
  return out;
}

/** Each reading of a file the caller had read gets its own stamp (a number; a file's own is size:time): a deployment built from it is not reused for another. */
let knownReads = 0;

/** For a view that does not change (the CLI): each folder's documents of a kind, its files on disk and its deployment, read once. */
const unchangingViews = new WeakMap<
  ServiceContext['workspace'],
  { docs: Map<DocumentKind, Map<string, TextDocument[]>>; disk: Map<string, CertificateOnDisk[]>; deployments: Map<string, Deployment> }
>();

function unchangingView(ctx: ServiceContext) {
  if (!ctx.workspace.unchanging) return undefined;
  let v = unchangingViews.get(ctx.workspace);
  if (!v) unchangingViews.set(ctx.workspace, (v = { docs: new Map(), disk: new Map(), deployments: new Map() }));
  return v;
}

/** The documents of a kind in a folder (the workspace is asked once per kind and folder when it does not change). */
export function documentsIn(folder: string, kind: DocumentKind, ctx: ServiceContext): TextDocument[] {
  const v = unchangingView(ctx);
  if (!v) return ctx.workspace.documents(kind).filter((d) => deploymentFolder(d.uri) === folder);
  let byFolder = v.docs.get(kind);
  if (!byFolder) {
    const index = new Map<string, TextDocument[]>();
    for (const d of ctx.workspace.documents(kind)) {
      const f = deploymentFolder(d.uri);
      index.set(f, [...(index.get(f) ?? []), d]);
    }
    v.docs.set(kind, index);
    byFolder = index;
  }
  return byFolder.get(folder) ?? [];
}

/** The certificates and DNS files of a folder on disk (listed once per folder when the view does not change). */
export function diskArtifactsFor(folder: string, ctx: ServiceContext): CertificateOnDisk[] {
  return runSteps(diskArtifactsForInSteps(folder, ctx));
}

function* diskArtifactsForInSteps(folder: string, ctx: ServiceContext): Steps<CertificateOnDisk[]> {
  const v = unchangingView(ctx);
  if (!v) return yield* diskArtifactsInSteps(folder);
  let hit = v.disk.get(folder);
  // The files the view has read (the CLI's dumps and DNS pastes) are not read again.
  if (!hit) v.disk.set(folder, (hit = yield* diskArtifactsInSteps(folder, ctx.workspace.document)));
  return hit;
}

const cache = new Map<string, { stamp: string; deployment: Deployment }>();
const MAX_CACHED = 100;
// A deployment holds its documents: closing one drops its folder's (the folder's other files build it again).
onForgetDocument((doc) => cache.delete(deploymentFolder(doc.uri)));

/** The deployment `uri` belongs to, built once per change of any of its files. */
export const deploymentOf = (uri: string, ctx: ServiceContext, today?: Date) => runSteps(deploymentInSteps(uri, ctx, today));

/** Whether the file's folder holds an xConfiguration dump or status: only then is it a deployment of ours. */
export function inDeployment(uri: string, ctx: ServiceContext): boolean {
  const folder = deploymentFolder(uri);
  return ARTIFACT_KINDS.some((k) => documentsIn(folder, k, ctx).length > 0);
}

/** The deployment of the file's folder in steps, when it has one, for a request to read at once after (FormatService.prepareInSteps). */
export const deploymentReady = (doc: TextDocument, ctx: ServiceContext) => (inDeployment(doc.uri, ctx) ? deploymentInSteps(doc.uri, ctx) : undefined);

/** deploymentOf in steps (the model, then the rules on it), for validation and requests in steps. */
export function* deploymentInSteps(uri: string, ctx: ServiceContext, today = new Date()): Steps<Deployment> {
  const folder = deploymentFolder(uri);
  // A view that does not change (one CLI run, files on disk) builds each folder's deployment once: every
  // file of the folder asks for it, and nothing its stamp would compare can have changed (the day
  // included, as one run's findings are of one day).
  const view = unchangingView(ctx);
  const built = view?.deployments.get(folder);
  if (built) return built;
  const docs = ARTIFACT_KINDS.flatMap((kind) => documentsIn(folder, kind, ctx).map((d) => ({ kind, d })));
  docs.sort((a, b) => (a.d.uri < b.d.uri ? -1 : a.d.uri > b.d.uri ? 1 : 0));
  const certs = uri.startsWith('file:') ? yield* diskArtifactsForInSteps(folder, ctx) : [];
  const settingsDocs = documentsIn(folder, 'uc-settings', ctx);
  const stamp =
    [
      ...settingsDocs.map((d) => `${d.uri}@${d.version}:${d.getText().length}`),
      ...docs.map(({ d }) => `${d.uri}@${d.version}:${d.getText().length}`),
      ...certs.map((c) => `${c.uri}@${c.stamp}`),
    ].join('|') + `#${today.toISOString().slice(0, 10)}`;
  const hit = cache.get(folder);
  if (hit && hit.stamp === stamp) return hit.deployment;
  const inputs: ArtifactInput[] = docs.map(({ kind, d }) => {
    if (kind === 'expressway-xconfiguration') {
      const x = parsedXConfiguration(d);
      return { uri: d.uri, kind: 'xconfiguration', xconfiguration: x, box: x.box };
    }
    return { uri: d.uri, kind: 'xstatus', status: parsedXStatus(d) };
  });
  // The rules read every DNS record of the model (16 000 took half a second): the first MAX_DNS_RECORDS of
  // the folder's pastes join it (a deployment's lookups are a handful; each file's own reading is whole).
  // Each file with records left out says so (deploymentDiagnosticsFor).
  let dnsRoom = MAX_DNS_RECORDS;
  const unchecked: Deployment['unchecked'] = new Map();
  for (const c of certs) {
    if (!c.dns) inputs.push({ uri: c.uri, kind: 'certificate', certificates: c.file });
    else {
      const records = c.dns.records.slice(0, dnsRoom);
      const next = c.dns.records[records.length];
      dnsRoom -= records.length;
      if (next) unchecked.set(c.uri, next.range);
      inputs.push({ uri: c.uri, kind: 'dns', dns: { ...c.dns, records } });
    }
  }
  // Dumps first, so a value an xConfiguration states wins over one the status repeats.
  const order = { xconfiguration: 0, xstatus: 1, certificate: 2, dns: 3 };
  inputs.sort((a, b) => order[a.kind] - order[b.kind]);
  const map = xconfigurationMap(ctx.catalogs);
  yield;
  const model = buildDeploymentModel(inputs, map);
  yield;
  // A settings YAML beside the artifacts says what no artifact holds (CUCM, IM and Presence, what the
  // dumps leave out): its values join the model where no artifact gave one.
  for (const y of settingsDocs) graft(model.root, parsedSettings(y).root, y.uri);
  // Past the cap, a rule that reads the records as a whole (not one at a time: "a _cisco-uds record
  // exists", "a _collab-edge target names Expressway-E") would judge records the model lacks: it is not run.
  const rules = settingsData(ctx.catalogs).rules.filter(
    (r) => !unchecked.size || String(r.each).startsWith('$.dns.') || !r.paths.some((p) => p.startsWith('dns.')),
  );
  yield;
  const findings = evaluateRules(rules, { root: model.root, others: [], today }).filter((f) => {
    // A missing value is only a finding where the dump shows the setting empty, never where the paste
    // simply does not include it. Objects of the model (a box, a zone, a certificate) are assembled
    // from records, so a finding on one is always about something no artifact showed (a trust store,
    // say): not ours to claim.
    if (!f.node || f.node.kind === 'object') return false;
    const missing = MISSING_OPS.has(f.rule.check.op) || f.rule.check.missingFails;
    return !(missing && f.node.kind !== 'scalar');
  });
  const deployment: Deployment = {
    folder,
    documents: new Map([
      ...docs.map(({ d }) => [d.uri, d] as const),
      ...certs.map((c) => [c.uri, c.doc] as const),
      ...settingsDocs.map((y) => [y.uri, y] as const),
    ]),
    model,
    findings,
    unchecked,
  };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(folder, { stamp, deployment });
  view?.deployments.set(folder, deployment);
  return deployment;
}

/** Whether a dump of the deployment holding `uri` has Mobile and Remote Access on, and where it says so. */
export function mraOnInDeployment(uri: string, ctx: ServiceContext): { uri: string; start: number; end: number } | undefined {
  if (!documentsIn(deploymentFolder(uri), 'expressway-xconfiguration', ctx).length) return undefined;
  const mra = child(child(child(deploymentOf(uri, ctx).model.root, 'expressway'), 'features'), 'mobileAndRemoteAccess');
  return mra && mra.value === true && mra.uri ? { uri: mra.uri, start: mra.keyStart ?? mra.start, end: mra.end } : undefined;
}

/** Copies the settings file's nodes into the model where the artifacts gave nothing (never over an artifact's value). */
function graft(target: SettingsNode, source: SettingsNode | undefined, uri: string): void {
  if (!source || source.kind !== 'object' || target.kind !== 'object') return;
  for (const p of source.properties ?? []) {
    const existing = target.properties!.find((q) => q.key === p.key);
    if (existing) {
      graft(existing, p, uri);
      continue;
    }
    target.properties!.push(copy(p, target, [...target.path, p.key!], uri));
  }
}

function copy(n: SettingsNode, parent: SettingsNode, path: SettingsNode['path'], uri: string): SettingsNode {
  const out: SettingsNode = { ...n, parent, path, uri, properties: undefined, items: undefined };
  if (n.properties) out.properties = n.properties.map((c) => copy(c, out, [...path, c.key!], uri));
  if (n.items) out.items = n.items.map((c, i) => copy(c, out, [...path, i], uri));
  return out;
}

/** Every deployment folder of the workspace that holds an xConfiguration dump or status, built (for the workspace diagram). */
export const artifactDeployments = (ctx: ServiceContext) => runSteps(artifactDeploymentsInSteps(ctx));

/** artifactDeployments in steps, each folder's deployment in its own (the server's diagram request runs them first). */
export function* artifactDeploymentsInSteps(ctx: ServiceContext): Steps<Deployment[]> {
  const firstUri = new Map<string, string>();
  for (const k of ARTIFACT_KINDS)
    for (const d of ctx.workspace.documents(k)) if (!firstUri.has(deploymentFolder(d.uri))) firstUri.set(deploymentFolder(d.uri), d.uri);
  const out: Deployment[] = [];
  for (const folder of [...firstUri.keys()].sort().slice(0, 50)) out.push(yield* deploymentInSteps(firstUri.get(folder)!, ctx));
  return out;
}
