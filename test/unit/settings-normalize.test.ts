// Settings a workspace can carry are checked field by field (shared/settings.ts normalizeSettings): wrong
// types and out-of-range values keep the default, junk in lists and maps is dropped, nothing throws.
// Unusable file patterns become one message in the user's language (server/services/patternProblems.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patternProblems } from '../../shared/documentKind';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../shared/settings';
import { describePatternProblems } from '../../server/services/patternProblems';
import { catalogs } from './settings-helpers';

describe('settings a workspace can carry', () => {
  it('keeps defaults for junk of every kind', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1, 2], { jabberConfigFiles: 'x' }]) assert.deepEqual(normalizeSettings(raw), DEFAULT_SETTINGS);
    const s = normalizeSettings({ mra: 'yes', jabberRelease: '1'.repeat(50), maxFileSizeMB: Infinity, locale: 'fr', severity: [1], other: 'ignored' });
    assert.deepEqual(s, DEFAULT_SETTINGS);
    assert.equal(normalizeSettings({ maxFileSizeMB: 0 }).maxFileSizeMB, 25);
    assert.equal(normalizeSettings({ maxFileSizeMB: 1e9 }).maxFileSizeMB, 25);
    assert.equal(normalizeSettings({ maxFileSizeMB: Number.NaN }).maxFileSizeMB, 25);
    assert.equal(normalizeSettings({ maxFileSizeMB: 50 }).maxFileSizeMB, 50);
    assert.equal(normalizeSettings({ jabberRelease: '15.0' }).jabberRelease, '15.0');
  });

  it('drops junk inside lists and maps but keeps the rest', () => {
    const s = normalizeSettings({
      settingsFiles: ['**/*.a.yaml', 7, null, '**/*.b.yaml'],
      severity: { 'unknown-parameter': 'off', bad: 'loud', __proto__: 'off', constructor: 'error', ['x'.repeat(200)]: 'off' },
    });
    assert.deepEqual(s.settingsFiles, ['**/*.a.yaml', '**/*.b.yaml']);
    assert.deepEqual(Object.keys(s.severity).sort(), ['constructor', 'unknown-parameter']);
    assert.equal(Object.getPrototypeOf(s.severity), Object.prototype);
  });

  it('says once, in the user language, which patterns are ignored', () => {
    const s = normalizeSettings({
      jabberConfigFiles: ['[z-a]', '**/jabber-config*.xml'],
      settingsFiles: Array.from({ length: 100_000 }, (_, i) => `**/f${i}.yaml`),
    });
    const problems = patternProblems(s);
    assert.deepEqual(
      problems.map((p) => [p.setting, p.problem.kind]),
      [
        ['jabberConfigFiles', 'invalid'],
        ['settingsFiles', 'too-many'],
      ],
    );
    assert.deepEqual(describePatternProblems(problems, { locale: 'en', catalogs }), [
      'UC Config ignored part of the setting ucConfig.jabberConfigFiles: "[z-a]" cannot be read as a file pattern.',
      'UC Config ignored part of the setting ucConfig.settingsFiles: 100000 patterns were given; the first 100 are used.',
    ]);
    for (const locale of ['ko', 'ja'] as const) {
      const lines = describePatternProblems(problems, { locale, catalogs });
      assert.equal(lines.length, 2);
      for (const l of lines) assert.doesNotMatch(l, /ignored|cannot be read|patterns were given|\{\w+\}/);
    }
    assert.deepEqual(describePatternProblems(patternProblems(DEFAULT_SETTINGS), { locale: 'en', catalogs }), []);
  });
});
