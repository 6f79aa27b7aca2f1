// The file-pattern matcher (shared/glob.ts) that decides which format a file is: it agrees with
// picomatch { dot: true, nocase: true } (what the server used before) on the default patterns and on
// every kind of pattern users write, for absolute, relative and Windows-style paths.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { documentKindOfPath } from '../../shared/documentKind';
import { globMatcher } from '../../shared/glob';
import { DEFAULT_SETTINGS } from '../../shared/settings';

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
});
