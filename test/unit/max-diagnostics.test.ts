// ucConfig.maxDiagnostics: at most that many diagnostics per file, the most severe first, and one
// closing diagnostic that says how many more there are (in the user's language).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySeverityOverrides, CappedDiagnostics, capDiagnostics } from '../../server/catalog/diagnostics';
import { validateYielding } from '../../server/handlers/validation';
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

/** A generated jabber-config of n documented parameters at their defaults, cycled (as the benchmark's): it repeats,
 *  deprecates and mis-values parameters, so it gives far more findings than the cap. */
const generated = (n: number) => {
  const { parameters } = ctx().catalogs.jabber;
  const byGroup = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const p = parameters[i % parameters.length];
    const value = p.default ?? (p.type === 'boolean' ? 'true' : p.type === 'integer' ? '1' : 'example.com');
    const lines = byGroup.get(p.group) ?? [];
    byGroup.set(p.group, lines);
    lines.push(`    <${p.name}>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${p.name}>`);
  }
  return CONFIG([...byGroup].map(([g, lines]) => `  <${g}>\n${lines.join('\n')}\n  </${g}>`).join('\n'));
};

test('a file with more findings than the cap publishes the same first diagnostics and closing count as every diagnostic built', async () => {
  const c = ctx();
  const d = doc(generated(4000));
  const all = jabberConfigService.validate(d, c);
  assert.ok(all.length > 3 * c.settings.maxDiagnostics, `${all.length} findings`);
  // What the server publishes: the validation in steps, gathered under the cap.
  const published = await validateYielding(jabberConfigService, d, c, () => false, 0, undefined, new CappedDiagnostics(c));
  assert.deepEqual(published, capDiagnostics(all, c));
  assert.equal(published?.length, 1001);
  // Pinned from the build before findings were made cheaper: the count, a finding of each kind, the closing diagnostic.
  const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  const byCode = (code: string) => published?.find((x) => x.code === code);
  assert.equal(all.length, 4839);
  assert.deepEqual(published?.[0], {
    range: at(24, 13, 24),
    severity: 2,
    code: 'invalid-value',
    source: 'uc-config',
    message: "<EMMType> entry 'example.com' is not one of: 0, 1, 2. Entries are separated by ';'.",
    data: { suggestions: ['0', '1', '2'] },
  });
  assert.deepEqual(byCode('duplicate-parameter'), {
    range: at(82, 5, 38),
    severity: 2,
    code: 'duplicate-parameter',
    source: 'uc-config',
    message: '<AllowUserSelectChatsFileDirectory> is already set on line 4; only one value takes effect.',
    data: { fix: 'remove' },
    relatedInformation: [{ location: { uri: d.uri, range: at(3, 5, 38) }, message: 'First <AllowUserSelectChatsFileDirectory>' }],
  });
  assert.deepEqual(byCode('deprecated-parameter'), {
    range: at(796, 5, 18),
    severity: 2,
    code: 'deprecated-parameter',
    source: 'uc-config',
    message: '<BDIBaseFilter> is deprecated since Jabber 11.8; use <BaseFilter> instead.',
    data: { replacedBy: 'BaseFilter' },
  });
  assert.deepEqual(published?.[1000], {
    range: at(0, 0, 0),
    severity: 3,
    code: 'more-diagnostics',
    source: 'uc-config',
    message: '3839 more problems in this file are not shown (setting ucConfig.maxDiagnostics is 1000).',
  });
});

test('past the cap no did-you-mean is searched for an unknown name, and the published diagnostics are unchanged', async () => {
  // Counts the did-you-mean searches: each reads the catalog's spellings.
  let searches = 0;
  const counted = (settings: Parameters<typeof ctx>[0]) => {
    const c = ctx(settings);
    const jabber = Object.create(c.catalogs.jabber, {
      allSpellings: {
        get: () => {
          searches++;
          return c.catalogs.jabber.allSpellings;
        },
      },
    }) as typeof c.catalogs.jabber;
    return { ...c, catalogs: { ...c.catalogs, jabber } };
  };
  const d = doc(many(3000));
  for (const settings of [
    { maxDiagnostics: 50 },
    { maxDiagnostics: 50, severity: { 'unknown-parameter': 'hint' as const } },
    { severity: { 'unknown-parameter': 'off' as const } },
  ]) {
    const c = counted(settings);
    searches = 0;
    const all = jabberConfigService.validate(d, c);
    assert.ok(searches >= 3000, `${searches} searches without a cap`);
    searches = 0;
    const published = await validateYielding(jabberConfigService, d, c, () => false, 0, undefined, new CappedDiagnostics(c));
    // Only in the slices before the cap was reached: about two reads per name for the first 50 names and one
    // slice beyond (not 6 000 reads, two for each of 3 000 names).
    assert.ok(searches <= 200, `${searches} searches under the cap (${JSON.stringify(settings)})`);
    assert.deepEqual(published, capDiagnostics(applySeverityOverrides(all, c.settings.severity), c));
  }
});
