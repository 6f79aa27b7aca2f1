// Syntax errors in YAML and JSON settings files: one error per mistake, on the line of the mistake (the
// readers' echoes of the same mistake are dropped), and the other findings stay while the file is broken.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settingsService } from '../../server/services/settings';
import { context, doc } from './settings-helpers';

const validate = (uri: string, text: string) => {
  const d = doc(uri, text);
  return settingsService.validate(d, context([d]));
};
const syntax = (uri: string, text: string) => validate(uri, text).filter((d) => d.code === 'yaml-syntax' || d.code === 'json-syntax');

describe('settings syntax errors', () => {
  it('gives one error for a mistake the YAML reader reports twice, on its line', () => {
    const errors = syntax('file:///s/a.expressway.yaml', 'expressway:\n  version: X14.2\n   features: 1\n  other: 2\n');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].range.start.line, 1);
    const tab = syntax('file:///s/b.expressway.yaml', 'expressway:\n\tversion: X14.2\n  other: 2\n');
    assert.deepEqual(
      tab.map((e) => [e.range.start.line, e.range.start.character]),
      [[1, 0]],
    );
    assert.match(String(tab[0].message), /[Tt]ab/);
  });

  it('reports an alias inside the node it names, at the alias, and reads the rest', () => {
    const text = 'expressway:\n  a: &x\n    b: *x\n  c: &y {d: 1}\n  e: *y\n';
    const errors = syntax('file:///s/cyclic.expressway.yaml', text);
    assert.deepEqual(
      errors.map((e) => [e.range.start.line, e.range.start.character, e.range.end.character]),
      [[2, 7, 9]],
    );
  });

  it('gives one error for a doubled comma in JSON, at the comma', () => {
    const text = '{\n  "expressway": {\n    "version": "X14.2",,\n    "x": 1\n  }\n}\n';
    const errors = syntax('file:///s/c.expressway.json', text);
    assert.deepEqual(
      errors.map((e) => [e.range.start.line, e.range.start.character]),
      [[2, 23]],
    );
  });

  it('reports separate mistakes separately', () => {
    const errors = syntax('file:///s/d.expressway.yaml', 'expressway:\n\tversion: X14.2\n  a: 1\n\tb: 2\n');
    assert.deepEqual(
      errors.map((e) => e.range.start.line),
      [1, 3],
    );
  });

  it('keeps the other findings while the file has a syntax error', () => {
    const ds = validate(
      'file:///s/e.expressway.yaml',
      'expressway:\n  version: X14.2\n  expresswayE:\n    zones:\n      - sip:\n          tlsVerifyMode: Maybe\n  features: {mobileAndRemoteAccess: true\n',
    );
    assert.ok(ds.some((d) => d.code === 'yaml-syntax'));
    assert.ok(
      ds.some((d) => d.code === 'settings-invalid-enum'),
      ds.map((d) => d.code).join(),
    );
  });
});
