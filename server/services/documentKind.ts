// Decides which format a document is: from its URI and the user's file patterns (so the same server
// works for VS Code, which also filters with a document selector, and for any other client), and —
// for files named otherwise — from its content (kindOfContent). Group configuration files of Jabber
// have any name, so a <config version="1.0"> root with Jabber groups is a jabber-config whatever the
// file is called.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKindOfContent, documentKindOfPath } from '../../shared/documentKind';
import { looksLikeXConfiguration } from '../formats/xconfiguration';
import { looksLikeXStatus } from '../formats/xstatus';
import type { UcConfigSettings } from '../../shared/settings';
import type { DocumentKind } from './types';
import { uriPath } from '../core/uri';

export { uriPath } from '../core/uri';

/** The kind by the user's patterns; with the start of the text, a plain-text paste is recognised by content too. */
export function documentKind(uri: string, settings: UcConfigSettings, head?: string | (() => string)): DocumentKind | undefined {
  const p = uriPath(uri);
  const byPath = documentKindOfPath(p, settings);
  if (byPath || head === undefined) return byPath;
  // The text is only looked at for files no pattern matched: artifacts (certificates, DNS, allow
  // lists), then the configuration formats (kindOfContent below).
  return contentKind(uri, typeof head === 'function' ? head() : head);
}

/**
 * What a sniffer reads: the start of the file (a bounded slice, so a large file costs nothing) with
 * the XML prolog (declaration, comments, DOCTYPE, processing instructions) and a byte order mark
 * removed, and the file's extension in lower case without the dot ('' when there is none).
 */
export interface Sniffed {
  head: string;
  /** `head` after the XML prolog: starts at the root element's `<` when the file is XML. */
  body: string;
  ext: string;
}

/**
 * One recogniser per format. Each answers only when the content is unambiguous; the first that
 * answers wins. A new kind (an Expressway artifact, say) is a new entry here.
 */
export interface ContentSniffer {
  kind: DocumentKind;
  matches(s: Sniffed): boolean;
}

/** Bytes of a file a sniffer may look at. */
export const SNIFF_LIMIT = 64 * 1024;

// The seven group elements of jabber-config.xml (Jabber 10.5 Deployment Guide, "Configure the
// Clients"; the catalog's `groups`). Matched as they are written: Jabber reads them case-sensitively.
const JABBER_GROUP = /<(Client|Directory|Options|Phone|Policies|Presence|Voicemail)[\s>/]/;
// Top-level keys of the settings format (docs/settings-format.md), each with a key only the format
// nests under it: `expressway:` holding `expresswayC:`, `cucm:` holding `clusters:`, …
const SETTINGS_KEYS: Record<string, string[]> = {
  expressway: ['expresswayC', 'expresswayE', 'features'],
  cucm: ['clusters'],
  lyncMobility: ['sipDomains'],
  webexScim: ['tenantUrl'],
};

