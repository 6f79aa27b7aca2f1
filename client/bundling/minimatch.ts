// Stands in for minimatch in dist/extension.js (esbuild.mjs aliases it): vscode-languageclient calls
// it only to match file-operation and notebook/diagnostic document filters sent by a server, and
// UC Config's server sends none. The matching below translates a glob to a regular expression, with
// minimatch's options `dot` and `nocase`; brace-expansion and minimatch together would add 28 KB. (The
// server's file patterns use picomatch, in shared/glob.ts; the client bundle carries no matcher library.)

const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
const escape = (s: string) => s.replace(SPECIAL, '\\$&');

interface GlobOptions {
  /** Wildcards match a segment's leading "." (true here; minimatch's default is false). */
  dot?: boolean;
  /** "dir/**" matches "dir" itself too (picomatch and the settings: true; minimatch: false). */
  folder?: boolean;
}

/** The regular expression source of one pattern (no anchors). */
function globSource(glob: string, { dot = true, folder = true }: GlobOptions = {}): string {
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

export interface MinimatchOptions {
  dot?: boolean;
  nocase?: boolean;
  noext?: boolean;
}

export class Minimatch {
  private readonly re: RegExp | false;

  constructor(readonly pattern: string, readonly options: MinimatchOptions = {}) {
    try {
      this.re = new RegExp(`^(?:${globSource(pattern, { dot: options.dot ?? false, folder: false })})$`, options.nocase ? 'i' : '');
    } catch {
      this.re = false;
    }
  }

  makeRe(): RegExp | false {
    return this.re;
  }

  match(path: string): boolean {
    return this.re !== false && this.re.test(path);
  }
}

export function minimatch(path: string, pattern: string, options?: MinimatchOptions): boolean {
  return new Minimatch(pattern, options).match(path);
}
