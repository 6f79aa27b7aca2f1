// The stand-ins dist/extension.js uses for vscode-languageclient's semver and minimatch
// (client/bundling/, wired in esbuild.mjs) answer the calls the language client makes exactly as the
// real packages do: the VS Code version check, and glob filters with the options it passes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Minimatch as RealMinimatch } from 'minimatch';
import realParse from 'semver/functions/parse';
import realSatisfies from 'semver/functions/satisfies';
import { Minimatch } from '../../client/bundling/minimatch';
import parse = require('../../client/bundling/semver-parse');
import satisfies = require('../../client/bundling/semver-satisfies');

describe('semver stand-in', () => {
  const versions = ['1.100.3', '1.91.0', '1.90.9', '2.0.0', '1.101.0-insider', '0.9.1', 'v1.95.2', '1.100', 'not a version', '1.100.3+build.7'];
  it('parses VS Code versions like semver', () => {
    for (const v of versions) {
      const real = realParse(v);
      const ours = parse(v);
      assert.equal(ours === null, real === null, v);
      if (real && ours) assert.deepEqual([ours.major, ours.minor, ours.patch, ours.prerelease.map(String)], [real.major, real.minor, real.patch, real.prerelease.map(String)], v);
    }
  });

  it('checks caret ranges like semver, as vscode-languageclient calls it (pre-release cleared)', () => {
    for (const range of ['^1.91.0', '^1.100.0', '^0.2.3', '^0.0.3', '^2.0.0']) {
      for (const v of [...versions, '0.2.9', '0.3.0', '0.0.3', '0.0.4']) {
        const real = realParse(v);
        if (!real) continue;
        real.prerelease = [];
        const ours = parse(v)!;
        ours.prerelease = [];
        assert.equal(satisfies(ours, range), realSatisfies(real, range), `${v} ${range}`);
      }
    }
    assert.equal(satisfies('1.101.0-insider', '^1.91.0'), realSatisfies('1.101.0-insider', '^1.91.0'));
  });
});

describe('minimatch stand-in', () => {
  const patterns = ['**/*.ts', '**/jabber-config*.xml', 'src/**', '/abs/**/x.json', '**/{a,b}/*.yaml', '*.md', '**/.vscode/*.json', 'docs/?.txt', '**/[abc]*.js', '**/[!abc]*.js'];
  const paths = ['/w/a.ts', '/w/.hidden/a.ts', '/w/.a.ts', 'a.ts', '/w/Jabber-Config.xml', '/w/jabber-config-1.xml', 'src', 'src/x/y.ts', 'src/.git/x', '/abs/x.json', '/abs/q/r/x.json', '/w/a/z.yaml', '/w/c/z.yaml', 'README.md', 'x/README.md', '/w/.vscode/settings.json', 'docs/a.txt', 'docs/ab.txt', '/w/alpha.js', '/w/zeta.js', '/w/.beta.js'];
  for (const options of [{ dot: true }, { dot: true, nocase: true }, { noext: true }]) {
    it(`matches like minimatch with ${JSON.stringify(options)}`, () => {
      for (const pattern of patterns) {
        const real = new RealMinimatch(pattern, options);
        const ours = new Minimatch(pattern, options);
        assert.ok(ours.makeRe());
        for (const p of paths) assert.equal(ours.match(p), real.match(p), `${pattern} on ${p}`);
      }
    });
  }
});
