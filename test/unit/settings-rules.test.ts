// Every rule of schemas/uc-settings-rules.json has a passing and a failing example in
// test/fixtures/settings/rule-cases.json; a rule without both fails this test. Each example is run
// as YAML and as JSON through the full validate() path.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { validateSettings } from '../../server/services/settings/validate';
import type { SettingsRule } from '../../server/rules/settings/types';
import { context, doc, toYaml } from './settings-helpers';

const rules = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schemas/uc-settings-rules.json'), 'utf8')) as { rules: SettingsRule[] }).rules;
// Each example is a base document of the fixture file (a clean MRA pair, a clean centralized
// deployment, clean SCIM and Lync sections) with `set` (dotted path -> value; numbers index lists)
// and `unset` (dotted paths to delete) applied.
const fixtures = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/settings/rule-cases.json'), 'utf8')) as {
  today: string;
  bases: Record<string, unknown>;
  cases: Record<string, { pass: Example; fail: Example; alsoPass?: (Example & { why: string })[] }>;
};
interface DocRef {
  base: string;
  set?: Record<string, unknown>;
  unset?: string[];
}
interface Example {
  doc: DocRef;
  others?: { uri: string; doc: DocRef }[];
}

function expand(ref: DocRef): unknown {
  const out = structuredClone(fixtures.bases[ref.base]) as Record<string | number, unknown>;
  assert.ok(out, `unknown base ${ref.base}`);
  const walk = (p: string, create: boolean) => {
    const keys = p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    let cur = out as Record<string | number, unknown>;
    for (let i = 0; i < keys.length - 1; i++) {
      if (cur[keys[i]] === undefined && create) cur[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
      cur = cur[keys[i]] as Record<string | number, unknown>;
      if (!cur) return undefined;
    }
    return { holder: cur, key: keys[keys.length - 1] };
  };
  for (const [p, v] of Object.entries(ref.set ?? {})) {
    const at = walk(p, true)!;
    at.holder[at.key] = structuredClone(v);
  }
  for (const p of ref.unset ?? []) {
    const at = walk(p, false);
    if (!at) continue;
    if (Array.isArray(at.holder)) at.holder.splice(at.key as number, 1);
    else delete at.holder[at.key];
  }
  return out;
}
const today = new Date(`${fixtures.today}T12:00:00Z`);

function run(example: Example, syntax: 'yaml' | 'json') {
  const name = syntax === 'yaml' ? 'file:///ws/subject.expressway.yaml' : 'file:///ws/subject.expressway.json';
  const value = expand(example.doc);
  const subject = doc(name, syntax === 'yaml' ? toYaml(value) : JSON.stringify(value, null, 2));
  const others = (example.others ?? []).map((o) => doc(o.uri, toYaml(expand(o.doc))));
  return validateSettings(subject, context([subject, ...others]), today);
}

describe('settings rules: a passing and a failing example for every rule', () => {
  for (const rule of rules) {
    it(rule.code, () => {
      const c = fixtures.cases[rule.code];
      assert.ok(c?.pass && c?.fail, `rule ${rule.code} needs a pass and a fail example in rule-cases.json`);
      for (const syntax of ['yaml', 'json'] as const) {
        const passing = run(c.pass, syntax).filter((d) => d.code === rule.code);
        assert.deepEqual(
          passing.map((d) => d.message),
          [],
          `${rule.code} must not fire on its passing example (${syntax})`,
        );
        const failing = run(c.fail, syntax).filter((d) => d.code === rule.code);
        assert.ok(failing.length > 0, `${rule.code} must fire on its failing example (${syntax})`);
        assert.ok(!/\{\w+\}/.test(String(failing[0].message)), `message placeholders are filled: ${failing[0].message}`);
        // Configurations Cisco documents as right, once reported wrongly: the rule stays silent on them.
        for (const ok of c.alsoPass ?? []) {
          assert.deepEqual(
            run(ok, syntax)
              .filter((d) => d.code === rule.code)
              .map((d) => d.message),
            [],
            `${rule.code}: ${ok.why} (${syntax})`,
          );
        }
      }
    });
  }
  it('has no example for a rule that does not exist', () => {
    const codes = new Set(rules.map((r) => r.code));
    assert.deepEqual(
      Object.keys(fixtures.cases).filter((c) => !codes.has(c)),
      [],
    );
  });
});

describe('settings rule messages follow the locale', () => {
  const text = toYaml({ expressway: { expresswayC: { zones: [{ type: 'Unified Communications traversal', sip: { tlsVerifyMode: 'Off' } }] } } });
  for (const [locale, expected] of [
    ['ja', /TLS 検証モード/],
    ['en', /TLS verify mode On/],
    ['ko', /TLS verify mode On/],
  ] as const) {
    it(locale, () => {
      const d = doc('file:///ws/l.expressway.yaml', text);
      const ds = validateSettings(d, context([d], locale), today).filter((x) => x.code === 'uc-zone-tls-verify-off');
      assert.match(String(ds[0].message), expected);
    });
  }
});
