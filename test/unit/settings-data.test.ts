// The settings data files are valid against their schemas, agree with each other, and every rule's
// quote really is in the seed it cites.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import * as yaml from 'yaml';
import type { SettingsRule } from '../../server/rules/settings/types';
import { customChecks } from '../../server/rules/settings/custom';

const schemas = path.resolve(__dirname, '../../schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(schemas, f), 'utf8'));
const rules = read('uc-settings-rules.json').rules as SettingsRule[];
const seeds = path.resolve(__dirname, '../../../shared/seeds');

describe('settings data', () => {
  it('uc-settings-rules.json is valid against its schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const ok = ajv.validate(read('uc-settings-rules.schema.json'), read('uc-settings-rules.json'));
    assert.ok(ok, ajv.errorsText(ajv.errors));
  });
  it('uc-settings.schema.json is a valid draft-07 schema and accepts the examples', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(read('uc-settings.schema.json'));
    for (const f of fs.readdirSync(path.resolve(__dirname, '../../examples')).filter((n) => /\.(expressway|cucm)\.(ya?ml|json)$/.test(n))) {
      const value = yaml.parse(fs.readFileSync(path.resolve(__dirname, '../../examples', f), 'utf8'));
      assert.ok(validate(value), `${f}: ${ajv.errorsText(validate.errors)}`);
    }
  });
  it('diagnostics/uc-settings.json is valid and lists every rule code with the rule severity (the message is written there alone)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const diag = read('diagnostics/uc-settings.json') as { codes: { code: string; severity: string; message: { en: string; ko: string; ja: string } }[] };
    assert.ok(ajv.validate(read('diagnostics.schema.json'), diag), ajv.errorsText(ajv.errors));
    const byCode = new Map(diag.codes.map((c) => [c.code, c]));
    for (const r of rules) {
      assert.equal(byCode.get(r.code)?.severity, r.severity, r.code);
      for (const locale of ['en', 'ko', 'ja'] as const) assert.ok(byCode.get(r.code)?.message[locale], `${r.code}: no ${locale} message`);
      assert.ok(!('message' in r), `${r.code}: the message belongs in diagnostics/uc-settings.json alone`);
    }
  });
  it('every code the settings sources emit is declared', () => {
    const declared = new Set<string>();
    for (const f of fs.readdirSync(path.join(schemas, 'diagnostics'))) for (const c of read(`diagnostics/${f}`).codes) declared.add(c.code);
    const dirs = ['server/services/settings', 'server/rules/settings'].map((d) => path.resolve(__dirname, '../..', d));
    for (const dir of dirs) {
      for (const f of fs.readdirSync(dir)) {
        const src = fs.readFileSync(path.join(dir, f), 'utf8');
        for (const m of src.matchAll(/makeDiagnostic\(ctx, '([a-z0-9-]+)'/g)) assert.ok(declared.has(m[1]), `${f} emits undeclared ${m[1]}`);
        for (const m of src.matchAll(/'(settings-[a-z-]+|json-syntax|yaml-syntax)'/g))
          if (!m[1].startsWith('settings-syntax')) assert.ok(declared.has(m[1]), `${f} uses undeclared ${m[1]}`);
      }
    }
  });
  it('every custom check named by a rule exists', () => {
    const names = JSON.stringify(rules).matchAll(/"op":"custom","name":"(\w+)"|"name":"(\w+)"/g);
    for (const m of names) {
      const n = m[1] ?? m[2];
      if (m[0].includes('custom') || n in customChecks) assert.ok(n in customChecks, n);
    }
  });
  it('every setting a rule names exists in the schema (a misspelt path would never fire)', () => {
    const schema = read('uc-settings.schema.json');
    const exists = (path: string): boolean => {
      let s = schema;
      for (const raw of path.replace(/^\$(ws)?\./, '').split(/\.(?![^[]*\])/)) {
        const m = /^([^[]*)(\[.*\])?$/.exec(raw)!;
        const key = m[1];
        if (key) {
          if (key.includes('*')) {
            const re = new RegExp(`^${key.replace(/\*/g, '.*')}$`);
            const k = Object.keys(s.properties ?? {}).find((x) => re.test(x));
            if (!k) return false;
            s = s.properties[k];
          } else {
            if (!s.properties?.[key]) return false;
            s = s.properties[key];
          }
        }
        if (m[2]) {
          for (const f of m[2].slice(1, -1).split('&').filter(Boolean)) {
            const fk = f.split(/!?=/)[0].trim();
            let t = s.items;
            for (const part of fk.split('.')) t = t?.properties?.[part];
            if (!t) return false;
          }
          s = s.items;
          if (!s) return false;
        }
      }
      return true;
    };
    for (const r of rules) {
      for (const p of r.paths) assert.ok(exists(p), `${r.code}: paths entry ${p}`);
      const preds = [r.check, ...(r.when ?? [])];
      for (const p of preds) for (const q of [p.path, p.other, ...(p.paths ?? [])]) if (q && q.startsWith('$')) assert.ok(exists(q), `${r.code}: ${q}`);
      for (const e of [r.each ?? []].flat()) assert.ok(exists(e), `${r.code}: each ${e}`);
    }
  });
  it('rule codes are unique', () => {
    assert.equal(new Set(rules.map((r) => r.code)).size, rules.length);
  });
  it('every quote is found in its seed (seed audit)', { skip: !fs.existsSync(seeds) && 'seeds not present' }, () => {
    const norm = (s: string) =>
      s
        .replace(/[*\\]/g, '')
        .replace(/<\/?[a-zA-Z]+>/g, '')
        .replace(/\s+/g, '');
    const texts = new Map<string, string>();
    for (const r of rules) {
      if (!texts.has(r.source.file)) texts.set(r.source.file, norm(fs.readFileSync(path.join(seeds, r.source.file), 'utf8')));
      assert.ok(texts.get(r.source.file)!.includes(norm(r.source.quote)), `${r.code}: quote not in ${r.source.file}: ${r.source.quote}`);
      assert.ok(texts.get(r.source.file)!.includes(norm(r.source.section)), `${r.code}: section not in ${r.source.file}: ${r.source.section}`);
    }
  });
});