/** A YAML document with a top-level settings key that holds one of its own keys (a line scan, no parse). */
function settingsYaml(head: string): boolean {
  let top: string[] | undefined;
  for (const line of head.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const key = /^([A-Za-z][\w-]*):/.exec(line);
    if (key) {
      top = SETTINGS_KEYS[key[1]];
      continue;
    }
    const nested = /^[ \t]+([A-Za-z][\w-]*):/.exec(line);
    if (top && nested && top.includes(nested[1])) return true;
  }
  return false;
}
const SETTINGS_JSON = /^\s*\{\s*"(expressway|cucm|lyncMobility|webexScim)"\s*:\s*\{/;

export const CONTENT_SNIFFERS: ContentSniffer[] = [
  // <config version="1.0"> with at least one Jabber group.
  { kind: 'jabber-config', matches: (s) => /^<config[\s>]/.test(s.body) && JABBER_GROUP.test(s.body) },
  // EMM app configuration: the AppConfig XML root, or the Intune Graph / Android managed configuration JSON shapes.
  { kind: 'app-config', matches: (s) => /^<managedAppConfiguration[\s>]/.test(s.body) },
  // An Intune property-list fragment (or plist) for Jabber: a <dict> whose keys include ServicesDomain,
  // the key every Jabber EMM configuration carries.
  { kind: 'app-config', matches: (s) => /^<(dict|plist)[\s>]/.test(s.body) && /<key>\s*(ServicesDomain|VoiceServicesDomain)\s*<\/key>/.test(s.body) },
  {
    kind: 'app-config',
    matches: (s) =>
      /^\s*[{[]/.test(s.head) &&
      /"@odata\.type"\s*:\s*"#microsoft\.graph\.(iosMobileAppConfiguration|targetedManagedAppConfiguration|androidManagedStoreAppConfiguration)"|"kind"\s*:\s*"androidenterprise#managedConfiguration"|"emm"\s*:\s*"(intune|blackberry)"/i.test(
        s.head,
      ),
  },
  // Expressway / CUCM / IM and Presence / Lync / SCIM settings, YAML or JSON.
  { kind: 'uc-settings', matches: (s) => SETTINGS_JSON.test(s.head) || (!/^\s*[<{[]/.test(s.head) && settingsYaml(s.head)) },
];

/**
 * For a file the user names explicitly, less is needed: a <config> root says it is meant as a
 * jabber-config (with its groups misspelt, say, which is what the checks will then report).
 */
export const NAMED_FILE_SNIFFERS: ContentSniffer[] = [...CONTENT_SNIFFERS, { kind: 'jabber-config', matches: (s) => /^<config[\s>]/.test(s.body) }];

/** Removes what may precede an XML root: BOM, declaration, comments, DOCTYPE, processing instructions, white space. */
function afterProlog(text: string): string {
  let s = text.replace(/^\uFEFF/, '');
  for (;;) {
    const t = s.replace(/^\s+/, '');
    const m = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i.exec(t);
    if (!m) return t;
    s = t.slice(m[0].length);
  }
}

/** The format a file's content shows, or undefined when it is none we check (or not unambiguously). */
export function kindOfContent(text: string, fileName = '', sniffers: ContentSniffer[] = CONTENT_SNIFFERS): DocumentKind | undefined {
  const head = text.slice(0, SNIFF_LIMIT).replace(/^\uFEFF/, '');
  const sniffed: Sniffed = { head, body: afterProlog(head), ext: /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '' };
  return sniffers.find((s) => s.matches(sniffed))?.kind;
}

/**
 * Kinds recognised by what a file holds rather than by its name (an admin saves a dump as
 * `customer-a/expc.txt`, `xconf_vcsc08.txt` or `show-config.log`). Each sniffer reads at most the first
 * 64 KB; the first that answers wins. Path patterns are asked first.
 */
export const contentSniffers: { kind: DocumentKind; test(text: string): boolean }[] = [
  { kind: 'expressway-xconfiguration', test: (t) => looksLikeXConfiguration(t) },
  { kind: 'expressway-xstatus', test: (t) => looksLikeXStatus(t) },
];

/** File names whose content is read to recognise a format: text that admins paste or save, and the
 *  configuration formats' own extensions (group configuration files have any name); binary files never are. */
export const SNIFFED_EXTENSIONS = /(^|\/)[^/.]+$|\.(txt|log|xconf|xconfig|conf|cfg|out|xml|plist|json|ya?ml)$/i;

/** The kind an artifact's content says (Expressway dumps and status first, then certificates, DNS, allow lists). */
export function artifactKindOfContent(uri: string, text: string): DocumentKind | undefined {
  const p = uriPath(uri);
  const artifact = SNIFFED_EXTENSIONS.test(p) ? contentSniffers.find((s) => s.test(text))?.kind : undefined;
  return artifact ?? documentKindOfContent(p, text.length > 8192 ? text.slice(0, 8192) : text);
}

/** The kind a file's content says: an Expressway artifact, else one of the configuration formats (kindOfContent). */
export function contentKind(uri: string, text: string, sniffers: ContentSniffer[] = CONTENT_SNIFFERS): DocumentKind | undefined {
  const p = uriPath(uri);
  return artifactKindOfContent(uri, text) ?? (SNIFFED_EXTENSIONS.test(p) ? kindOfContent(text, p, sniffers) : undefined);
}

const byDocument = new WeakMap<TextDocument, { version: number; length: number; kind: DocumentKind | undefined }>();

// The kind by path, per URI while the settings stay the same object: asked of every document each time a
// cross-file rule lists the workspace's files of a kind (n² times for n files opened at once).
let byPathOf: UcConfigSettings | undefined;
let byUri = new Map<string, DocumentKind | 0>();

/** The kind of an open or scanned document: its path first, then its content (cached per version). */
export function kindOfDocument(doc: TextDocument, settings: UcConfigSettings): DocumentKind | undefined {
  if (byPathOf !== settings || byUri.size > 1e4) {
    byPathOf = settings;
    byUri = new Map();
  }
  let byPath = byUri.get(doc.uri);
  if (byPath === undefined) byUri.set(doc.uri, (byPath = documentKind(doc.uri, settings) ?? 0));
  if (byPath) return byPath;
  const hit = byDocument.get(doc);
  if (hit && hit.version === doc.version && hit.length === doc.getText().length) return hit.kind;
  const kind = contentKind(doc.uri, doc.getText());
  byDocument.set(doc, { version: doc.version, length: doc.getText().length, kind });
  return kind;
}
