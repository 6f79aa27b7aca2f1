// Stands in for semver/functions/satisfies in dist/extension.js (see semver-parse.ts): whether a
// version meets a caret range such as "^1.91.0" — the only form vscode-languageclient writes.

import parse = require('./semver-parse');

type Parts = { major: number; minor: number; patch: number; prerelease: string[] };

function satisfies(version: Parts | string, range: string): boolean {
  const v = typeof version === 'string' ? parse(version) : version;
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!v || !m) return false;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A pre-release never satisfies a range without one, as in semver; the caller clears it first.
  if (v.prerelease.length) return false;
  const atLeast = v.major > major || (v.major === major && (v.minor > minor || (v.minor === minor && v.patch >= patch)));
  // ^X.Y.Z allows changes that do not modify the left-most non-zero part.
  const below = major > 0 ? v.major === major : minor > 0 ? v.major === 0 && v.minor === minor : v.major === 0 && v.minor === 0 && v.patch === patch;
  return atLeast && below;
}

export = satisfies;
