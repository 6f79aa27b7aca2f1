// Types of the two data files the views draw (schemas/mra-support.json, schemas/deployments.json)
// and the small helpers every view shares. The JSON Schemas beside the data are the authority;
// these interfaces mirror them so the generators are type-checked.
import * as fs from 'fs';
import * as path from 'path';

export type Locale = 'en' | 'ko' | 'ja';

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
  note?: Text;
  source: string;
}

export interface MraSupport {
  source: string;
  categories: { id: string; title: Text }[];
  rows: MraRow[];
}

export type NodeType =
  | 'client' | 'browser' | 'desk-phone' | 'phone' | 'endpoint' | 'admin'
  | 'cucm' | 'imp' | 'unity' | 'webex-cloud' | 'webex-meetings' | 'control-hub'
  | 'expressway-c' | 'expressway-e' | 'firewall' | 'reverse-proxy' | 'load-balancer' | 'vpn-gateway'
  | 'idp' | 'idp-proxy' | 'dns' | 'directory' | 'emm' | 'app-store'
  | 'cer' | 'psap' | 'e911-service' | 'push-service' | 'web-server' | 'profile-store'
  | 'xmpp-server' | 'jabber-guest' | 'meeting-server' | 'lync-server';

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
  zone?: string;
  note?: Text;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
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

/** One jabber-config parameter as schemas/jabber-parameters.json describes it (only what the views show). */
export interface ParameterDoc {
  name: string;
  aliases?: string[];
  group: string;
  type: string;
  description: string;
  default?: string;
  defaultNote?: string;
  platforms?: string[];
  values?: { value: string; description?: string }[];
  since?: string;
  deprecated?: { since?: string; replacedBy?: string; note?: string };
  mraNote?: string;
  notes?: string[];
  source: string | string[];
}

export interface ViewData {
  mra: MraSupport;
  deployments: Deployments;
  /** Empty when schemas/jabber-parameters.json is not there yet. */
  parameters: ParameterDoc[];
}

/** Reads the data files from a schemas folder (the extension's own, or the repository's in tests). */
export function loadViewData(schemasDir: string): ViewData {
  const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8')) as T;
  let parameters: ParameterDoc[] = [];
  try {
    parameters = read<{ parameters: ParameterDoc[] }>('jabber-parameters.json').parameters ?? [];
  } catch {
    // The parameter catalog is optional for the diagrams and the table; links then open a note instead.
  }
  return { mra: read<MraSupport>('mra-support.json'), deployments: read<Deployments>('deployments.json'), parameters };
}

/** Finds a parameter by canonical name or documented alias, ignoring case as Jabber does. */
export function findParameter(parameters: ParameterDoc[], name: string): ParameterDoc | undefined {
  const key = name.toLowerCase();
  return parameters.find((p) => p.name.toLowerCase() === key || (p.aliases ?? []).some((a) => a.toLowerCase() === key));
}

/** The MRA table rows that name a parameter: the single source for MRA notes. */
export function mraRowsForParameter(mra: MraSupport, name: string): MraRow[] {
  const key = name.toLowerCase();
  return mra.rows.filter((r) => (r.parameters ?? []).some((p) => p.toLowerCase() === key));
}
