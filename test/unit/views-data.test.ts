// The data the views draw: both files validate against their own schemas, every parameter the MRA
// table links to exists in the parameter catalog under its canonical spelling, and every scenario
// is a consistent graph (edges and flow steps name nodes that exist, nodes name zones that exist).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { loadViewData } from '../../client/views/model';

const schemas = path.resolve(__dirname, '../../schemas');
const json = (name: string) => JSON.parse(fs.readFileSync(path.join(schemas, name), 'utf8'));
const data = loadViewData(schemas);

describe('views data files', () => {
  for (const name of ['mra-support', 'deployments']) {
    it(`${name}.json validates against ${name}.schema.json`, () => {
      const validate = new Ajv({ allErrors: true, strict: false }).compile(json(`${name}.schema.json`));
      assert.equal(validate(json(`${name}.json`)), true, JSON.stringify(validate.errors, null, 2));
    });
  }

  it('the MRA table holds every row of 표 1 once, each in a known category', () => {
    const ids = data.mra.rows.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(data.mra.rows.length, 46);
    const cats = new Set(data.mra.categories.map((c) => c.id));
    for (const r of data.mra.rows) assert.ok(cats.has(r.category), r.id);
    // Spot checks of the conditions the issue names.
    const row = (id: string) => data.mra.rows.find((r) => r.id === id)!;
    assert.deepEqual(
      row('shared-line').requires?.map((r) => r.version),
      ['X8.9.1', '11.5 SU2'],
    );
    assert.equal(row('audio-video-calls').requires?.[0].version, '9.1(2)');
    assert.equal(row('imp-file-transfer-on-premises').requires?.[0].version, '10.5(2)');
    assert.equal(row('directory-ldap-search').status, 'not-supported');
    assert.deepEqual(row('installer-update').notSupportedOn, ['mac']);
    for (const id of ['directory-photo-resolution', 'visual-voicemail', 'installer-update']) assert.equal(row(id).requires?.[0].kind, 'http-allow-list', id);
  });

  it('every parameter named by the MRA table exists in schemas/jabber-parameters.json with that exact spelling', (t) => {
    if (!data.parameters.length) return t.skip('schemas/jabber-parameters.json is not there yet');
    const canonical = new Set(data.parameters.map((p) => p.name));
    const missing = data.mra.rows.flatMap((r) => (r.parameters ?? []).filter((p) => !canonical.has(p)).map((p) => `${r.id}: ${p}`));
    assert.deepEqual(missing, []);
  });

  it('every scenario is a consistent graph with a source', () => {
    const ids = data.deployments.scenarios.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const s of data.deployments.scenarios) {
      const nodes = new Set(s.nodes.map((n) => n.id));
      assert.equal(nodes.size, s.nodes.length, `${s.id}: duplicate node id`);
      const zones = new Set((s.zones ?? []).map((z) => z.id));
      for (const n of s.nodes) if (n.zone) assert.ok(zones.has(n.zone), `${s.id}/${n.id}: zone ${n.zone}`);
      for (const e of s.edges) assert.ok(nodes.has(e.from) && nodes.has(e.to), `${s.id}: edge ${e.from}->${e.to}`);
      for (const f of s.flows ?? []) for (const st of f.steps) assert.ok(nodes.has(st.from) && nodes.has(st.to), `${s.id}/${f.id}: step ${st.n}`);
      assert.ok(
        [s.source].flat().every((x) => /^00[0-4]_[0-9a-f]{16}\.txt/.test(x) || /^https:\/\//.test(x)),
        `${s.id}: source`,
      );
    }
  });

  it('covers every scenario the issue lists, with the stated ports and SRV records', () => {
    const want = [
      'on-premises-full-uc',
      'on-premises-im-only',
      'on-premises-phone-only',
      'on-premises-phone-with-contacts',
      'cloud-webex-messenger',
      'hybrid-webex-messenger',
      'hybrid-webex-team-messaging',
      'virtual-desktop-vdi',
      'emm-intune',
      'emm-blackberry-idp-proxy',
      'emm-blackberry-access-ios',
      'mra-expressway',
      'anyconnect-vpn',
      'saml-sso-sign-in',
      'imp-centralized-cluster',
      'xmpp-federation-expressway',
      'xmpp-federation-imp',
      'sni-multitenant',
      'jabber-guest',
      'meeting-server-web-proxy',
      'webex-scim-azure-ad',
      'lync-2013-mobility-autodiscover',
    ];
    const have = new Set(data.deployments.scenarios.map((s) => s.id));
    assert.deepEqual(
      want.filter((w) => !have.has(w)),
      [],
    );
    const s = (id: string) => data.deployments.scenarios.find((x) => x.id === id)!;
    assert.ok(s('mra-expressway').edges.some((e) => e.port === '7001' && e.protocol === 'SIP TLS'));
    assert.ok(s('mra-expressway').edges.some((e) => e.protocol === 'SRV _collab-edge._tls'));
    assert.ok(s('imp-centralized-cluster').edges.some((e) => e.port === '8443'));
    assert.deepEqual(
      s('imp-centralized-cluster').flows![0].steps.map((x) => x.n),
      ['1-2', '3-4', '5-8', '9', '10', '11'],
    );
    assert.deepEqual(
      s('hybrid-webex-team-messaging').flows![0].steps.map((x) => x.n),
      ['1', '2', '3', '4', '5', '6', '7'],
    );
    const lyncPorts = new Set(
      s('lync-2013-mobility-autodiscover')
        .edges.map((e) => e.port)
        .filter(Boolean),
    );
    for (const p of ['443', '80', '5223', '5088', '5089']) assert.ok(lyncPorts.has(p), p);
  });
});
