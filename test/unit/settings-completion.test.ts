// Completion of keys and enumerated values, asserted on the document after applying the item.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { settingsService } from '../../server/services/settings';
import { applyEdits, caret, context, doc } from './settings-helpers';

function complete(uri: string, withCaret: string) {
  const { text, offset } = caret(withCaret);
  const d = doc(uri, text);
  return { d, items: settingsService.complete(d, d.positionAt(offset), context([d])) };
}
/** Applies an item, dropping snippet tab stops as the editor would once the user moves on. */
function apply(d: ReturnType<typeof doc>, item: CompletionItem | undefined): string {
  assert.ok(item, 'item exists');
  const e = item.textEdit as TextEdit;
  return applyEdits(d, [{ ...e, newText: e.newText.replace(/\$\d/g, '') }]);
}

describe('settings completion', () => {
  it('offers the keys of the zone SIP section and inserts one', () => {
    const { d, items } = complete('file:///p.expressway.yaml', 'expressway:\n  expresswayE:\n    zones:\n      - name: z\n        sip:\n          tlsV|\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['port', 'transport', 'tlsVerifyMode', 'tlsVerifySubjectName', 'mediaEncryptionMode'],
    );
    assert.equal(items[2].detail, 'Configuration > Zones > Zones > SIP > TLS verify mode');
    assert.equal(
      apply(
        d,
        items.find((i) => i.label === 'tlsVerifyMode'),
      ),
      'expressway:\n  expresswayE:\n    zones:\n      - name: z\n        sip:\n          tlsVerifyMode: \n',
    );
  });
  it('does not offer keys already present', () => {
    const { items } = complete('file:///p.expressway.yaml', 'expressway:\n  version: X14.2\n  |\n');
    assert.ok(!items.some((i) => i.label === 'version'));
    assert.ok(items.some((i) => i.label === 'expresswayC'));
  });
  it('offers enumerated values and replaces the typed prefix', () => {
    const { d, items } = complete('file:///p.expressway.yaml', 'expressway:\n  expresswayC:\n    zones:\n      - type: Unified|\n');
    assert.ok(items.some((i) => i.label === 'Unified Communications traversal'));
    assert.equal(
      apply(
        d,
        items.find((i) => i.label === 'Unified Communications traversal'),
      ),
      'expressway:\n  expresswayC:\n    zones:\n      - type: Unified Communications traversal\n',
    );
  });
  it('quotes a YAML value that would otherwise be misread', () => {
    const { d, items } = complete('file:///c.cucm.yaml', 'cucm:\n  clusters:\n    - ils:\n        role: |\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['Hub Cluster', 'Spoke Cluster', 'Stand Alone Cluster'],
    );
    assert.equal(apply(d, items[0]), 'cucm:\n  clusters:\n    - ils:\n        role: Hub Cluster\n');
  });
  it('offers number enumerations and the default', () => {
    const { items } = complete('file:///p.expressway.yaml', 'expressway:\n  expresswayE:\n    serverCertificate:\n      keyLength: |\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['1024', '2048', '4096'],
    );
    const port = complete('file:///p.expressway.yaml', 'expressway:\n  expresswayE:\n    zones:\n      - sip:\n          port: |\n').items;
    assert.deepEqual(
      port.map((i) => [i.label, i.detail]),
      [['7001', 'default']],
    );
  });
  it('inserts a container key with its block below', () => {
    const { d, items } = complete('file:///p.expressway.yaml', 'expressway:\n  expresswayC:\n    zo|\n');
    assert.equal(
      apply(
        d,
        items.find((i) => i.label === 'zones'),
      ),
      'expressway:\n  expresswayC:\n    zones:\n      - \n',
    );
  });
  it('completes keys and values in JSON', () => {
    const keys = complete('file:///p.expressway.json', '{"expressway": {"expresswayC": {"zones": [{"sip": {"|"}}]}}}');
    assert.ok(keys.items.some((i) => i.label === 'tlsVerifyMode'));
    assert.equal(
      apply(
        keys.d,
        keys.items.find((i) => i.label === 'port'),
      ),
      '{"expressway": {"expresswayC": {"zones": [{"sip": {"port": }}]}}}',
    );
    const values = complete('file:///p.expressway.json', '{"expressway": {"expresswayC": {"zones": [{"sip": {"tlsVerifyMode": "O|"}}]}}}');
    assert.equal(
      apply(
        values.d,
        values.items.find((i) => i.label === 'On'),
      ),
      '{"expressway": {"expresswayC": {"zones": [{"sip": {"tlsVerifyMode": "On"}}]}}}',
    );
  });
  it('offers the top-level sections in an empty file', () => {
    assert.deepEqual(
      complete('file:///x.cucm.yaml', '|').items.map((i) => i.label),
      ['$schema', 'expressway', 'cucm', 'dns', 'webexScim', 'lyncMobility'],
    );
  });
  it('returns nothing inside a comment or under an unknown key', () => {
    assert.deepEqual(complete('file:///x.cucm.yaml', '# tls|\n').items, []);
    assert.deepEqual(complete('file:///x.cucm.yaml', 'unknownSection:\n  a|\n').items, []);
  });
  it('answers nothing, and fails nowhere, in a JSON file nested too deep to read', (t) => {
    const errors = t.mock.method(console, 'error', () => {});
    const { items } = complete('file:///p.expressway.json', `{"expressway": ${'['.repeat(10_000)}|${']'.repeat(10_000)}}`);
    assert.deepEqual(items, []);
    assert.equal(errors.mock.callCount(), 0, 'no stack overflow caught and logged');
  });
});

describe('settings completion of names defined elsewhere', () => {
  it("offers the cluster's IM and Presence UC services for a service profile", () => {
    const { d, items } = complete(
      'file:///c.cucm.yaml',
      'cucm:\n  clusters:\n    - ucServices:\n        - name: IMP-Pub\n          type: IM and Presence\n        - name: VM\n          type: Voicemail\n      serviceProfiles:\n        - name: P\n          imAndPresence:\n            primary: |\n',
    );
    assert.deepEqual(
      items.map((i) => i.label),
      ['IMP-Pub'],
    );
    assert.match(apply(d, items[0]), /primary: IMP-Pub\n$/);
  });
  it('offers service profile names for users and Expressway-E peers for peer addresses', () => {
    assert.deepEqual(
      complete(
        'file:///c.cucm.yaml',
        'cucm:\n  clusters:\n    - serviceProfiles:\n        - name: Central IMP\n      userSettings:\n        ucServiceProfile: |\n',
      ).items.map((i) => i.label),
      ['Central IMP'],
    );
    assert.deepEqual(
      complete(
        'file:///p.expressway.yaml',
        'expressway:\n  expresswayE:\n    peers: [vcse1.example.com, vcse2.example.com]\n  expresswayC:\n    zones:\n      - location:\n          peer2Address: |\n',
      ).items.map((i) => i.label),
      ['vcse1.example.com', 'vcse2.example.com'],
    );
  });
});
