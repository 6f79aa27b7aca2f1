// The data the views draw — the MRA support table (schemas/mra-support.json) and deployment
// scenarios (schemas/deployments.json, or one the server derives from the workspace) — as plain
// types shared by the client, which draws them, and the server, which derives scenarios and the
// MRA CodeLens from them. The JSON Schemas beside the data are the authority; these mirror them.
import type { Locale } from './settings';

export type { Locale };

export interface Text {
  en: string;
  ko?: string;
  ja?: string;
}

/** The text in the wanted language, falling back to English (which every entry has). */
export function pick(text: Text | undefined, locale: Locale = 'en'): string {
  if (!text) return '';
  return text[locale] ?? text.en;
}

export type MraStatus = 'supported' | 'not-supported' | 'conditional';
export type MraClients = 'all' | 'desktop' | 'mobile' | 'windows' | 'mac' | 'android' | 'ios';

export interface MraRequirement {
  kind: 'http-allow-list' | 'min-version' | 'setting';
  product?: string;
  version?: string;
  note?: string;
}

export interface MraRow {
  id: string;
  category: string;
  service: Text;
  status: MraStatus;
  clients: MraClients;
  conditions?: Text[];
  notSupportedOn?: string[];
  requires?: MraRequirement[];
  parameters?: string[];
  /** When the value decides: parameter → the values the row speaks of (DirectoryServerType=UDS is not LDAP search). */
  parameterValues?: Record<string, string[]>;
  note?: Text;
  source: string;
}

export interface MraSupport {
  source: string;
  categories: { id: string; title: Text }[];
  rows: MraRow[];
}

export type NodeType =
  | 'client'
  | 'browser'
  | 'desk-phone'
  | 'phone'
  | 'endpoint'
  | 'admin'
  | 'cucm'
  | 'imp'
  | 'unity'
  | 'webex-cloud'
  | 'webex-meetings'
  | 'control-hub'
  | 'expressway-c'
  | 'expressway-e'
  | 'firewall'
  | 'reverse-proxy'
  | 'load-balancer'
  | 'vpn-gateway'
  | 'idp'
  | 'idp-proxy'
  | 'dns'
  | 'directory'
  | 'emm'
  | 'app-store'
  | 'cer'
  | 'psap'
  | 'e911-service'
  | 'push-service'
  | 'web-server'
  | 'profile-store'
  | 'xmpp-server'
  | 'jabber-guest'
  | 'meeting-server'
  | 'lync-server';

export type ZoneKind = 'internal' | 'dmz' | 'internet' | 'cloud' | 'device' | 'partner';

export interface Zone {
  id: string;
  kind: ZoneKind;
  label: Text;
}

export interface DiagramNode {
  id: string;
  type: NodeType;
  label: string;
  /** The label in Korean and Japanese (English is `label`). */
  labelL10n?: Partial<Record<Locale, string>>;
  zone?: string;
  note?: Text;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
  labelL10n?: Partial<Record<Locale, string>>;
  protocol?: string;
  port?: string;
  optional?: boolean;
  note?: Text;
}

export interface FlowStep {
  n: string;
  from: string;
  to: string;
  label: Text;
  protocol?: string;
  port?: string;
}

export interface Flow {
  id: string;
  title: Text;
  steps: FlowStep[];
  source: string | string[];
}

export interface Scenario {
  id: string;
  group: string;
  title: Text;
  summary: Text;
  services?: Text[];
  zones?: Zone[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  flows?: Flow[];
  notes?: Text[];
  source: string | string[];
}

export interface Deployments {
  scenarios: Scenario[];
}

export const STATUS_LABEL: Record<MraStatus, string> = {
  supported: 'Supported',
  'not-supported': 'Not supported',
  conditional: 'Conditional',
};

/** The MRA table rows that name a parameter: the single source for MRA notes. */
export function mraRowsForParameter<R extends Pick<MraRow, 'parameters'>>(mra: { rows: R[] }, name: string): R[] {
  const key = name.toLowerCase();
  return mra.rows.filter((r) => (r.parameters ?? []).some((p) => p.toLowerCase() === key));
}
