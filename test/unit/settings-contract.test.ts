// One definition of the settings: package.json contributes.configuration must declare exactly the
// keys of UcConfigSettings, with the same defaults.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION } from '../../shared/settings';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));

test('package.json declares every setting with the shared default', () => {
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
  for (const [k, v] of Object.entries(DEFAULT_SETTINGS)) {
    assert.ok(props[`${SETTINGS_SECTION}.${k}`], `missing ${k}`);
    assert.deepEqual(props[`${SETTINGS_SECTION}.${k}`].default, v, k);
  }
  const extra = Object.keys(props).filter((k) => k !== 'ucConfig.trace.server' && !(k.slice(SETTINGS_SECTION.length + 1) in DEFAULT_SETTINGS));
  assert.deepEqual(extra, []);
});

test('engines.vscode stays at ^1.100.0 (the VS Code we can run here)', () => {
  assert.equal(pkg.engines.vscode, '^1.100.0');
});

test('ill-typed settings from any client fall back to defaults', () => {
  const s = normalizeSettings({
    mra: 'yes',
    jabberRelease: 'latest',
    severity: { 'unknown-parameter': 'fatal', 'invalid-value': 'off' },
    jabberConfigFiles: 'x',
  });
  assert.equal(s.mra, 'off');
  assert.equal(s.jabberRelease, DEFAULT_SETTINGS.jabberRelease);
  assert.deepEqual(s.severity, { 'invalid-value': 'off' });
  assert.deepEqual(s.jabberConfigFiles, DEFAULT_SETTINGS.jabberConfigFiles);
});
