// The EMM data: each file valid against its own JSON Schema, shared keys resolving in the Jabber
// catalog, the seed's tables complete, and no key invented for the undocumented BlackBerry field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { context } from './appconfig-helpers';
import { emmCatalogOf } from '../../server/services/appconfig/catalog';

const schemas = path.resolve(__dirname, '../../schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(schemas, f), 'utf8'));

test('emm-parameters.json, emm-matrices.json and diagnostics/app-config.json validate against their schemas', () => {
  const ajv = new Ajv({ allErrors: true });
  for (const [data, schema] of [
    ['emm-parameters.json', 'emm-parameters.schema.json'],
    ['emm-matrices.json', 'emm-matrices.schema.json'],
    ['diagnostics/app-config.json', 'diagnostics.schema.json'],
  ]) {
    const validate = ajv.compile(read(schema));
    assert.ok(validate(read(data)), `${data}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the schema rejects an entry without a source or with an invented key for a label-only field', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(read('emm-parameters.schema.json'));
  assert.equal(
    validate({ parameters: [{ key: 'X', valueType: 'string', type: 'string', platforms: ['ios'], emm: ['any'], description: 'A thing that does stuff.' }] }),
    false,
  );
  assert.equal(
    validate({
      parameters: [
        {
          key: null,
          label: 'L',
          valueType: 'unknown',
          type: 'string',
          platforms: ['ios'],
          emm: ['blackberry'],
          description: 'A thing that does stuff.',
          source: 'seed 000',
          confidence: 'high',
        },
      ],
    }),
    false,
    'a null key needs notes and low confidence',
  );
});

test('every jabberParameter resolves in schemas/jabber-parameters.json (one definition, two formats)', () => {
  const catalog = emmCatalogOf(context());
  for (const p of catalog.parameters.filter((x) => x.jabberParameter)) {
    assert.ok(p.jabber, `${p.key}: jabber parameter ${p.jabberParameter} not found`);
    assert.equal(p.description, p.jabber!.description, `${p.key} takes its description from the jabber catalog`);
  }
  // Keys that are not jabber-config parameters are defined in full here.
  for (const key of ['ServicesDomain', 'InvalidCertificateBehavior', 'AllowUrlProvisioning', 'ForceLaunchBrowser', 'FIPS_MODE']) {
    const p = catalog.byKey.get(key)!;
    assert.ok(p, key);
    assert.equal(p.jabberParameter, undefined, key);
    assert.ok(p.description.length > 20, key);
  }
});

test('the BlackBerry field table of seed 000 and the field-notes §4.2 list are all in the catalog', () => {
  const catalog = emmCatalogOf(context());
  const labels = [
    'Disable cross launch Webex Meetings',
    'Services Domain',
    'Voice Services Domain',
    'Service Discovery Excluded Services',
    'Services Domain SSO Email Prompt',
    'Invalid Certificate Behavior',
    'Telephony Enabled',
    'Allow Url Provisioning',
    'IP Mode',
  ];
  for (const l of labels) assert.ok(catalog.byLabel.get(l.toLowerCase()), l);
  const keys = [
    'ServicesDomain',
    'VoiceServicesDomain',
    'ServiceDiscoveryExcludedServices',
    'ServicesDomainSsoEmailPrompt',
    'EnablePRTEncryption',
    'PRTCertificateURL',
    'PRTCertificateName',
    'InvalidCertificateBehavior',
    'Telephony_Enabled',
    'ForceLaunchBrowser',
    'FIPS_MODE',
    'AllowUrlProvisioning',
    'IP_Mode',
    'CC_MODE',
    'STARTUP_AUTHENTICATION_REQUIRED',
    'CachePasswordMobile',
    'EMMType',
  ];
  for (const k of keys) assert.ok(catalog.byKey.get(k), k);
  const crossLaunch = catalog.byLabel.get('disable cross launch webex meetings')!;
  assert.equal(crossLaunch.key, null, 'the key behind this field is not documented: none is invented');
  assert.equal(crossLaunch.confidence, 'low');
});

test("the matrices carry the seed's rows and the platform minimums", () => {
  const catalog = emmCatalogOf(context());
  const byId = new Map(catalog.matrices.map((m) => [m.id, m]));
  assert.equal(byId.get('intune-app-protection')!.rows.length, 12);
  assert.equal(byId.get('blackberry-app-config-fields')!.rows.length, 9);
  assert.equal(byId.get('blackberry-dynamics-policies')!.rows.length, 12);
  const req = new Map(byId.get('platform-requirements')!.rows.map((r) => [r.id, r]));
  assert.equal(req.get('blackberry-android-minimum')!.minimum, '6.0');
  assert.equal(req.get('blackberry-ios-minimum')!.minimum, '11.0');
  assert.deepEqual(req.get('blackberry-no-fips')!.keys, ['FIPS_MODE']);
  assert.ok(req.get('ios-ats-trusted-certificates'));
  for (const m of catalog.matrices) for (const r of m.rows) assert.ok(r.source, `${m.id}/${r.id} has a source`);
  const screen = byId.get('intune-app-protection')!.rows.find((r) => r.id === 'screen-capture')!;
  assert.deepEqual([screen.android, screen.ios], ['yes', 'n/a']);
});

test('matrix rows name only keys the catalog knows', () => {
  const catalog = emmCatalogOf(context());
  for (const m of catalog.matrices) for (const r of m.rows) for (const k of r.keys ?? []) assert.ok(catalog.byKey.get(k), `${m.id}/${r.id}: ${k}`);
  for (const p of catalog.parameters) for (const r of p.requires ?? []) assert.ok(catalog.byKey.get(r.key), `${p.key} requires ${r.key}`);
});
