// Stands in for semver/functions/parse in dist/extension.js (esbuild.mjs aliases it). Its only caller
// is vscode-languageclient's check that VS Code is new enough (^1.91, where package.json already asks
// for ^1.100); the semver package would add 20 KB for that one comparison.

interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  version: string;
}

/** "1.100.3" or "1.101.0-insider" → its parts; null for anything else (as semver does). */
function parse(version: unknown): Version | null {
  const m = typeof version === 'string' ? /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim()) : null;
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [], version: m[0] };
}

export = parse;
