// Decides which format a document is, from the user's file patterns (settings), so the same
// server works for VS Code (which also filters with a document selector) and for any other client.
import picomatch from 'picomatch';
import type { UcConfigSettings } from '../../shared/settings';
import type { DocumentKind } from './types';

const matcherCache = new Map<string, (p: string) => boolean>();

function matches(patterns: string[], path: string): boolean {
  const key = patterns.join('\0');
  let m = matcherCache.get(key);
  if (!m) {
    // Patterns like **/jabber-config*.xml must also match a bare file name (CLI: "jabber-config.xml").
    const isMatch = picomatch(patterns, { dot: true, nocase: true });
    m = (p: string) => isMatch(p) || isMatch('/' + p.replace(/^\/+/, ''));
    matcherCache.set(key, m);
  }
  return m(path);
}

/** The file-system path (or path-like part) of a document URI. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export function documentKind(uri: string, settings: UcConfigSettings): DocumentKind | undefined {
  const p = uriPath(uri).replace(/\\/g, '/');
  if (matches(settings.jabberConfigFiles, p)) return 'jabber-config';
  if (matches(settings.appConfigFiles, p)) return 'app-config';
  if (matches(settings.settingsFiles, p)) return 'uc-settings';
  return undefined;
}
