// Which format a file is, from the user's glob settings. Shared by the server (which decides what
// to check) and the CLI, so both always agree.
import { compilePatterns, type PatternProblem } from './glob';
import type { UcConfigSettings } from './settings';

export type DocumentKind = 'jabber-config' | 'app-config' | 'uc-settings';

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
    m = { test: (p: string) => c.test(p) || c.test('/' + p.replace(/^\/+/, '')), problems: c.problems };
    if (byText.size >= 12) byText.delete(byText.keys().next().value!);
    byText.set(key, m);
  }
  byList.set(patterns, m);
  return m;
}

export function documentKindOfPath(filePath: string, settings: PatternSettings): DocumentKind | undefined {
  const p = filePath.replace(/\\/g, '/');
  if (compiled(settings.jabberConfigFiles).test(p)) return 'jabber-config';
  if (compiled(settings.appConfigFiles).test(p)) return 'app-config';
  if (compiled(settings.settingsFiles).test(p)) return 'uc-settings';
  return undefined;
}

/** What could not be used in each pattern setting (reported to the user once, then ignored). */
export function patternProblems(settings: PatternSettings): { setting: keyof PatternSettings; problem: PatternProblem }[] {
  const out: { setting: keyof PatternSettings; problem: PatternProblem }[] = [];
  for (const setting of ['jabberConfigFiles', 'appConfigFiles', 'settingsFiles'] as const) for (const problem of compiled(settings[setting]).problems) out.push({ setting, problem });
  return out;
}
