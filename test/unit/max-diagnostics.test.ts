// ucConfig.maxDiagnostics: at most that many diagnostics per file, the most severe first, and one
// closing diagnostic that says how many more there are (in the user's language).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySeverityOverrides, CappedDiagnostics, capDiagnostics } from '../../server/catalog/diagnostics';
import { jabberConfigService } from '../../server/services/jabber';
import { CONFIG, ctx, doc } from './jabber-helpers';

const many = (n: number) =>
  CONFIG(
    '  <Client>\n' +
      Array.from({ length: n }, (_, i) => `    <NotAParameter${i}>1</NotAParameter${i}>`).join('\n') +
      '\n  </Client>\n  <Policies><EnableVideo>true</EnableVideo></Policie>',
  );

test('past the cap, the most severe are kept and one diagnostic says how many more there are', () => {
  const c = ctx({ maxDiagnostics: 50 });
  const all = jabberConfigService.validate(doc(many(120)), c);
  assert.ok(all.length > 50);
  const capped = capDiagnostics(all, c);
  assert.equal(capped.length, 51);
  const last = capped[capped.length - 1];
  assert.equal(last.code, 'more-diagnostics');
  assert.match(last.message as string, new RegExp(`^${all.length - 50} more problems`));
  assert.match(last.message as string, /ucConfig\.maxDiagnostics is 50/);
  // The error (a misspelt end tag, last in the file) is kept ahead of the warnings before it.
  assert.ok(capped.some((d) => d.code === 'xml-syntax'));
  const ko = capDiagnostics(jabberConfigService.validate(doc(many(120)), { ...c, locale: 'ko' }), { ...c, locale: 'ko' });
  assert.match(ko[ko.length - 1].message as string, /표시하지 않습니다/);
});

test('at or under the cap nothing changes', () => {
  const c = ctx();
  const all = jabberConfigService.validate(doc(many(10)), c);
  assert.equal(c.settings.maxDiagnostics, 1000);
  assert.equal(capDiagnostics(all, c), all);
});

test('gathered step by step, the cap keeps exactly what the cap of all would keep, holding at most 4 × max', () => {
  const c = ctx({ maxDiagnostics: 50, severity: { 'unknown-parameter': 'hint', 'xml-syntax': 'warning' } });
  const all = jabberConfigService.validate(doc(many(300)), c);
  const whole = capDiagnostics(applySeverityOverrides(all, c.settings.severity), c);
  for (const stepSize of [1, 7, 100, all.length]) {
    const capped = new CappedDiagnostics(c);
    for (let i = 0; i < all.length; i += stepSize) capped.add(all.slice(i, i + stepSize));
    const held = (capped as unknown as { kept: unknown[] }).kept.length;
    assert.ok(held <= 4 * 50, `${held} held`);
    assert.deepEqual(capped.result(), whole, `steps of ${stepSize}`);
  }
  // 'off' drops a code before it counts.
  const off = ctx({ maxDiagnostics: 50, severity: { 'unknown-parameter': 'off' } });
  const capped = new CappedDiagnostics(off);
  capped.add(jabberConfigService.validate(doc(many(300)), off));
  assert.deepEqual(capped.result(), capDiagnostics(applySeverityOverrides(jabberConfigService.validate(doc(many(300)), off), off.settings.severity), off));
});
