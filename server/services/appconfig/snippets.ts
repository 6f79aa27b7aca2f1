// How one key is written in each app-configuration flavor, as a snippet (with tab stops) or as plain
// text. The server's completion and the client's "Insert EMM parameter…" command both call these
// functions, so they never disagree.
import type { AppConfigFlavor } from '../../formats/appconfig-model';
import type { EmmCatalog, EmmName, EmmParameter } from './catalog';

export type WritableFlavor = Exclude<AppConfigFlavor, 'unknown'>;

const esc = (s: string) => s.replace(/[$}\\]/g, '\\$&');
const escChoice = (s: string) => s.replace(/[$}\\,|]/g, '\\$&');
const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const jsonStr = (s: string) => JSON.stringify(s).slice(1, -1);

/** The delivered type of a key: what its plist element / Graph type / Android field must be. */
export function deliveredType(p: EmmParameter): 'boolean' | 'integer' | 'string' {
  if (p.valueType === 'boolean' || p.valueType === 'integer') return p.valueType;
  return 'string';
}

/** The value a new entry starts with: Cisco's EMM advice, else the default, else a type-shaped example. */
export function startValue(p: EmmParameter): string {
  if (p.emmRecommended !== undefined) return p.emmRecommended;
  if (p.default !== undefined) return deliveredType(p) === 'boolean' ? p.default.toLowerCase() : p.default;
  if (deliveredType(p) === 'boolean') return 'true';
  if ((p.type === 'enum' || p.type === 'list') && p.values?.length) return p.values[0].value;
  if (p.type === 'domain') return 'example.com';
  if (p.type === 'host') return 'host.example.com';
  if (p.type === 'url') return 'https://example.com/';
  return '';
}

/** The value part of a snippet: a choice for booleans and enumerations, else a placeholder. */
export function valuePlaceholder(p: EmmParameter, tab: number): string {
  const first = startValue(p);
  if (deliveredType(p) === 'boolean') return `\${${tab}|${first === 'false' ? 'false,true' : 'true,false'}|}`;
  if (p.type === 'enum' && p.values?.length) {
    const vals = p.values.map((v) => v.value);
    const ordered = [first, ...vals.filter((v) => v !== first)].filter((v) => v !== '');
    return `\${${tab}|${ordered.map(escChoice).join(',')}|}`;
  }
  return `\${${tab}:${esc(first)}}`;
}

/**
 * One entry in the flavor's syntax. `value` is either a snippet placeholder (already escaped) or plain
 * text (escaped here for XML/JSON when `plain` is true). Continuation lines start with `indent`.
 */
function render(flavor: WritableFlavor, key: string, type: 'boolean' | 'integer' | 'string', value: string, indent: string, plain: boolean): string {
  const xv = plain ? xmlEsc(value) : value;
  const jv = plain ? jsonStr(value) : value;
  switch (flavor) {
    case 'ios-plist':
      if (type === 'boolean') return `<key>${xmlEsc(key)}</key>\n${indent}<${xv}/>`;
      return `<key>${xmlEsc(key)}</key>\n${indent}<${type}>${xv}</${type}>`;
    case 'intune-ios-graph':
      return `{ "appConfigKey": "${jsonStr(key)}", "appConfigKeyType": "${type}Type", "appConfigKeyValue": "${jv}" }`;
    case 'intune-mam-graph':
      return `{ "name": "${jsonStr(key)}", "value": "${jv}" }`;
    case 'android-managed':
      if (type === 'boolean') return `{ "key": "${jsonStr(key)}", "valueBool": ${jv} }`;
      if (type === 'integer') return `{ "key": "${jsonStr(key)}", "valueInteger": ${jv} }`;
      return `{ "key": "${jsonStr(key)}", "valueString": "${jv}" }`;
    case 'blackberry-uem':
      return type === 'string' ? `"${jsonStr(key)}": "${jv}"` : `"${jsonStr(key)}": ${jv}`;
  }
}

export function entrySnippet(flavor: WritableFlavor, p: EmmParameter, tab = 1, indent = ''): string {
  return render(flavor, p.key!, deliveredType(p), valuePlaceholder(p, tab), indent, false);
}

export function entryText(flavor: WritableFlavor, p: EmmParameter, value: string, indent = ''): string {
  return render(flavor, p.key!, deliveredType(p), value, indent, true);
}

/** Keys that can be written: a documented key name, and read from app configuration. */
export function writableParameters(catalog: EmmCatalog): EmmParameter[] {
  return catalog.keyed.filter((p) => p.channel !== 'jabber-config-only');
}

/** The EMM a flavor belongs to (a plain iOS plist or Android configuration is Intune's format here). */
export function emmOfFlavor(flavor: WritableFlavor): EmmName {
  return flavor === 'blackberry-uem' ? 'blackberry' : 'intune';
}

/** Whether a key belongs in a file of this flavor: documented for its EMM and not known to be unsupported there. */
export function suitsFlavor(p: EmmParameter, flavor: WritableFlavor): boolean {
  const emm = emmOfFlavor(flavor);
  if (!p.emm.some((e) => e === 'any' || e === emm)) return false;
  return !(p.unsupported ?? []).some((u) => u.emm === emm && !u.platform);
}

