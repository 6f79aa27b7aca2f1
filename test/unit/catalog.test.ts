// The data in schemas/ is the product: every data file validates against its own JSON Schema, every
// entry names its source, codes are unique and every cross-reference resolves.
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadCatalogs } from '../../server/catalog/catalogs';

const SCHEMAS = path.resolve(__dirname, '../../schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));

test('every data file in schemas/ that names a $schema validates against it', () => {
  const files = [
    ...fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')),
    ...fs.readdirSync(path.join(SCHEMAS, 'diagnostics')).map((f) => `diagnostics/${f}`),
  ];
  let checked = 0;
  for (const f of files) {
    const data = read(f);
    const schemaRef: string | undefined = data.$schema;
    const schemaFile = schemaRef ? path.join(path.dirname(path.join(SCHEMAS, f)), schemaRef) : path.join(SCHEMAS, f.replace(/\.json$/, '.schema.json'));
    if (!fs.existsSync(schemaFile)) continue;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    assert.ok(validate(data), `${f}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
    checked++;
  }
  assert.ok(checked >= 6, `only ${checked} data files had a schema`);
});

test('the Jabber catalog covers every group with hundreds of parameters, each with a source', () => {
  const c = loadCatalogs().jabber;
  assert.deepEqual(c.groups.map((g) => g.name).sort(), ['Client', 'Directory', 'Options', 'Phone', 'Policies', 'Presence', 'Voicemail']);
  assert.ok(c.parameters.length >= 400, `${c.parameters.length}`);
  for (const p of c.parameters) assert.ok(p.source && p.description.length >= 10, p.name);
});

test('no spelling belongs to two parameters, and no bootstrap-only name is a parameter', () => {
  const c = loadCatalogs().jabber;
  const seen = new Map<string, string>();
  for (const p of c.parameters) {
    for (const s of [p.name, ...(p.aliases ?? [])]) {
      const k = s.toLowerCase();
      assert.ok(!seen.has(k) || seen.get(k) === p.name, `${s} in ${p.name} and ${seen.get(k)}`);
      seen.set(k, p.name);
    }
  }
  for (const n of ['ServicesDomain', 'InvalidCertificateBehavior', 'AllowUrlProvisioning', 'ForceLaunchBrowser', 'FIPS_MODE'])
    assert.ok(!seen.has(n.toLowerCase()), n);
});

test('every parameter the seeds name is in the catalog', () => {
  const c = loadCatalogs().jabber;
  for (const n of [
    'EMMType',
    'VoiceServicesDomain',
    'E911NotificationURL',
    'ServiceDiscoveryExcludedServices',
    'ServicesDomainSsoEmailPrompt',
    'Telephony_Enabled',
    'IP_Mode',
    'DirectoryServerType',
    'PrtLogServerURL',
    'UpdateURL',
  ]) {
    assert.ok(c.byLowerName.has(n.toLowerCase()), n);
  }
});

test('deprecated parameters point at parameters that exist', () => {
  const c = loadCatalogs().jabber;
  for (const p of c.parameters) if (p.deprecated?.replacedBy) assert.ok(c.byName.has(p.deprecated.replacedBy), `${p.name} → ${p.deprecated.replacedBy}`);
});

test('combination rules only name catalog parameters', () => {
  const cat = loadCatalogs();
  for (const r of cat.jabberRules) {
    const names = [
      r.when?.param,
      ...(r.params ?? []),
      ...(r.ranges ?? []).flat(),
      ...(r.then ? ('anyOf' in r.then ? r.then.anyOf.map((x) => x.param) : [r.then.param]) : []),
    ].filter(Boolean) as string[];
    for (const n of names) assert.ok(cat.jabber.byLowerName.has(n.toLowerCase()), `${r.id}: ${n}`);
  }
});

test('MRA table rows name catalog parameters', () => {
  const cat = loadCatalogs();
  assert.ok(cat.mra.rows.length >= 40, `${cat.mra.rows.length} rows`);
  for (const r of cat.mra.rows) for (const p of r.parameters ?? []) assert.ok(cat.jabber.byLowerName.has(p.toLowerCase()), `${r.id}: ${p}`);
});

test('diagnostic codes are unique across families and every code used by jabber rules is declared', () => {
  const dir = path.join(SCHEMAS, 'diagnostics');
  const all: string[] = [];
  for (const f of fs.readdirSync(dir)) all.push(...read(`diagnostics/${f}`).codes.map((c: { code: string }) => c.code));
  assert.equal(new Set(all).size, all.length, `duplicates: ${all.filter((c, i) => all.indexOf(c) !== i)}`);
  const src = fs
    .readdirSync(path.resolve(__dirname, '../../server/rules/jabber'))
    .map((f) => fs.readFileSync(path.resolve(__dirname, '../../server/rules/jabber', f), 'utf8'))
    .join('\n');
  for (const m of src.matchAll(/makeDiagnostic\(ctx, '([a-z-]+)'/g)) assert.ok(all.includes(m[1]), m[1]);
});

test('every message key exists in English, Korean and Japanese', () => {
  const dir = path.join(SCHEMAS, 'diagnostics');
  for (const f of ['common.json', 'jabber-config.json']) {
    for (const c of read(`diagnostics/${f}`).codes) {
      for (const l of ['en', 'ko', 'ja']) assert.ok(c.message[l], `${f} ${c.code} ${l}`);
    }
  }
  assert.ok(fs.existsSync(dir));
});
