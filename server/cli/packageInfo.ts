// The CLI's name, version and home page, read from the package.json it ships in: the repository's
// (dist/cli.js, or server/cli.ts under tsx) or the npm package's (cli/package.json beside cli/dist/).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PackageInfo {
  version: string;
  /** The project's web page, for SARIF's informationUri and the rules' help links. */
  homepage: string;
  /** Where the diagnostic codes are documented, one anchor per code. */
  diagnosticsDoc: string;
}

const FALLBACK_REPOSITORY = 'https://github.com/uc-config/uc-config';
let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let pkg: { version?: string; homepage?: string; repository?: { url?: string } | string } = {};
  for (const dir of [path.resolve(__dirname, '..'), path.resolve(__dirname, '..', '..')]) {
    try {
      const p = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (p.name === 'uc-config') {
        pkg = p;
        break;
      }
    } catch {
      /* not here */
    }
  }
  const repoUrl = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const repository = (repoUrl ?? FALLBACK_REPOSITORY).replace(/^git\+/, '').replace(/\.git$/, '');
  cached = {
    version: pkg.version ?? '0.0.0',
    homepage: pkg.homepage ?? repository,
    diagnosticsDoc: `${repository}/blob/main/docs/diagnostics.md`,
  };
  return cached;
}
