// Broken YAML/JSON, unknown keys, wrong types, alias bombs and duplicate keys give clear diagnostics
// and never throw or hang.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseSettings } from '../../server/formats/settings';
import { settingsService } from '../../server/services/settings';
import { fuzzParams } from '../fuzz';
import { caret, context, doc } from './settings-helpers';

const validate = (uri: string, text: string) => {
  const d = doc(uri, text);
  return settingsService.validate(d, context([d]));
};
const codes = (uri: string, text: string) => validate(uri, text).map((d) => d.code);

describe('settings bad input', () => {
  it('reports broken YAML and still checks the rest', () => {
    const ds = validate('file:///p.expressway.yaml', 'expressway:\n  version: [X14\n  features:\n    mobileAndRemoteAccess: true\n');
    assert.ok(ds.some((d) => d.code === 'yaml-syntax' && /Not valid YAML/.test(String(d.message))));
  });
  it('reports broken JSON', () => {
    const ds = validate('file:///p.expressway.json', '{"expressway": {"version": "X14.2",, }');
    assert.ok(ds.some((d) => d.code === 'json-syntax'));
  });
  it('accepts comments and trailing commas in JSON settings files', () => {
    const ds = validate('file:///p.expressway.json', '{\n  // the Tokyo pair\n  "expressway": {"version": "X14.2",},\n}\n');
    assert.deepEqual(ds, []);
  });
  it('reports duplicate keys in YAML and JSON', () => {
    assert.ok(codes('file:///p.expressway.yaml', 'expressway:\n  version: X14.2\n  version: X12.6\n').includes('settings-duplicate-key'));
    const ds = validate('file:///p.expressway.json', '{"expressway": {"version": "X14.2", "version": "X12.6"}}');
    const dup = ds.find((d) => d.code === 'settings-duplicate-key')!;
    assert.match(String(dup.message), /Duplicate key 'version'/);
  });
  it('stops an alias bomb quickly with one diagnostic', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const started = Date.now();
    const ds = validate('file:///bomb.expressway.yaml', levels.join('\n') + '\n');
    assert.ok(Date.now() - started < 2000, 'bounded time');
    assert.equal(ds.filter((d) => d.code === 'settings-alias-limit').length, 1);
  });
  it('resolves an ordinary alias and checks through it', () => {
    const text = 'x-zone: &uc\n  type: Unified Communications traversal\n  sip: {tlsVerifyMode: Off}\nexpressway:\n  expresswayC:\n    zones:\n      - *uc\n';
    const ds = validate('file:///p.expressway.yaml', text);
    assert.ok(ds.some((d) => d.code === 'uc-zone-tls-verify-off'));
    assert.ok(ds.some((d) => d.code === 'settings-unknown-key' && /'x-zone'/.test(String(d.message))));
  });
  it('suggests the closest key for a typo and the right case', () => {
    const ds = validate('file:///p.expressway.yaml', 'expressway:\n  expresswayC:\n    trustedCaCertificate:\n      - CA\n    zones:\n      - Type: DNS\n');
    const msgs = ds.filter((d) => d.code === 'settings-unknown-key-suggest').map((d) => d.message);
    assert.deepEqual(msgs, [
      "Unknown key 'trustedCaCertificate' under expressway.expresswayC. Did you mean 'trustedCaCertificates'?",
      "Unknown key 'Type' under expressway.expresswayC.zones[0]. Did you mean 'type'?",
    ]);
    assert.ok(codes('file:///p.expressway.yaml', 'somethingElse: 1\n').includes('settings-unknown-key'));
  });
  it('reports wrong types, enumerations, formats and ranges', () => {
    const ds = validate(
      'file:///p.expressway.yaml',
      'expressway:\n  version: fourteen\n  features: true\n  expresswayE:\n    zones:\n      - sip:\n          port: 70001\n          tlsVerifyMode: Maybe\n    serverCertificate:\n      keyLength: "2048"\n',
    );
    const byCode = (c: string) => ds.filter((d) => d.code === c).map((d) => d.message);
    assert.deepEqual(byCode('settings-wrong-type'), ['expressway.features: expected object, found boolean true.']);
    assert.equal(byCode('settings-invalid-format').length, 1);
    assert.deepEqual(byCode('settings-out-of-range'), ['expressway.expresswayE.zones[0].sip.port: 70001 is outside 1–65535.']);
    assert.equal(byCode('settings-invalid-enum').length, 2);
  });
  it('flags a password kept in the file', () => {
    assert.ok(
      codes('file:///p.expressway.yaml', 'expressway:\n  expresswayC:\n    zones:\n      - connectionCredentials:\n          password: ex4mpl3.c0m\n').includes(
        'plaintext-secret',
      ),
    );
  });
  it('handles empty, scalar and binary documents', () => {
    assert.deepEqual(validate('file:///e.cucm.yaml', ''), []);
    assert.deepEqual(codes('file:///e.cucm.yaml', 'just text\n'), ['settings-wrong-type']);
    assert.deepEqual(codes('file:///e.cucm.yaml', 'a\u0000b'), ['binary-content']);
  });
  it('never throws on arbitrary input (property test), in every feature', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.boolean(), fc.nat(200), (text, json, at) => {
        const d = doc(json ? 'file:///f.cucm.json' : 'file:///f.cucm.yaml', text);
        const ctx = context([d]);
        const pos = d.positionAt(Math.min(at, text.length));
        settingsService.validate(d, ctx);
        settingsService.complete(d, pos, ctx);
        settingsService.hover(d, pos, ctx);
        settingsService.symbols(d, ctx);
        settingsService.folding(d, ctx);
        assert.ok(parseSettings(text, json ? 'json' : 'yaml'));
      }),
      fuzzParams(300),
    );
  });
  it('never throws while a realistic file is typed character by character', () => {
    const { text } = caret(
      'expressway:\n  expresswayC:\n    zones:\n      - name: tz\n        type: Unified Communications traversal\n        sip: {port: 7001, tlsVerifyMode: On}\n|',
    );
    for (let i = 0; i <= text.length; i++) {
      const d = doc('file:///t.expressway.yaml', text.slice(0, i));
      const ctx = context([d]);
      settingsService.validate(d, ctx);
      settingsService.complete(d, d.positionAt(i), ctx);
    }
  });
});
