// Which format a file is, from the user's glob settings. Shared by the server (which decides what
// to check) and the client (status item, workspace diagram), so both always agree.
import { globMatcher } from './glob';
import type { UcConfigSettings } from './settings';

export type DocumentKind = 'jabber-config' | 'app-config' | 'uc-settings' | 'certificate' | 'dns' | 'allow-list' | 'expressway-xconfiguration' | 'expressway-xstatus';

/** The settings that name each kind's file patterns. */
export type KindPatterns = Pick<UcConfigSettings, 'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles' | 'certificateFiles' | 'dnsFiles' | 'allowListFiles'>;

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

export function documentKindOfPath(filePath: string, settings: Partial<KindPatterns> & Pick<UcConfigSettings, 'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles'>): DocumentKind | undefined {
  const p = filePath.replace(/\\/g, '/');
  if (matches(settings.jabberConfigFiles, p)) return 'jabber-config';
  if (matches(settings.appConfigFiles, p)) return 'app-config';
  if (matches(settings.settingsFiles, p)) return 'uc-settings';
  if (settings.certificateFiles && matches(settings.certificateFiles, p)) return 'certificate';
  if (settings.dnsFiles && matches(settings.dnsFiles, p)) return 'dns';
  if (settings.allowListFiles && matches(settings.allowListFiles, p)) return 'allow-list';
  return undefined;
}

/** Plain-text names a sniffed artifact may have (a paste saved as .txt, a CSV, a file without extension). */
const SNIFFABLE = /(^|\/)[^/.]+$|\.(txt|log|csv|out)$/i;

/**
 * The kind of a certificate, DNS or allow-list file that no pattern matched, from the start of its
 * text: a PEM block, Cisco's allow-list header, or nslookup / dig / zone-file SRV lines. Only plain
 * text names are sniffed, so a source file that quotes a PEM block is never taken for a certificate.
 */
export function documentKindOfContent(filePath: string, head: string): DocumentKind | undefined {
  if (!SNIFFABLE.test(filePath)) return undefined;
  const h = head.length > 8192 ? head.slice(0, 8192) : head;
  if (/^-----BEGIN (CERTIFICATE|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PKCS7|(RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----\s*$/m.test(h)) return 'certificate';
  if (/^\uFEFF?Url,Deployment,HttpMethods,MatchType,Description\s*$/m.test(h.slice(0, 200))) return 'allow-list';
  if (/\sSRV service location:\s*$|^;;\s*ANSWER SECTION:|^\S+\s+(\d+\s+)?(IN\s+)?SRV\s+\d+\s+\d+\s+\d+\s+\S+\s*$/im.test(h)) return 'dns';
  return undefined;
}
