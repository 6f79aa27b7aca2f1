// "Diagram of this workspace": a scenario built from the files the admin actually has — which
// servers jabber-config.xml names, which domains the EMM app configuration sets, what the
// Expressway / Unified CM settings file declares, and whether MRA is on. The server answers the
// client's ucConfig/workspaceScenario request with it (it has the parsers, the open documents and
// the files on disk); the result is an ordinary Scenario, drawn and exported like the seed scenarios.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mraRowsForParameter, type DiagramEdge, type DiagramNode, type MraRow, type NodeType, type Scenario, type Text, type Zone } from '../../../shared/viewModel';
import { parseAppConfigJson } from '../../formats/appconfig-json';
import { parseAppConfigPlist } from '../../formats/appconfig-plist';
import { jabberModelOf, parseJabberConfig } from '../../formats/jabber-config';
import { parseSettings, syntaxOf, toPlain } from '../../formats/settings';
import type { ServiceContext } from '../types';

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
  mraData?: { rows: Pick<MraRow, 'parameters' | 'status' | 'service'>[] };
}

/** Host part of a URL, or the value itself when it is already a host name. */
export function hostOf(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]+)/i.exec(v);
  if (m) return m[1].toLowerCase();
  if (/^[A-Za-z0-9.-]+(:\d+)?$/.test(v)) return v.replace(/:\d+$/, '').toLowerCase();
  return undefined;
}

/** jabber-config parameters that name a server, with what the client uses it for. */
const SERVER_PARAMETERS: { names: string[]; type: NodeType; role: string; protocol?: string; http?: boolean }[] = [
  { names: ['TftpServer1', 'TftpServer2'], type: 'cucm', role: 'configuration download', protocol: 'TFTP' },
  { names: ['CcmcipServer1', 'CcmcipServer2'], type: 'cucm', role: 'device list', protocol: 'CCMCIP' },
  { names: ['CtiServer1', 'CtiServer2'], type: 'cucm', role: 'desk phone control', protocol: 'CTI' },
  { names: ['UdsServer'], type: 'cucm', role: 'directory (UDS)', protocol: 'UDS' },
  { names: ['PresenceServerAddress', 'PresenceServerURL'], type: 'imp', role: 'presence' },
  { names: ['PrimaryServerName', 'SecondaryServerName'], type: 'directory', role: 'LDAP directory', protocol: 'LDAP' },
  { names: ['VoicemailPrimaryServer', 'VoicemailBackup1Server', 'VoicemailBackup2Server'], type: 'unity', role: 'voicemail', http: true },
  { names: ['PhotoUriWithToken', 'UdsPhotoUriWithToken'], type: 'web-server', role: 'contact photos', protocol: 'HTTP', http: true },
  { names: ['UpdateURL'], type: 'web-server', role: 'installer updates', protocol: 'HTTP', http: true },
  { names: ['PrtLogServerURL'], type: 'web-server', role: 'problem report upload', protocol: 'HTTPS', http: true },
  { names: ['E911NotificationURL'], type: 'web-server', role: 'E911 notice page', protocol: 'HTTP', http: true },
  { names: ['InternalExchangeServer', 'ExternalExchangeServer'], type: 'web-server', role: 'Exchange calendar', protocol: 'HTTPS' },
  { names: ['Meeting_Server_Address', 'Meeting_Server_Address_Backup', 'Meeting_Server_Address_Backup2'], type: 'webex-meetings', role: 'meetings' },
];

class Builder {
  readonly nodes: DiagramNode[] = [];
  readonly edges: DiagramEdge[] = [];
  readonly notes: Text[] = [];
  readonly sources = new Set<string>();
  private readonly roles = new Map<string, string[]>();

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
    return this.nodes.map((n) => (this.roles.get(n.id)?.length ? { ...n, label: `${n.label} (${this.roles.get(n.id)!.join(', ')})` } : n));
  }

  edge(e: DiagramEdge): void {
    const same = this.edges.find((x) => x.from === e.from && x.to === e.to);
    if (same) {
      if (!same.label.includes(e.label)) same.label = `${same.label}; ${e.label}`;
      if (e.protocol && !(same.protocol ?? '').includes(e.protocol)) same.protocol = same.protocol ? `${same.protocol} / ${e.protocol}` : e.protocol;
    } else this.edges.push(e);
  }
}

const hostId = (host: string) => 'host-' + host.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

