// Which format a file is, from the user's glob settings. Shared by the server (which decides what
// to check) and the CLI, so both always agree.
import { compilePatterns, type PatternProblem } from './glob';
import type { UcConfigSettings } from './settings';

export type DocumentKind =
  'jabber-config' | 'app-config' | 'uc-settings' | 'certificate' | 'dns' | 'allow-list' | 'expressway-xconfiguration' | 'expressway-xstatus';

/** The settings that name each kind's file patterns. */
export type KindPatterns = Pick<
  UcConfigSettings,
  'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles' | 'certificateFiles' | 'dnsFiles' | 'allowListFiles'
>;

type PatternSettings = Pick<UcConfigSettings, 'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles'>;

/** The last few pattern lists compiled (settings change rarely; a bound keeps a churning client from growing it). */
type Matcher = { test: (p: string) => boolean; problems: PatternProblem[] };
const byList = new WeakMap<readonly string[], Matcher>();
const byText = new Map<string, Matcher>();

function compiled(patterns: readonly string[]): Matcher {
  let m = byList.get(patterns);
  if (m) return m;
  const key = patterns.join('\0');
  m = byText.get(key);
  if (!m) {
    const c = compilePatterns(patterns);
    // Patterns like **/jabber-config*.xml must also match a bare relative path ("jabber-config.xml").
    // (A path that starts with one '/' is tested once.)
    m = { test: (p: string) => c.test(p) || (!/^\/(?!\/)/.test(p) && c.test('/' + p.replace(/^\/+/, ''))), problems: c.problems };
    if (byText.size >= 12) byText.delete(byText.keys().next().value!);
    byText.set(key, m);
  }
  byList.set(patterns, m);
  return m;
}

export function documentKindOfPath(filePath: string, settings: Partial<KindPatterns> & PatternSettings): DocumentKind | undefined {
  const p = filePath.replace(/\\/g, '/');
  if (compiled(settings.jabberConfigFiles).test(p)) return 'jabber-config';
  if (compiled(settings.appConfigFiles).test(p)) return 'app-config';
  if (compiled(settings.settingsFiles).test(p)) return 'uc-settings';
  if (settings.certificateFiles && compiled(settings.certificateFiles).test(p)) return 'certificate';
  if (settings.dnsFiles && compiled(settings.dnsFiles).test(p)) return 'dns';
  if (settings.allowListFiles && compiled(settings.allowListFiles).test(p)) return 'allow-list';
  return undefined;
}

/** Plain-text names a sniffed artifact may have (a paste saved as .txt, a CSV, a file without extension). */
/** Names whose text is read to recognise a certificate, DNS or allow-list file (documentKindOfContent). */
export const SNIFFABLE = /(^|\/)[^/.]+$|\.(txt|log|csv|out)$/i;

/**
 * The kind of a certificate, DNS or allow-list file that no pattern matched, from the start of its
 * text: a PEM block, Cisco's allow-list header, or nslookup / dig / zone-file SRV lines. Only plain
 * text names are sniffed, so a source file that quotes a PEM block is never taken for a certificate.
 */
export function documentKindOfContent(filePath: string, head: string): DocumentKind | undefined {
  if (!SNIFFABLE.test(filePath)) return undefined;
  const h = head.length > 8192 ? head.slice(0, 8192) : head;
  if (
    /^-----BEGIN (CERTIFICATE|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PKCS7|(RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----\s*$/m.test(
      h,
    )
  )
    return 'certificate';
  if (/^\uFEFF?Url,Deployment,HttpMethods,MatchType,Description\s*$/m.test(h.slice(0, 200))) return 'allow-list';
  if (/\sSRV service location:\s*$|^;;\s*ANSWER SECTION:|^\S+\s+(\d+\s+)?(IN\s+)?SRV\s+\d+\s+\d+\s+\d+\s+\S+\s*$/im.test(h)) return 'dns';
  return undefined;
}

/** What could not be used in each pattern setting (reported to the user once, then ignored). */
export function patternProblems(settings: PatternSettings & Partial<KindPatterns>): { setting: keyof KindPatterns; problem: PatternProblem }[] {
  const out: { setting: keyof KindPatterns; problem: PatternProblem }[] = [];
  for (const setting of ['jabberConfigFiles', 'appConfigFiles', 'settingsFiles', 'certificateFiles', 'dnsFiles', 'allowListFiles'] as const) {
    const list = settings[setting];
    if (list) for (const problem of compiled(list).problems) out.push({ setting, problem });
  }
  return out;
}
