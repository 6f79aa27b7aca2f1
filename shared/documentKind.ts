// Which format a file is, from the user's glob settings. Shared by the server (which decides what
// to check) and the client (status item, workspace diagram), so both always agree.
import { globMatcher } from './glob';
import type { UcConfigSettings } from './settings';

export type DocumentKind = 'jabber-config' | 'app-config' | 'uc-settings' | 'expressway-xconfiguration' | 'expressway-xstatus';

const matcherCache = new Map<string, (p: string) => boolean>();

function matches(patterns: string[], path: string): boolean {
  const key = patterns.join('\0');
  let m = matcherCache.get(key);
  if (!m) {
    const isMatch = globMatcher(patterns);
    // Patterns like **/jabber-config*.xml must also match a bare relative path ("jabber-config.xml").
    m = (p: string) => isMatch(p) || isMatch('/' + p.replace(/^\/+/, ''));
    matcherCache.set(key, m);
  }
  return m(path);
}

export function documentKindOfPath(filePath: string, settings: Pick<UcConfigSettings, 'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles'>): DocumentKind | undefined {
  const p = filePath.replace(/\\/g, '/');
  if (matches(settings.jabberConfigFiles, p)) return 'jabber-config';
  if (matches(settings.appConfigFiles, p)) return 'app-config';
  if (matches(settings.settingsFiles, p)) return 'uc-settings';
  return undefined;
}
