// kindOfContent: each format recognised by content where it is unambiguous, and nothing else.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CONTENT_SNIFFERS, kindOfContent, NAMED_FILE_SNIFFERS } from '../../server/services/documentKind';
import { cpuMsSince, cpuNow } from './cpu-time';

const examples = path.resolve(__dirname, '../../examples');

test('every bundled example is recognised by its content alone, as the kind its name says', () => {
  for (const f of fs.readdirSync(examples)) {
    const expected = f.includes('.appconfig.') ? 'app-config' : /\.(expressway|cucm)\./.test(f) ? 'uc-settings' : 'jabber-config';
    assert.equal(kindOfContent(fs.readFileSync(path.join(examples, f), 'utf8'), f), expected, f);
  }
});

test('a <config> root with Jabber groups, after any prolog', () => {
  assert.equal(
    kindOfContent('\uFEFF<?xml version="1.0"?>\n<!-- group file -->\n<!DOCTYPE config>\n<config version="1.0">\n<Policies/></config>'),
    'jabber-config',
  );
  assert.equal(kindOfContent('<config version ="1.0"><Client><PrtLogServerUrl>x</PrtLogServerUrl></Client></config>'), 'jabber-config');
});

test('not ours: other XML, a <config> without Jabber groups, YAML and JSON of other tools, text', () => {
  for (const text of [
    '<project><Client/></project>',
    '<config><server/></config>',
    'config:\n  clusters: 1\n',
    '{"name": "x", "cucm": 1}',
    'expressway is a product\n',
    '',
    '<plist><dict><key>Other</key></dict></plist>',
  ]) {
    assert.equal(kindOfContent(text), undefined, text);
  }
});

test('a named file needs only the <config> root', () => {
  assert.equal(kindOfContent('<config version="1.0"><Polices/></config>', 'x.xml', CONTENT_SNIFFERS), undefined);
  assert.equal(kindOfContent('<config version="1.0"><Polices/></config>', 'x.xml', NAMED_FILE_SNIFFERS), 'jabber-config');
});

test('settings YAML is recognised by a top-level key holding one of its own keys; a large file is read only at its start', () => {
  assert.equal(kindOfContent('# pair\nexpressway:\n\n  # C side\n  expresswayC:\n    zones: []\n'), 'uc-settings');
  assert.equal(kindOfContent('cucm:\n  jabberRelease: "14.1"\n  clusters: []\n'), 'uc-settings');
  assert.equal(kindOfContent('{\n  "lyncMobility": {\n    "sipDomains": []\n  }\n}'), 'uc-settings');
  const big = 'cucm:\n  clusters:\n' + '    - name: x\n'.repeat(200_000);
  const t = cpuNow();
  assert.equal(kindOfContent(big), 'uc-settings');
  assert.ok(cpuMsSince(t) < 50, 'bounded');
});