/** A whole app configuration; its name and description are words of schemas/l10n/app-config.json (template.<prefix>.*). */
export interface Template {
  prefix: string;
  syntax: 'xml' | 'json';
  flavor: WritableFlavor;
  body: string;
}

const APP = {
  intuneAndroid: 'app:com.cisco.im.intune',
  blackberryIos: 'com.cisco.jabberIMbb',
};

function entriesOf(catalog: EmmCatalog, emm: EmmName, flavor: WritableFlavor, indent: string, separator: string): string {
  const params = writableParameters(catalog).filter((p) => p.templates?.includes(emm));
  return params.map((p, i) => indent + entrySnippet(flavor, p, i + 1, indent)).join(separator);
}

/** The complete app configurations offered in an empty file and as VS Code snippets. */
export function templates(catalog: EmmCatalog): Template[] {
  const i2 = '  ';
  const i4 = '    ';
  return [
    {
      prefix: 'jabber-intune-ios',
      syntax: 'xml',
      flavor: 'ios-plist',
      body: `<dict>\n${entriesOf(catalog, 'intune', 'ios-plist', i2, '\n')}\n</dict>\n`,
    },
    {
      prefix: 'jabber-intune-graph-ios',
      syntax: 'json',
      flavor: 'intune-ios-graph',
      body:
        `{\n${i2}"@odata.type": "#microsoft.graph.iosMobileAppConfiguration",\n${i2}"displayName": "\${100:Cisco Jabber for Intune}",\n${i2}"targetedMobileApps": [],\n` +
        `${i2}"settings": [\n${entriesOf(catalog, 'intune', 'intune-ios-graph', i4, ',\n')}\n${i2}]\n}\n`,
    },
    {
      prefix: 'jabber-intune-graph-mam',
      syntax: 'json',
      flavor: 'intune-mam-graph',
      body:
        `{\n${i2}"@odata.type": "#microsoft.graph.targetedManagedAppConfiguration",\n${i2}"displayName": "\${100:Cisco Jabber for Intune}",\n` +
        `${i2}"customSettings": [\n${entriesOf(catalog, 'intune', 'intune-mam-graph', i4, ',\n')}\n${i2}]\n}\n`,
    },
    {
      prefix: 'jabber-intune-android',
      syntax: 'json',
      flavor: 'android-managed',
      body:
        `{\n${i2}"kind": "androidenterprise#managedConfiguration",\n${i2}"productId": "${APP.intuneAndroid}",\n` +
        `${i2}"managedProperty": [\n${entriesOf(catalog, 'intune', 'android-managed', i4, ',\n')}\n${i2}]\n}\n`,
    },
    {
      prefix: 'jabber-blackberry',
      syntax: 'json',
      flavor: 'blackberry-uem',
      body:
        `{\n${i2}"emm": "blackberry",\n${i2}"app": "${APP.blackberryIos}",\n` +
        `${i2}"appConfiguration": {\n${entriesOf(catalog, 'blackberry', 'blackberry-uem', i4, ',\n')}\n${i2}}\n}\n`,
    },
  ];
}

export interface VsCodeSnippet {
  prefix: string;
  body: string[];
  description: string;
}

const PER_PARAMETER: { flavor: WritableFlavor; syntax: 'xml' | 'json'; prefix: string; what: string }[] = [
  { flavor: 'ios-plist', syntax: 'xml', prefix: 'jabber-', what: 'iOS plist pair' },
  { flavor: 'intune-ios-graph', syntax: 'json', prefix: 'jabber-graph-ios-', what: 'Graph iOS setting' },
  { flavor: 'intune-mam-graph', syntax: 'json', prefix: 'jabber-mam-', what: 'Graph managed-apps custom setting' },
  { flavor: 'android-managed', syntax: 'json', prefix: 'jabber-android-', what: 'Android managed property' },
  { flavor: 'blackberry-uem', syntax: 'json', prefix: 'jabber-bb-', what: 'BlackBerry field' },
];

function firstSentence(s: string): string {
  const m = /^.*?[.!?](\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

/** Every template and per-key entry, in VS Code's snippet-file shape (the unit tests expand each one). */
export function buildSnippetFiles(
  catalog: EmmCatalog,
  words: (id: string) => string,
): { xml: Record<string, VsCodeSnippet>; json: Record<string, VsCodeSnippet> } {
  const xml: Record<string, VsCodeSnippet> = {};
  const json: Record<string, VsCodeSnippet> = {};
  for (const t of templates(catalog)) {
    (t.syntax === 'xml' ? xml : json)[words(`template.${t.prefix}.name`)] = {
      prefix: t.prefix,
      body: t.body.replace(/\n$/, '').split('\n'),
      description: words(`template.${t.prefix}.description`),
    };
  }
  for (const shape of PER_PARAMETER) {
    for (const p of writableParameters(catalog)) {
      if (!suitsFlavor(p, shape.flavor)) continue;
      (shape.syntax === 'xml' ? xml : json)[`${p.key} (${shape.what})`] = {
        prefix: shape.prefix + p.key,
        body: entrySnippet(shape.flavor, p, 1).split('\n'),
        description: firstSentence(p.description),
      };
    }
  }
  return { xml, json };
}
