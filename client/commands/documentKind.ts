// Which UC Config file kind a document is. The answer comes from VS Code's own matching of the same
// document selector the language client is started with (ucConfig.jabberConfigFiles, appConfigFiles,
// settingsFiles), so the status item and the commands agree with what is synced to the server, and
// the client bundles no glob library of its own.
import * as vscode from 'vscode';
import type { DocumentKind } from '../../shared/documentKind';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, normalizeSettings, type Locale, type UcConfigSettings } from '../../shared/settings';

/** The settings as they apply to a resource (its workspace folder's values win), or the window's. */
export function currentSettings(scope?: vscode.Uri): UcConfigSettings {
  const cfg = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) raw[key] = cfg.get(key);
  return normalizeSettings(raw);
}

/** The language of the views: ucConfig.locale, or the editor's language when it is "auto". */
export function uiLocale(s: UcConfigSettings = currentSettings()): Locale {
  if (s.locale !== 'auto') return s.locale;
  const lang = vscode.env.language.toLowerCase();
  return lang.startsWith('ko') ? 'ko' : lang.startsWith('ja') ? 'ja' : 'en';
}

type Patterns = Pick<UcConfigSettings, 'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles'> &
  Partial<Pick<UcConfigSettings, 'certificateFiles' | 'dnsFiles' | 'allowListFiles'>>;
const SCHEMES = ['file', 'untitled', 'vscode-remote'];
const KINDS: DocumentKind[] = ['jabber-config', 'app-config', 'uc-settings', 'certificate', 'dns', 'allow-list'];

/** The document filters of one kind; jabber-config files must also be XML (Red Hat's XML extension keeps serving them too). */
type Filter = { scheme: string; language?: string; pattern: string };
export function selectorFor(kind: DocumentKind, s: Patterns): Filter[] {
  const byKind: Record<DocumentKind, string[] | undefined> = {
    'jabber-config': s.jabberConfigFiles,
    'app-config': s.appConfigFiles,
    'uc-settings': s.settingsFiles,
    certificate: s.certificateFiles,
    dns: s.dnsFiles,
    'allow-list': s.allowListFiles,
    // Recognised by content on the server (ARTIFACT_PATTERNS below syncs the candidates).
    'expressway-xconfiguration': undefined,
    'expressway-xstatus': undefined,
  };
  const patterns = byKind[kind] ?? [];
  return SCHEMES.flatMap((scheme) => patterns.map((pattern) => (kind === 'jabber-config' ? { scheme, language: 'xml', pattern } : { scheme, pattern })));
}

/**
 * The file patterns of every workspace folder together (they are resource-scoped settings, so each
 * folder may add its own): the language client syncs all of them, and the server decides per file.
 */
export function allPatterns(): Patterns {
  const scopes = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  const each = scopes.map((s) => currentSettings(s));
  const union = (k: keyof Patterns) => [...new Set(each.flatMap((s) => s[k]))];
  return {
    jabberConfigFiles: union('jabberConfigFiles'),
    appConfigFiles: union('appConfigFiles'),
    settingsFiles: union('settingsFiles'),
    certificateFiles: union('certificateFiles'),
    dnsFiles: union('dnsFiles'),
    allowListFiles: union('allowListFiles'),
  };
}

/**
 * Text files that may hold an Expressway artifact (an xConfiguration dump saved as `expc.txt`, a
 * status.xml). They are synced too, and the server decides by their content (it answers nothing for
 * any other text file), because admins name these files freely.
 */
export const ARTIFACT_PATTERNS = ['**/*.{txt,log,xconf,xconfig,conf,cfg,out}', '**/status*.xml'];

/** Every file UC Config serves: the language client's document selector. */
export function documentSelector(s: Patterns): Filter[] {
  return [...KINDS.flatMap((k) => selectorFor(k, s)), ...SCHEMES.flatMap((scheme) => ARTIFACT_PATTERNS.map((pattern) => ({ scheme, pattern })))];
}

/** The kind of a document, checked in the order the server checks (jabber-config, app-config, settings). */
export function kindOfDocument(doc: vscode.TextDocument, s: Patterns = currentSettings()): DocumentKind | undefined {
  return KINDS.find((k) => vscode.languages.match(selectorFor(k, s), doc) > 0);
}
