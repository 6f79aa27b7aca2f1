// The one message a user gets when a file-pattern setting holds patterns UC Config cannot use (a pattern
// it cannot read, too long, too many wildcards, too many patterns): they are ignored, and the server says
// so once (window/showMessage) in the user's language instead of failing on the next file it opens.
import { MAX_PATTERN_LENGTH, MAX_PATTERNS, MAX_WILDCARDS, MAX_WILDCARDS_PER_SEGMENT, type PatternProblem } from '../../shared/glob';
import { messagesOf } from '../catalog/messages';
import { SETTINGS_SECTION } from '../../shared/settings';
import type { ServiceContext } from './types';

const MAX_LISTED = 5;

/** One line per setting with problems; empty when every pattern is usable. */
export function describePatternProblems(problems: { setting: string; problem: PatternProblem }[], ctx: Pick<ServiceContext, 'locale' | 'catalogs'>): string[] {
  const G = messagesOf(ctx, 'common');
  const bySetting = new Map<string, PatternProblem[]>();
  for (const { setting, problem } of problems) bySetting.set(setting, [...(bySetting.get(setting) ?? []), problem]);
  const lines: string[] = [];
  for (const [setting, list] of bySetting) {
    const parts = list.slice(0, MAX_LISTED).map((p) => {
      switch (p.kind) {
        case 'invalid':
          return G.t('patterns.invalid', { pattern: p.pattern });
        case 'too-long':
          return G.t('patterns.tooLong', { pattern: p.pattern, max: MAX_PATTERN_LENGTH });
        case 'too-complex':
          return G.t('patterns.tooComplex', { pattern: p.pattern, perSegment: MAX_WILDCARDS_PER_SEGMENT, total: MAX_WILDCARDS });
        default:
          return G.t('patterns.tooMany', { count: p.pattern, max: MAX_PATTERNS });
      }
    });
    if (list.length > MAX_LISTED) parts.push('…');
    lines.push(G.t('patterns.message', { setting: `${SETTINGS_SECTION}.${setting}`, problems: parts.join('; ') }));
  }
  return lines;
}
