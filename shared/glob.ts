// The file patterns of the settings (ucConfig.jabberConfigFiles, …), matched with picomatch — the
// matcher VS Code's own extensions use — with VS Code's glob syntax: `**` any number of folders, `*` and
// `?` within one path segment, `{a,b}` alternatives, `[abc]` / `[!abc]` character classes; anything else
// (parentheses, `|`, `+`, `@`, `!`) is text, as in VS Code. Wildcards match dot files and case is ignored.
//
// A workspace can carry these settings (a cloned repository's .vscode/settings.json), so they are
// bounded: at most MAX_PATTERNS patterns of at most MAX_PATTERN_LENGTH characters, and few enough
// wildcards that the regular expression cannot backtrack for long (`*a*a*a*a*b` against a long name
// takes seconds in any backtracking matcher, picomatch included). A pattern past a bound, or one that
// cannot be read (`[z-a]`), is reported in `problems` and ignored; nothing here throws.
import picomatch from 'picomatch';

export const MAX_PATTERNS = 100;
export const MAX_PATTERN_LENGTH = 1000;
/** `*` runs in one path segment of a pattern; each one more multiplies the worst-case matching time by the name's length. */
export const MAX_WILDCARDS_PER_SEGMENT = 3;
/** `*` and `**` runs in one pattern. */
export const MAX_WILDCARDS = 8;
/** Longer paths (beyond any file system's PATH_MAX) match no pattern. */
export const MAX_PATH_LENGTH = 4096;

export type PatternProblemKind = 'invalid' | 'too-long' | 'too-complex' | 'too-many';

export interface PatternProblem {
  kind: PatternProblemKind;
  /** The pattern (its start, for a long one); for 'too-many', how many were given. */
  pattern: string;
}

export interface CompiledPatterns {
  test(path: string): boolean;
  problems: PatternProblem[];
}

const OPTIONS = { dot: true, nocase: true, noextglob: true } as const;

/** VS Code reads parentheses, `|`, `+`, `@`, `$`, `^` and a `!` outside brackets as text; picomatch would read them as groups and extglobs. */
function literalize(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      out += c + pattern[++i];
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // `[!abc]` is VS Code's negated class; picomatch reads only `[^abc]` so.
      if (pattern[i + 1] === '!') {
        out += '[^';
        i++;
        continue;
      }
    }
    out += '()|+@!$^'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

function tooComplex(pattern: string): boolean {
  let total = 0;
  for (const segment of pattern.split('/')) {
    const runs = segment.match(/\*+/g)?.length ?? 0;
    if (runs > MAX_WILDCARDS_PER_SEGMENT && segment !== '**') return true;
    total += runs;
  }
  return total > MAX_WILDCARDS;
}

const shown = (p: string) => (p.length > 80 ? `${p.slice(0, 77)}…` : p);

/** Compiles a settings list of patterns; what cannot be used is reported and left out. */
export function compilePatterns(patterns: readonly unknown[]): CompiledPatterns {
  const problems: PatternProblem[] = [];
  const list = patterns.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (list.length > MAX_PATTERNS) problems.push({ kind: 'too-many', pattern: String(list.length) });
  const regexps: RegExp[] = [];
  for (const p of list.slice(0, MAX_PATTERNS)) {
    if (p.length > MAX_PATTERN_LENGTH) {
      problems.push({ kind: 'too-long', pattern: shown(p) });
      continue;
    }
    if (tooComplex(p)) {
      problems.push({ kind: 'too-complex', pattern: shown(p) });
      continue;
    }
    let re: RegExp | undefined;
    try {
      re = picomatch.makeRe(literalize(p), OPTIONS);
    } catch {
      re = undefined;
    }
    // picomatch answers a pattern it cannot turn into a regular expression with one that matches nothing.
    if (!re || re.source === '$^') {
      problems.push({ kind: 'invalid', pattern: shown(p) });
      continue;
    }
    regexps.push(re);
  }
  return {
    problems,
    test: (path) => path.length <= MAX_PATH_LENGTH && regexps.some((re) => re.test(path)),
  };
}

/** A matcher for a list of patterns: true when the path matches any of them (problems are ignored). */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = compilePatterns(patterns);
  return (path) => compiled.test(path);
}