function get(obj: unknown, ...path: string[]): unknown {
  let o: unknown = obj;
  for (const k of path) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined;
  return o;
}
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Builds the workspace scenario. Files that do not parse still contribute what could be read. */
export function deriveWorkspaceScenario(files: readonly WorkspaceFile[], o: WorkspaceOptions): Scenario {
  const b = new Builder();
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
      const model = /^\s*</.test(f.text) ? parseAppConfigPlist(f.text) : parseAppConfigJson(f.text);
      const emmLabel = model.emm === 'blackberry' ? 'BlackBerry UEM' : model.emm === 'intune' ? 'Microsoft Intune' : 'EMM app configuration';
      const emm = b.node('emm', 'emm', emmLabel);
      b.edge({ from: emm, to: jabber, label: `app configuration (${model.entries.length} keys)` });
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
      for (const h of strings(get(uc, 'unifiedCmServers'))) b.node(hostId(h), 'cucm', h, 'corp', 'Expressway-C Unified CM server');
      for (const h of strings(get(uc, 'imAndPresenceServiceNodes'))) b.node(hostId(h), 'imp', h, 'corp', 'Expressway-C IM and Presence node');
      const allow = get(uc, 'httpServerAllowList');
      if (Array.isArray(allow)) {
        allowListDeclared = true;
        for (const h of strings(allow)) allowList.add(hostOf(h) ?? h.toLowerCase());
      }
      for (const c of (get(plain, 'cucm', 'clusters') as unknown[]) ?? []) {
        const pub = get(c, 'publisher');
        const role = get(c, 'role');
        if (typeof pub === 'string') b.node(hostId(pub), role === 'im-and-presence-central' ? 'imp' : 'cucm', pub, 'corp', `publisher${typeof get(c, 'name') === 'string' ? ` of ${get(c, 'name')}` : ''}`);
      }
      for (const r of (get(plain, 'dns', 'srvRecords') as unknown[]) ?? []) {
        const name = get(r, 'name');
        const target = get(r, 'target');
        const port = get(r, 'port');
        if (typeof name !== 'string') continue;
        const dns = b.node('dns', 'dns', 'DNS');
        b.edge({ from: jabber, to: dns, label: 'service discovery', protocol: 'DNS SRV' });
        if (typeof target === 'string') {
          const tid = b.node(hostId(target), /collab-edge/i.test(name) ? 'expressway-e' : 'cucm', target, /collab-edge/i.test(name) ? 'dmz' : 'corp');
          b.edge({ from: dns, to: tid, label: name, protocol: 'SRV', ...(typeof port === 'number' ? { port: String(port) } : {}) });
        }
      }
    }
  }

  const mra = o.mra === 'on' || mraFromSettings;
  const zones: Zone[] = mra
    ? [{ id: 'internet', kind: 'internet', label: { en: 'Internet (off-net clients)' } }, { id: 'dmz', kind: 'dmz', label: { en: 'DMZ' } }, { id: 'corp', kind: 'internal', label: { en: 'Corporate network' } }]
    : [{ id: 'corp', kind: 'internal', label: { en: 'Corporate network' } }];
  const jabberNode = b.nodes.find((n) => n.id === jabber)!;
  jabberNode.zone = mra ? 'internet' : 'corp';
  jabberNode.label = mra ? 'Cisco Jabber (off-net, over MRA)' : 'Cisco Jabber';

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
    b.edge({ from: jabber, to: e, label: 'SIP, HTTPS and XMPP over TLS' });
    b.edge({ from: expcId, to: e, label: 'Unified Communications traversal zone', protocol: 'SIP TLS', ...(traversalPort ? { port: traversalPort } : {}) });
  }

  for (const spec of SERVER_PARAMETERS) {
    for (const name of spec.names) {
      const p = params.get(name.toLowerCase());
      if (!p?.value) continue;
      const host = hostOf(p.value);
      if (!host) continue;
      const id = b.node(hostId(host), spec.type, host, 'corp', spec.role);
      let label = `${spec.role} — ${p.name}`;
      if (mra && spec.http) {
        const listed = allowList.has(host);
        label += allowListDeclared ? (listed ? ' (on the HTTP allow list)' : ' (NOT on the Expressway-C HTTP allow list)') : ' (needs the Expressway-C HTTP allow list)';
      }
      b.edge({ from: mra && expcId ? expcId : jabber, to: id, label, ...(spec.protocol ? { protocol: spec.protocol } : {}) });
    }
  }

  const emmType = params.get('emmtype');
  if (emmType?.value) b.notes.push({ en: `EMMType ${emmType.value}: sign-in allowed for ${emmType.value.split(';').map((v) => ({ '0': 'standard Jabber', '1': 'Jabber for Intune', '2': 'Jabber for BlackBerry' })[v.trim()] ?? v.trim()).join(', ')}.` });
  const tel = params.get('telephony_enabled');
  if (tel && tel.value.toLowerCase() === 'false') b.notes.push({ en: 'Telephony_Enabled is false: IM-only deployment.' });
  if (mra && o.mraData) {
    // The MRA table is the single source: every configured parameter whose row says "not supported".
    for (const p of params.values()) {
      // DirectoryServerType=UDS is exactly what MRA needs; only other values mean LDAP.
      if (p.name.toLowerCase() === 'directoryservertype' && p.value.trim().toUpperCase() === 'UDS') continue;
      for (const row of mraRowsForParameter(o.mraData, p.name)) {
        if (row.status === 'not-supported') b.notes.push({ en: `${p.name} is set, but "${row.service.en}" is not supported over MRA.` });
      }
    }
  }
  if (!files.length) b.notes.push({ en: 'No jabber-config, app-config or settings file is open in this workspace.' });

  return {
    id: 'workspace',
    group: mra ? 'remote-access' : 'on-premises',
    title: { en: `This workspace${mra ? ' (MRA on)' : ' (MRA off)'}` },
    summary: { en: `Derived from ${files.length} file(s): ${b.nodes.length} components, ${b.edges.length} links. Only what the files name is drawn.` },
    zones,
    nodes: b.finalNodes(),
    edges: b.edges,
    notes: b.notes,
    source: [...b.sources].length ? [...b.sources] : ['(no file)'],
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
export function workspaceScenario(ctx: ServiceContext): Scenario {
  const limit = ctx.settings.maxFileSizeMB * 1024 * 1024;
  const files: WorkspaceFile[] = [];
  for (const kind of ['jabber-config', 'app-config', 'uc-settings'] as const) {
    for (const doc of ctx.workspace.documents(kind)) {
      if (files.length >= MAX_FILES) break;
      const text = doc.getText();
      if (text.length <= limit) files.push({ path: displayPath(doc.uri), kind, text, doc });
    }
  }
  return deriveWorkspaceScenario(files, { mra: ctx.settings.mra, mraData: ctx.catalogs.mra });
}
