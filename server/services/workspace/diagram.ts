// "Diagram of this workspace": a scenario built from the files the admin actually has — which
// servers jabber-config.xml names, which domains the EMM app configuration sets, what the
// Expressway / Unified CM settings file declares, and whether MRA is on. The server answers the
// client's ucConfig/workspaceScenario request with it (it has the parsers, the open documents and
// the files on disk); the result is an ordinary Scenario, drawn and exported like the seed scenarios.
// Its words are in the user's language: schemas/l10n/workspace-diagram.json, rendered by
// server/catalog/messages.ts. Text fields (title, summary, zones, notes) carry en, ko and ja, as the
// seed scenarios do, and the client picks its language; node and link labels and the source line are
// plain strings, written in the context's language. Names, hosts, parameters and protocols stay as written.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  mraRowsForParameter,
  type DiagramEdge,
  type DiagramNode,
  type MraRow,
  type NodeType,
  type Scenario,
  type Text,
  type Zone,
} from '../../../shared/viewModel';
import type { MraOverlay } from '../../catalog/l10n';
import { defaultSchemasDir, readJson } from '../../catalog/loadJson';
import { loadMessages, messagesOf, type MessageArgs, type Messages } from '../../catalog/messages';
import { parseAppConfigJson } from '../../formats/appconfig-json';
import { parseAppConfigPlist } from '../../formats/appconfig-plist';
import { jabberModelOf, parseJabberConfig } from '../../formats/jabber-config';
import { parseSettings, syntaxOf, toPlain } from '../../formats/settings';
import { hostOf } from '../../core/net';
import { artifactDeploymentsInSteps } from '../expressway/deployment';
import { runSteps, type Steps } from '../../core/steps';
import type { Locale, ServiceContext } from '../types';
import { getAppConfigModel } from '../appconfig/model';

export type WorkspaceFileKind = 'jabber-config' | 'app-config' | 'uc-settings';

export interface WorkspaceFile {
  /** Path or URI, used for the syntax (YAML/JSON) and in the source line. */
  path: string;
  kind: WorkspaceFileKind;
  text: string;
  /** The open or scanned document, when there is one: its jabber-config parse is shared with the checks. */
  doc?: TextDocument;
}

export interface WorkspaceOptions {
  /** The ucConfig.mra setting; a settings file that turns MRA on also counts. */
  mra: 'on' | 'off';
  /** The MRA table, for notes on configured services that do not work over MRA. */
  mraData?: { rows: Pick<MraRow, 'id' | 'parameters' | 'status' | 'service'>[] };
  /** The language of the plain-string parts (node and link labels, the source line); English when absent. */
  locale?: Locale;
  /** The diagram's messages in a language (schemas/l10n/workspace-diagram.json); read from the installed schemas/ when absent. */
  messages?: (locale: Locale) => Messages;
  /** The MRA table's Japanese text (schemas/l10n/mra-support.ja.json); Korean is in the rows themselves. */
  mraText?: (locale: Locale) => MraOverlay;
  /** The ports an off-net client opens to Expressway-E (schemas/mra-client-ports.json); read from the installed schemas/ when absent. */
  clientPorts?: ClientPort[];
}

/** One port of schemas/mra-client-ports.json. */
export interface ClientPort {
  protocol: string;
  port: string;
  source: string;
}

export function loadClientPorts(schemasDir: string): ClientPort[] {
  return readJson<{ ports: ClientPort[] }>(schemasDir, 'mra-client-ports.json').ports;
}
let installedPorts: ClientPort[] | undefined;

const DOMAIN = 'workspace-diagram';
const installed = new Map<Locale, Messages>();

/** The diagram's messages read from the installed schemas/, for callers without a context. */
function installedMessages(locale: Locale): Messages {
  let m = installed.get(locale);
  if (!m) installed.set(locale, (m = loadMessages(defaultSchemasDir(), locale, DOMAIN)));
  return m;
}

/** A row's service in a language: Japanese from the overlay, Korean from the row, English otherwise. */
function serviceText(row: Pick<MraRow, 'id' | 'service'>, locale: Locale, jaOverlay: MraOverlay | undefined): string {
  return (locale === 'ja' && jaOverlay?.rows[row.id]?.service) || (locale !== 'en' && row.service[locale]) || row.service.en;
}

