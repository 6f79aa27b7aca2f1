// The shipped examples and the annotated example of docs/settings-format.md behave as documented:
// mra-pair shows exactly its five deliberate mistakes, the others are clean, and the docs list every rule.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { settingsService } from '../../server/services/settings';
import { context, doc } from './settings-helpers';

const root = path.resolve(__dirname, '../..');
const examples = ['mra-pair.expressway.yaml', 'cluster.cucm.yaml', 'directory-and-mobility.cucm.yaml'].map((f) =>
  doc(`file:///examples/${f}`, fs.readFileSync(path.join(root, 'examples', f), 'utf8')),
);
const codesOf = (d: ReturnType<typeof doc>, all = examples) =>
  settingsService
    .validate(d, context(all))
    .map((x) => String(x.code))
    .sort();

describe('settings examples and docs', () => {
  it('mra-pair.expressway.yaml reports its five deliberate mistakes, and nothing else', () => {
    assert.deepEqual(codesOf(examples[0]), [
      'e-san-lacks-registration-domains',
      'san-xmppaddress-format',
      'uc-zone-peer-address-ip',
      'uc-zone-sip-port-mismatch',
      'uc-zone-tls-verify-off',
    ]);
  });
  it('cluster.cucm.yaml and directory-and-mobility.cucm.yaml are clean', () => {
    assert.deepEqual(codesOf(examples[1]), []);
    assert.deepEqual(codesOf(examples[2]), []);
  });
  const md = fs.readFileSync(path.join(root, 'docs/settings-format.md'), 'utf8');
  it('the annotated example of the docs has no errors or warnings', () => {
    const block = /## A complete annotated example\n\n```yaml\n([\s\S]*?)```/.exec(md)![1];
    const d = doc('file:///docs/example.expressway.yaml', block);
    const serious = settingsService.validate(d, context([d])).filter((x) => (x.severity ?? 1) <= 2);
    assert.deepEqual(
      serious.map((x) => `${x.code}: ${x.message}`),
      [],
    );
  });
  it('the docs list every rule code', () => {
    const rules = JSON.parse(fs.readFileSync(path.join(root, 'schemas/uc-settings-rules.json'), 'utf8')).rules as { code: string }[];
    assert.deepEqual(
      rules.filter((r) => !md.includes(`\`${r.code}\``)).map((r) => r.code),
      [],
    );
  });
});
