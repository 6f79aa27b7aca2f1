// Stands in for minimatch in dist/extension.js (esbuild.mjs aliases it): vscode-languageclient calls
// it only to match file-operation and notebook/diagnostic document filters sent by a server, and
// UC Config's server sends none. The matching is shared/glob.ts's, with minimatch's options `dot`
// and `nocase`; brace-expansion and minimatch together would add 28 KB.
import { globSource } from '../../shared/glob';

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