/** jabber-config parameters that name a server, with what the client uses it for (a message id, role.*). */
const SERVER_PARAMETERS: { names: string[]; type: NodeType; role: string; protocol?: string; http?: boolean }[] = [
  { names: ['TftpServer1', 'TftpServer2'], type: 'cucm', role: 'role.tftp', protocol: 'TFTP' },
  { names: ['CcmcipServer1', 'CcmcipServer2'], type: 'cucm', role: 'role.ccmcip', protocol: 'CCMCIP' },
  { names: ['CtiServer1', 'CtiServer2'], type: 'cucm', role: 'role.cti', protocol: 'CTI' },
  { names: ['UdsServer'], type: 'cucm', role: 'role.uds', protocol: 'UDS' },
  { names: ['PresenceServerAddress', 'PresenceServerURL'], type: 'imp', role: 'role.presence' },
  { names: ['PrimaryServerName', 'SecondaryServerName'], type: 'directory', role: 'role.ldap', protocol: 'LDAP' },
  // No allow-list state for voicemail: Expressway-C allows the Unity Connection nodes it discovers by automatic
  // rules the workspace does not show (as rules/settings/cross-file.ts, ALLOW_LIST_PARAMETERS).
  { names: ['VoicemailPrimaryServer', 'VoicemailBackup1Server', 'VoicemailBackup2Server'], type: 'unity', role: 'role.voicemail' },
  { names: ['PhotoUriWithToken', 'UdsPhotoUriWithToken'], type: 'web-server', role: 'role.photos', protocol: 'HTTP', http: true },
  { names: ['UpdateURL'], type: 'web-server', role: 'role.updates', protocol: 'HTTP', http: true },
  { names: ['PrtLogServerURL'], type: 'web-server', role: 'role.prt', protocol: 'HTTPS', http: true },
  { names: ['E911NotificationURL'], type: 'web-server', role: 'role.e911', protocol: 'HTTP', http: true },
  { names: ['InternalExchangeServer', 'ExternalExchangeServer'], type: 'web-server', role: 'role.exchange', protocol: 'HTTPS' },
  { names: ['Meeting_Server_Address', 'Meeting_Server_Address_Backup', 'Meeting_Server_Address_Backup2'], type: 'webex-meetings', role: 'role.meetings' },
];

class Builder {
  readonly nodes: DiagramNode[] = [];
  readonly edges: DiagramEdge[] = [];
  readonly notes: Text[] = [];
  readonly sources = new Set<string>();
  private readonly roles = new Map<string, string[]>();

  /** M: the messages of the labels' language. */
  constructor(private readonly M: Messages) {}

  /** Adds a node once; a later call for the same id only adds its role (TFTP and CTI on one Unified CM). */
  node(id: string, type: NodeType, name: string, zone?: string, role?: string): string {
    if (!this.nodes.some((n) => n.id === id)) this.nodes.push({ id, type, label: name, ...(zone ? { zone } : {}) });
    if (role) {
      const list = this.roles.get(id) ?? [];
      if (!list.includes(role)) list.push(role);
      this.roles.set(id, list);
    }
    return id;
  }

  /** The nodes with their roles appended to the name, once all files are read. */
  finalNodes(): DiagramNode[] {
    const M = this.M;
    return this.nodes.map((n) =>
      this.roles.get(n.id)?.length ? { ...n, label: M.t('node.withRoles', { name: n.label, roles: this.roles.get(n.id)!.join(M.t('node.roleJoin')) }) } : n,
    );
  }

  edge(e: DiagramEdge): void {
    const same = this.edges.find((x) => x.from === e.from && x.to === e.to);
    if (same) {
      if (!same.label.includes(e.label)) same.label = `${same.label}; ${e.label}`;
      if (e.protocol && !(same.protocol ?? '').includes(e.protocol)) same.protocol = same.protocol ? `${same.protocol} / ${e.protocol}` : e.protocol;
    } else this.edges.push(e);
  }
}

const hostId = (host: string) =>
  'host-' +
  host
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

function get(obj: unknown, ...path: string[]): unknown {
  let o: unknown = obj;
  for (const k of path) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined;
  return o;
}
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Builds the workspace scenario. Files that do not parse still contribute what could be read. */
export const deriveWorkspaceScenario = (files: readonly WorkspaceFile[], o: WorkspaceOptions): Scenario => runSteps(scenarioInSteps(files, o));

