// Bad input: malformed plist/JSON, a <key> with no value, nested arrays where a string is due, huge
// and binary files. Each gives a clear diagnostic, and no input makes any feature throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzParams } from '../fuzz';
import { codes, context, doc, jsonDoc, service, validate, xmlDoc } from './appconfig-helpers';
import { cpuMsSince, cpuNow } from './cpu-time';

test('a <dict> with a <key> and no value', () => {
  const d = validate(xmlDoc('<dict>\n  <key>ServicesDomain</key>\n</dict>'));
  const e = d.find((x) => x.code === 'plist-missing-value')!;
  assert.equal(e.message, '<key>ServicesDomain</key> has no value element after it.');
  assert.equal(e.severity, 1);
});

test('nested arrays where a string is due, in every flavor', () => {
  assert.ok(codes(xmlDoc('<dict><key>ServicesDomain</key><array><array/></array></dict>')).includes('type-mismatch'));
  assert.ok(
    codes(jsonDoc('{"settings":[{"appConfigKey":"ServicesDomain","appConfigKeyType":"stringType","appConfigKeyValue":[["a"]]}]}')).includes('entry-structure'),
  );
  assert.ok(codes(jsonDoc('{"customSettings":[{"name":"ServicesDomain","value":[["a"]]}]}')).includes('entry-structure'));
  assert.ok(codes(jsonDoc('{"managedProperty":[{"key":"ServicesDomain","valueStringArray":[["a"]]}]}')).includes('type-mismatch'));
  assert.ok(codes(jsonDoc('{"emm":"blackberry","appConfiguration":{"ServicesDomain":[["a"]]}}')).includes('type-mismatch'));
});

test('malformed plist and JSON report syntax and keep checking', () => {
  assert.deepEqual(codes(xmlDoc('<dict><key>ServicesDomian</key><string>x</string')).slice(0, 2), ['xml-syntax', 'unknown-key']);
  assert.ok(codes(xmlDoc('<dict><key>A</key><string>&undefined;</string></dict>')).includes('xml-syntax'));
  assert.ok(codes(jsonDoc('{"customSettings":[{"name":"ServicesDomian","value":"x",}]')).includes('unknown-key'));
  const garbage = codes(jsonDoc('not json at all'));
  assert.ok(garbage.length >= 1 && garbage.every((c) => c === 'json-syntax'), garbage.join());
});

test('binary content: one diagnostic, nothing else', () => {
  assert.deepEqual(codes(xmlDoc('\u0000\u0001\u0002garbage')), ['binary-content']);
  assert.deepEqual(codes(jsonDoc('{"a":"\u0000"}')), ['binary-content']);
  const bplist = validate(doc('file:///w/a.appconfig.plist', 'bplist00\u00d1\u0001\u0002'));
  assert.deepEqual(
    bplist.map((x) => x.code),
    ['binary-content'],
  );
  assert.match(bplist[0].message, /binary property list.*plutil -convert xml1/);
});

test('a file above the size limit gets file-too-large and only a syntax check', () => {
  const ctx = context();
  ctx.settings = { ...ctx.settings, maxFileSizeMB: 0.01 };
  const big = `<dict>\n${'  <key>Unknownkey</key>\n  <string>x</string>\n'.repeat(400)}</dict>`;
  assert.deepEqual(codes(xmlDoc(big), ctx), ['file-too-large']);
});

test('a large valid file is checked quickly', () => {
  const pairs = Array.from({ length: 20000 }, (_, i) => `  <key>Custom${i}</key>\n  <string>v</string>`).join('\n');
  const d = xmlDoc(`<dict>\n${pairs}\n</dict>`);
  const t = Date.now();
  const out = validate(d);
  assert.equal(out.length, 20000);
  assert.ok(Date.now() - t < 5000, `took ${Date.now() - t} ms`);
  assert.ok(service.symbols(d, context()).length <= 5000, 'symbols are capped');
});

