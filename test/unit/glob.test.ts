// The file-pattern matcher (shared/glob.ts) that decides which format a file is: picomatch with VS Code's
// reading of a glob. It agrees with plain picomatch { dot: true, nocase: true } on the default patterns and
// on every kind of pattern users write, for absolute, relative and Windows-style paths; it reads `[!abc]`
// and parentheses as VS Code does; and a workspace's hostile patterns are reported and ignored, quickly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { documentKindOfPath } from '../../shared/documentKind';
import { compilePatterns, globMatcher, MAX_PATH_LENGTH, MAX_PATTERNS } from '../../shared/glob';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { cpuMsSince, cpuNow } from './cpu-time';

const PATTERNS = [
  ...DEFAULT_SETTINGS.jabberConfigFiles,
  ...DEFAULT_SETTINGS.appConfigFiles,
  ...DEFAULT_SETTINGS.settingsFiles,
  '**/*.{expressway,cucm}.{yaml,yml,json}',
  'configs/**/*.xml',
  'configs/**',
  '**/site-?/jabber.xml',
  '**/[abc]*.plist',
  '**/[^abc]*.plist',
  '/abs/path/jabber-config.xml',
  'jabber-config.xml',
  '**/*.appconfig.*',
  '**/.hidden/*.xml',
  '*.xml',
];

const PATHS = [
  '/home/u/ws/jabber-config.xml',
  '/home/u/ws/Jabber-Config-site1.XML',
  '/home/u/ws/jabber-config.json',
  '/home/u/ws/jabber-config',
  'jabber-config.xml',
  '/home/u/ws/intune.appconfig.xml',
  '/home/u/ws/ios.appconfig.plist',
  '/home/u/ws/a.appconfig.json',
  '/home/u/ws/appconfig.xml',
  '/home/u/ws/pair.expressway.yaml',
  '/home/u/ws/pair.expressway.yml',
  '/home/u/ws/x/y/z/cluster.cucm.json',
  '/home/u/ws/cluster.cucm.txt',
  'configs/a.xml',
  'configs/sub/deeper/a.xml',
  'configs',
  'configs/sub',
  'other/configs/a.xml',
  '/home/u/ws/site-1/jabber.xml',
  '/home/u/ws/site-10/jabber.xml',
  '/home/u/ws/alpha.plist',
  '/home/u/ws/delta.plist',
  '/abs/path/jabber-config.xml',
  '/abs/path/sub/jabber-config.xml',
  '/home/u/.hidden/x.xml',
  '/home/u/ws/.git/jabber-config.xml',
  '/home/u/ws/.jabber-config.xml',
  '/home/u/ws/a.b+c(d).xml',
  '/home/u/ws/abbc(d).xml',
  'top.xml',
  'dir/top.xml',
];

describe('file patterns', () => {
  for (const pattern of PATTERNS) {
    it(`${pattern} matches what picomatch matches`, () => {
      const ours = globMatcher([pattern]);
      const theirs = picomatch(pattern, { dot: true, nocase: true });
      for (const p of PATHS) assert.equal(ours(p), theirs(p), `${pattern} on ${p}`);
    });
  }

  it('decides the kind from the default settings, for bare, Windows and odd-case paths', () => {
    const kind = (p: string) => documentKindOfPath(p, DEFAULT_SETTINGS);
    assert.equal(kind('C:\\Users\\me\\site\\jabber-config.xml'), 'jabber-config');
    assert.equal(kind('jabber-config-test.xml'), 'jabber-config');
    assert.equal(kind('/w/JABBER-CONFIG.XML'), 'jabber-config');
    assert.equal(kind('/w/phones.appconfig.plist'), 'app-config');
    assert.equal(kind('/w/edge.expressway.yaml'), 'uc-settings');
    assert.equal(kind('/w/edge.expressway.yaml.bak'), undefined);
    assert.equal(kind('/w/jabber.xml'), undefined);
  });

  it('takes "[!abc]" as a negated class and parentheses as text, as VS Code does (picomatch reads both otherwise)', () => {
    for (const p of PATHS) assert.equal(globMatcher(['**/[!abc]*.plist'])(p), globMatcher(['**/[^abc]*.plist'])(p), p);
    assert.equal(globMatcher(['**/a.b+c(d).xml'])('/home/u/ws/a.b+c(d).xml'), true);
    assert.equal(globMatcher(['**/a.b+c(d).xml'])('/home/u/ws/abbc(d).xml'), false);
  });

  it('treats regular-expression characters in a pattern as text and matches nothing for no patterns', () => {
    assert.equal(globMatcher(['**/a.b'])('/x/aXb'), false);
    assert.equal(globMatcher(['**/(x)|y'])('/w/(x)|y'), true);
    assert.equal(globMatcher([])('/anything'), false);
  });

  it('reports a pattern it cannot read ([z-a]) and ignores it, keeping the others', () => {
    const c = compilePatterns(['[z-a]', '**/*.expressway.yaml', '{a,b']);
    assert.deepEqual(c.problems, [
      { kind: 'invalid', pattern: '[z-a]' },
      { kind: 'invalid', pattern: '{a,b' },
    ]);
    assert.equal(c.test('/w/x.expressway.yaml'), true);
    assert.equal(c.test('/w/z'), false);
  });

  it('caps the number and the length of patterns, and says so', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `**/file-${i}.xml`);
    const started = cpuNow();
    const c = compilePatterns(many);
    assert.ok(cpuMsSince(started) < 500, 'compiles only what it uses');
    assert.deepEqual(c.problems, [{ kind: 'too-many', pattern: '100000' }]);
    assert.equal(c.test(`/w/file-${MAX_PATTERNS - 1}.xml`), true);
    assert.equal(c.test(`/w/file-${MAX_PATTERNS}.xml`), false);
    const long = compilePatterns(['**/' + 'a'.repeat(2000)]);
    assert.equal(long.problems[0].kind, 'too-long');
    assert.ok(long.problems[0].pattern.length <= 80);
  });

  it('refuses patterns whose wildcards would backtrack for seconds, and matches the worst allowed one quickly', () => {
    assert.equal(compilePatterns(['*a*a*a*a*a*a*a*a*a*a*a*ab']).problems[0].kind, 'too-complex');
    assert.equal(compilePatterns(['**/' + '*a/'.repeat(9) + 'b']).problems[0].kind, 'too-complex');
    const worst = compilePatterns(['**/*a*a*b/**/*a*a*b']);
    assert.deepEqual(worst.problems, []);
    const paths = ['/' + 'a'.repeat(250), ('/' + 'a'.repeat(250)).repeat(16).slice(0, MAX_PATH_LENGTH), '/a'.repeat(MAX_PATH_LENGTH / 2)];
    const started = cpuNow();
    for (const p of paths) worst.test(p);
    const ms = cpuMsSince(started);
    assert.ok(ms < 200, `took ${ms} ms of CPU`);
    assert.equal(worst.test('/x'.repeat(MAX_PATH_LENGTH)), false, 'paths longer than any file system allows match nothing');
  });

  it('ignores junk in a pattern list (non-strings, empty strings) without throwing', () => {
    const c = compilePatterns([42, null, '', { a: 1 }, '**/*.cucm.yaml'] as unknown[]);
    assert.deepEqual(c.problems, []);
    assert.equal(c.test('/w/a.cucm.yaml'), true);
  });
});