/** deriveWorkspaceScenario in steps, a file a step (the server's diagram request). */
export function* scenarioInSteps(files: readonly WorkspaceFile[], o: WorkspaceOptions): Steps<Scenario> {
  const messages = o.messages ?? installedMessages;
  const M = messages(o.locale ?? 'en');
  /** A message in the labels' language. */
  const t = (id: string, args?: MessageArgs) => M.t(id, args);
  /** A Text in every language, each written by `write` with that language's messages. */
  const every = (write: (L: Messages, locale: Locale) => string): Text => ({
    en: write(messages('en'), 'en'),
    ko: write(messages('ko'), 'ko'),
    ja: write(messages('ja'), 'ja'),
  });
  const text = (id: string, args?: MessageArgs): Text => every((L) => L.t(id, args));
  const b = new Builder(M);
  const jabber = b.node('jabber', 'client', 'Cisco Jabber');
  const params = new Map<string, { name: string; value: string }>();
  const domains = new Set<string>();
  const allowList = new Set<string>();
  let allowListDeclared = false;
  let mraFromSettings = false;
  let expC: string | undefined;
  let expE: string | undefined;
  let traversalPort: string | undefined;

  for (const f of files) {
    b.sources.add(f.path);
    if (f.kind === 'jabber-config') {
      const model = f.doc ? jabberModelOf(f.doc) : parseJabberConfig(f.text);
      for (const g of model.groups) for (const p of g.parameters) params.set(p.name.toLowerCase(), { name: p.name, value: p.value });
      for (const p of model.looseParameters) params.set(p.name.toLowerCase(), { name: p.name, value: p.value });
    } else if (f.kind === 'app-config') {
      // An open or scanned document's cached parse (the server parsed a large one in steps first).
      const model = f.doc ? getAppConfigModel(f.doc) : /^\s*</.test(f.text) ? parseAppConfigPlist(f.text) : parseAppConfigJson(f.text);
      // One node per EMM: an Intune and a BlackBerry configuration in one workspace are two systems.
      const emmLabel = model.emm === 'blackberry' ? 'BlackBerry UEM' : model.emm === 'intune' ? 'Microsoft Intune' : t('node.emm');
      const emm = b.node(model.emm ? `emm-${model.emm}` : 'emm', 'emm', emmLabel);
      b.edge({ from: emm, to: jabber, label: t('edge.appConfig', { count: model.entries.length }) });
      for (const e of model.entries) {
        if (/^(Voice)?ServicesDomain$/i.test(e.key) && e.value) domains.add(e.value.trim().toLowerCase());
      }
    } else {
      let plain: unknown;
      try {
        plain = toPlain(parseSettings(f.text, syntaxOf(f.path, f.text)).root);
      } catch {
        // A settings file the parser cannot read adds nothing; its own diagnostics say why.
        continue;
      }
      const exp = get(plain, 'expressway');
      if (get(exp, 'features', 'mobileAndRemoteAccess') === true) mraFromSettings = true;
      const hostName = (side: string) => {
        const h = get(exp, side, 'system', 'hostName');
        const d = get(exp, side, 'system', 'domainName');
        return typeof h === 'string' ? (typeof d === 'string' && !h.includes('.') ? `${h}.${d}` : h) : undefined;
      };
      expC = hostName('expresswayC') ?? expC;
      expE = hostName('expresswayE') ?? expE;
      for (const side of ['expresswayC', 'expresswayE']) {
        for (const z of (get(exp, side, 'zones') as unknown[]) ?? []) {
          const port = get(z, 'sip', 'port');
          if (typeof port === 'number') traversalPort = String(port);
        }
      }
      const uc = get(exp, 'expresswayC', 'unifiedCommunications');
      for (const h of strings(get(uc, 'unifiedCmServers'))) b.node(hostId(h), 'cucm', h, 'corp', t('role.expcUnifiedCm'));
      for (const h of strings(get(uc, 'imAndPresenceServiceNodes'))) b.node(hostId(h), 'imp', h, 'corp', t('role.expcImp'));
      const allow = get(uc, 'httpServerAllowList');
      if (Array.isArray(allow)) {
        allowListDeclared = true;
        for (const h of strings(allow)) allowList.add(hostOf(h) ?? h.toLowerCase());
      }
      for (const c of (get(plain, 'cucm', 'clusters') as unknown[]) ?? []) {
        const pub = get(c, 'publisher');
        const role = get(c, 'role');
        const cluster = get(c, 'name');
        if (typeof pub === 'string')
          b.node(
            hostId(pub),
            role === 'im-and-presence-central' ? 'imp' : 'cucm',
            pub,
            'corp',
            typeof cluster === 'string' ? t('role.publisherOf', { cluster }) : t('role.publisher'),
          );
      }
      for (const r of (get(plain, 'dns', 'srvRecords') as unknown[]) ?? []) {
        const name = get(r, 'name');
        const target = get(r, 'target');
        const port = get(r, 'port');
        if (typeof name !== 'string') continue;
        const dns = b.node('dns', 'dns', 'DNS');
        b.edge({ from: jabber, to: dns, label: t('edge.serviceDiscovery'), protocol: 'DNS SRV' });
        if (typeof target === 'string') {
          const tid = b.node(hostId(target), /collab-edge/i.test(name) ? 'expressway-e' : 'cucm', target, /collab-edge/i.test(name) ? 'dmz' : 'corp');
          b.edge({ from: dns, to: tid, label: name, protocol: 'SRV', ...(typeof port === 'number' ? { port: String(port) } : {}) });
        }
      }
    }
    // A file a step: 50 jabber-configs of 1 MB on disk read at once held the event loop 130 ms.
    yield;
  }

  const mra = o.mra === 'on' || mraFromSettings;
  const zones: Zone[] = mra
    ? [
        { id: 'internet', kind: 'internet', label: text('zone.internet') },
        { id: 'dmz', kind: 'dmz', label: text('zone.dmz') },
        { id: 'corp', kind: 'internal', label: text('zone.corp') },
      ]
    : [{ id: 'corp', kind: 'internal', label: text('zone.corp') }];
  const jabberNode = b.nodes.find((n) => n.id === jabber)!;
  jabberNode.zone = mra ? 'internet' : 'corp';
  jabberNode.label = mra ? t('node.jabberOffNet') : 'Cisco Jabber';

  const vsd = params.get('voiceservicesdomain');
  if (vsd?.value) domains.add(vsd.value.trim().toLowerCase());
  if (domains.size) {
    const dns = b.node('dns', 'dns', 'DNS', mra ? 'internet' : 'corp');
    for (const d of domains) b.edge({ from: jabber, to: dns, label: `${mra ? `_collab-edge._tls.${d}` : `_cisco-uds._tcp.${d}`}`, protocol: 'DNS SRV' });
  }

  let expcId: string | undefined;
  if (mra) {
    const e = b.node(expE ? hostId(expE) : 'expressway-e', 'expressway-e', `Expressway-E${expE ? ` ${expE}` : ''}`, 'dmz');
    expcId = b.node(expC ? hostId(expC) : 'expressway-c', 'expressway-c', `Expressway-C${expC ? ` ${expC}` : ''}`, 'corp');
    // The ports the client opens to Expressway-E, as the sources state them (schemas/mra-client-ports.json).
    const ports = o.clientPorts ?? (installedPorts ??= loadClientPorts(defaultSchemasDir()));
    b.edge({
      from: jabber,
      to: e,
      label: t('edge.mraAccess'),
      protocol: 'TLS',
      ...(ports.length ? { port: ports.map((p) => `${p.port} (${p.protocol})`).join(', ') } : {}),
    });
    b.edge({ from: expcId, to: e, label: t('edge.traversal'), protocol: 'SIP TLS', ...(traversalPort ? { port: traversalPort } : {}) });
  }

  for (const spec of SERVER_PARAMETERS) {
    for (const name of spec.names) {
      const p = params.get(name.toLowerCase());
      if (!p?.value) continue;
      const host = hostOf(p.value);
      if (!host) continue;
      const role = t(spec.role);
      const id = b.node(hostId(host), spec.type, host, 'corp', role);
      let label = t('edge.server', { role, parameter: p.name });
      if (mra && spec.http) {
        const listed = allowList.has(host);
        label += t(allowListDeclared ? (listed ? 'edge.allowListed' : 'edge.notAllowListed') : 'edge.needsAllowList');
      }
      b.edge({ from: mra && expcId ? expcId : jabber, to: id, label, ...(spec.protocol ? { protocol: spec.protocol } : {}) });
      // Desk phone mode: the client controls the phone through Unified CM's CTI, never directly.
      if (spec.role === 'role.cti') {
        const phone = b.node('desk-phone', 'desk-phone', t('node.deskPhone'), 'corp');
        b.edge({ from: id, to: phone, label: t('edge.deskPhoneControl') });
      }
    }
  }

  const emmType = params.get('emmtype');
  if (emmType?.value) {
    const values = emmType.value.split(';').map((v) => v.trim());
    // 0, 1 and 2 are the documented values; any other stays as written.
    const clients = (L: Messages) => values.map((v) => (/^[012]$/.test(v) ? L.t(`emmClient.${v}`) : v)).join(L.t('note.emmClientJoin'));
    b.notes.push(every((L) => L.t('note.emmType', { value: emmType.value, clients: clients(L) })));
  }
  const tel = params.get('telephony_enabled');
  if (tel && tel.value.toLowerCase() === 'false') b.notes.push(text('note.imOnly'));
  if (mra && o.mraData) {
    const jaOverlay = o.mraText?.('ja');
    // The MRA table is the single source: every configured parameter whose row says "not supported".
    for (const p of params.values()) {
      // DirectoryServerType=UDS is exactly what MRA needs; only other values mean LDAP.
      if (p.name.toLowerCase() === 'directoryservertype' && p.value.trim().toUpperCase() === 'UDS') continue;
      for (const row of mraRowsForParameter(o.mraData, p.name)) {
        if (row.status === 'not-supported')
          b.notes.push(every((L, l) => L.t('note.mraNotSupported', { parameter: p.name, service: serviceText(row, l, jaOverlay) })));
      }
    }
  }
  if (!files.length) b.notes.push(text('note.noFiles'));

  return {
    id: 'workspace',
    group: mra ? 'remote-access' : 'on-premises',
    title: text(mra ? 'title.mraOn' : 'title.mraOff'),
    summary: text('summary', { files: files.length, nodes: b.nodes.length, edges: b.edges.length }),
    zones,
    nodes: b.finalNodes(),
    edges: b.edges,
    notes: b.notes,
    source: [...b.sources].length ? [...b.sources] : [t('source.none')],
  };
}

