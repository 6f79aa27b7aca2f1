// The one did-you-mean: which documented names a misspelt one is probably meant to be. Every format
// uses it (jabber-config parameters and groups, app-config keys, settings keys and values, enum
// values); they differ only in how far a typo may go and how many answers they show.
import { distance } from 'fastest-levenshtein';

/** How many edits a typo of `word` may have: a third of its length (or `divisor`th), at least two. */
export function typoLimit(word: string, divisor = 3): number {
  return Math.max(2, Math.floor(word.length / divisor));
}

export interface NearestOptions {
  /** The largest distance accepted (default typoLimit(word)); Infinity always answers. */
  limit?: number;
  /** How many names to return (default 1). */
  max?: number;
  /** The candidates lower-cased, when the caller keeps them (a large catalog is not lower-cased per call). */
  lowered?: readonly string[];
  /** Orders candidates at the same distance (default: the candidates' own order). */
  tieBreak?: (a: string, b: string) => number;
}

/** The candidates nearest to `word` ignoring case, nearest first, within the limit. */
export function nearest(word: string, candidates: readonly string[], options: NearestOptions = {}): string[] {
  const limit = options.limit ?? typoLimit(word);
  const max = options.max ?? 1;
  const w = word.toLowerCase();
  const scored: { name: string; d: number; i: number }[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = options.lowered?.[i] ?? candidates[i].toLowerCase();
    // The distance is at least the difference in length: a candidate that cannot be within the limit is skipped.
    if (Math.abs(c.length - w.length) > limit) continue;
    const d = distance(w, c);
    if (d <= limit) scored.push({ name: candidates[i], d, i });
  }
  scored.sort((a, b) => a.d - b.d || (options.tieBreak ? options.tieBreak(a.name, b.name) : 0) || a.i - b.i);
  const out: string[] = [];
  for (const s of scored) {
    if (out.length >= max) break;
    if (!out.includes(s.name)) out.push(s.name);
  }
  return out;
}

/**
 * The name the user probably meant: the same spelling ignoring case, else the same letters and digits
 * (`sip_port` for `sipPort`), else the nearest within a typo's distance.
 */
export function didYouMean(word: string, candidates: readonly string[], options: NearestOptions = {}): string | undefined {
  if (!candidates.length) return undefined;
  const w = word.toLowerCase();
  const ci = candidates.find((c) => c.toLowerCase() === w);
  if (ci) return ci;
  const squashed = w.replace(/[^a-z0-9]/g, '');
  const bySquash = squashed && candidates.find((c) => c.toLowerCase().replace(/[^a-z0-9]/g, '') === squashed);
  if (bySquash) return bySquash;
  return nearest(word, candidates, options)[0];
}