test('symbols and folding', () => {
  const d = xmlDoc('<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>Telephony_Enabled</key>\n  <true/>\n</dict>');
  const s = service.symbols(d, context());
  assert.deepEqual(
    s.map((x) => [x.name, x.detail]),
    [
      ['ServicesDomain', 'example.com'],
      ['Telephony_Enabled', 'true'],
    ],
  );
  assert.deepEqual(s[0].selectionRange, { start: { line: 1, character: 7 }, end: { line: 1, character: 21 } });
  assert.deepEqual(service.folding(d, context()), [{ startLine: 0, endLine: 4 }]);
  const j = jsonDoc('{\n  "customSettings": [\n    { "name": "A", "value": "b" }\n  ]\n}');
  assert.deepEqual(service.folding(j, context()), [
    { startLine: 0, endLine: 3 },
    { startLine: 1, endLine: 2 },
  ]);
});

test('no input makes any feature throw (property test over arbitrary and mutated documents)', () => {
  const seeds = [
    '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>Telephony_Enabled</key>\n  <true/>\n</dict>',
    '{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":[{"appConfigKey":"IP_Mode","appConfigKeyType":"stringType","appConfigKeyValue":"Dual_Stack"}],"encodedSettingXml":"PGRpY3Q+"}',
    '{"emm":"blackberry","appConfiguration":{"FIPS_MODE":true,"Services Domain":"x"}}',
    '{"kind":"androidenterprise#managedConfiguration","managedProperty":[{"key":"Telephony_Enabled","valueBool":true}]}',
  ];
  const ctx = context();
  fc.assert(
    fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), fc.boolean(), (i, a, b, ins, asJson) => {
      const s = seeds[i];
      const from = a % (s.length + 1);
      const to = Math.min(s.length, from + (b % 8));
      const text = s.slice(0, from) + ins + s.slice(to);
      const d = doc(asJson ? 'file:///w/f.appconfig.json' : 'file:///w/f.appconfig.xml', text);
      service.validate(d, ctx);
      const pos = d.positionAt(from);
      service.complete(d, pos, ctx);
      service.hover(d, pos, ctx);
      service.symbols(d, ctx);
      service.folding(d, ctx);
      const diags = service.validate(d, ctx);
      service.codeActions(d, { start: pos, end: pos }, diags, ctx);
    }),
    fuzzParams(400),
  );
});

test('JSON nested thousands of levels deep is refused with a clear message, not a stack overflow', () => {
  const deep = jsonDoc(`${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`);
  const d = validate(deep);
  assert.deepEqual(
    d.map((x) => x.code),
    ['entry-structure'],
  );
  assert.match(d[0].message, /nests 10000 levels deep/);
  assert.deepEqual(service.complete(deep, deep.positionAt(50000), context()), []);
  assert.deepEqual(service.folding(deep, context()), []);
  const arrays = jsonDoc(`${'['.repeat(10000)}${']'.repeat(10000)}`);
  assert.deepEqual(codes(arrays), ['entry-structure']);
  // Brackets inside strings do not count.
  assert.deepEqual(
    codes(jsonDoc(`{"customSettings":[{"name":"ServicesDomain","value":"${'['.repeat(1000)}"},{"name":"AllowUrlProvisioning","value":"false"}]}`)),
    ['invalid-value'],
  );
  // A quote inside a comment or an unterminated string does not hide the brackets after it: the depth
  // is the parser's own (a fuzz run found `// "` followed by 50 000 `[`). After an unterminated string
  // at the top, the parser reads no further ("end of file expected"), so nothing nests there.
  for (const [head, expected] of [
    ['// "\n', ['entry-structure']],
    ['/* " */', ['entry-structure']],
    ['"\n', ['json-syntax', 'json-syntax', 'unknown-format']],
  ] as const) {
    const hidden = jsonDoc(`${head}${'['.repeat(50000)}`);
    assert.deepEqual(codes(hidden), expected, JSON.stringify(head));
    for (const f of [service.symbols, service.folding]) assert.ok(Array.isArray(f(hidden, context())));
    service.hover(hidden, hidden.positionAt(60), context());
    service.complete(hidden, hidden.positionAt(60), context());
  }
});

test('completion in a huge single-indent document stays fast', () => {
  const text = `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} v\n`;
  const d = xmlDoc(text);
  const t = cpuNow();
  service.complete(d, d.positionAt(1005946), context());
  const ms = cpuMsSince(t);
  assert.ok(ms < 500, `took ${ms} ms of CPU`);
});