/** At most this many files are drawn, as the client did when it collected them itself. */
const MAX_FILES = 50;

/** The path shown for a document: its file-system path, or the URI when it has none (untitled). */
function displayPath(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/**
 * The scenario of the workspace the server sees: open documents (their unsaved text) and the
 * matching files on disk, at most MAX_FILES of them and none larger than ucConfig.maxFileSizeMB.
 */
/** The scenario of the workspace's files (the CLI's and the tests' reading of workspaceScenarioInSteps). */
export const workspaceScenario = (ctx: ServiceContext): Scenario => runSteps(workspaceScenarioInSteps(ctx));

/** The scenario of the workspace's files, a file a step (the folders' deployments first). */
export function* workspaceScenarioInSteps(ctx: ServiceContext): Steps<Scenario> {
  const limit = ctx.settings.maxFileSizeMB * 1024 * 1024;
  const files: WorkspaceFile[] = [];
  for (const kind of ['jabber-config', 'app-config', 'uc-settings'] as const) {
    for (const doc of ctx.workspace.documents(kind)) {
      if (files.length >= MAX_FILES) break;
      const text = doc.getText();
      if (text.length <= limit) files.push({ path: displayPath(doc.uri), kind, text, doc });
    }
  }
  // Each deployment folder of Expressway artifacts is drawn as the settings file its artifacts describe.
  for (const { folder, model } of yield* artifactDeploymentsInSteps(ctx)) {
    if (files.length >= MAX_FILES) break;
    files.push({ path: folder, kind: 'uc-settings', text: JSON.stringify(toPlain(model.root) ?? {}) });
  }
  return yield* scenarioInSteps(files, {
    mra: ctx.settings.mra,
    mraData: ctx.catalogs.mra,
    locale: ctx.locale,
    messages: (locale) => messagesOf({ locale, catalogs: ctx.catalogs }, DOMAIN),
    mraText: (locale) => ctx.catalogs.mraText(locale),
  });
}
