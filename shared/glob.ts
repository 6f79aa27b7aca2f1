// Glob patterns of the file settings (ucConfig.jabberConfigFiles, …) as regular expressions. The
// syntax is VS Code's, which the client's document selector uses for the same patterns: `**` any
// number of folders, `*` and `?` within one path segment, `{a,b}` alternatives, `[abc]` / `[!abc]`
// character classes. For the settings, wildcards match dot files too and case is ignored, as
// picomatch did with { dot: true, nocase: true } here before (test/unit/glob.test.ts checks the two
// agree). The client build also answers vscode-languageclient's few minimatch calls with it.

const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
const escape = (s: string) => s.replace(SPECIAL, '\\$&');

export interface GlobOptions {
  /** Wildcards match a segment's leading "." (true here; minimatch's default is false). */
  dot?: boolean;
  /** "dir/**" matches "dir" itself too (picomatch and the settings: true; minimatch: false). */
  folder?: boolean;
}

/** The regular expression source of one pattern (no anchors). */
export function globSource(glob: string, { dot = true, folder = true }: GlobOptions = {}): string {
  const noDot = (at: number) => (!dot && (at === 0 || glob[at - 1] === '/') ? '(?!\\.)' : '');
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**" as a whole segment spans folders: "a/**/b" also matches "a/b", a leading "**/" any prefix.
      const start = i === 0 || glob[i - 1] === '/';
      let j = i;
      while (glob[j] === '*') j++;
      const end = j === glob.length || glob[j] === '/';
      if (start && end) {
        if (glob[j] === '/') {
          out += `(?:${noDot(i)}[^/]*(?:/|$))*`;
          i = j + 1;
        } else if (folder && out.endsWith('\\/')) {
          // A trailing "/**" also matches the folder itself.
          out = out.slice(0, -2) + (dot ? '(?:/.*)?' : '(?:/(?:(?!\\.)[^/]*(?:/|$))*)?');
          i = j;
        } else {
          out += dot ? '.*' : '(?:(?!\\.)[^/]*(?:/|$))*';
          i = j;
        }
        continue;
      }
      out += `${noDot(i)}[^/]*`;
      i = j;
    } else if (c === '*') {
      out += `${noDot(i)}[^/]*`;
      i++;
    } else if (c === '?') {
      out += `${noDot(i)}[^/]`;
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      out += `${noDot(i)}[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close + 1;
    } else if (c === '{') {
      braces++;
      out += '(?:';
      i++;
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
      i++;
    } else if (c === ',' && braces > 0) {
      out += '|';
      i++;
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escape(glob[i + 1]);
      i += 2;
    } else {
      out += escape(c);
      i++;
    }
  }
  // An unclosed "{" is taken literally, as the other tools do.
  if (braces > 0) return escape(glob);
  return out;
}

/** A matcher for a list of patterns: true when the path matches any of them. */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const parts = patterns.filter((p) => p.length > 0).map((p) => globSource(p));
  if (!parts.length) return () => false;
  const re = new RegExp(`^(?:${parts.join('|')})$`, 'i');
  return (path) => re.test(path);
}
