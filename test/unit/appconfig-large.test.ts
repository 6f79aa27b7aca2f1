// A JSON app configuration larger than APPCONFIG_JSON_MAX_CHARS is checked for syntax only, in steps:
// one diagnostic says so (in the user's language, with the bound), the syntax errors are those of a
// full parse, nothing else is reported, and no feature reads a tree that was never built.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPCONFIG_JSON_MAX_CHARS, parseAppConfigJson, parseAppConfigJsonInSteps } from '../../server/formats/appconfig-json';
import { codes, context, jsonDoc, service, validate } from './appconfig-helpers';

const ENTRY = '{"appConfigKey":"ServicesDomain","appConfigKeyType":"stringType","appConfigKeyValue":"a.com"}';
/** A Graph app configuration of about `chars` characters (duplicate keys included). */
const graph = (chars: number, tail = '') =>
  `{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":[\n${Array.from({ length: Math.ceil(chars / (ENTRY.length + 2)) }, () => ENTRY).join(',\n')}${tail}\n]}`;

test('within the bound an app configuration is checked in full', () => {
  const text = graph(APPCONFIG_JSON_MAX_CHARS - 10_000);
  assert.ok(text.length <= APPCONFIG_JSON_MAX_CHARS);
  const found = codes(jsonDoc(text));
  assert.ok(found.includes('duplicate-key'), found.slice(0, 5).join());
  assert.ok(!found.includes('app-config-too-large'));
});

test('beyond the bound: one diagnostic with the size and the bound, the syntax errors, nothing else', () => {
  const text = graph(APPCONFIG_JSON_MAX_CHARS + 100_000, ',\n{"appConfigKey":"X" "appConfigKeyType":"stringType"}');
  const d = jsonDoc(text);
  const diags = validate(d);
  assert.deepEqual(
    diags.map((x) => x.code),
    ['app-config-too-large', 'json-syntax'],
  );
  const size = String(Math.round(text.length / 1024));
  assert.equal(
    diags[0].message,
    `This app configuration is ${size} KB, more than the 256 KB checked in full (app configurations are a few KB): only its JSON syntax was checked.`,
  );
  assert.deepEqual(diags[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  // The syntax error is where a full parse puts it: the missing comma before "appConfigKeyType".
  assert.equal(d.getText().slice(d.offsetAt(diags[1].range.start), d.offsetAt(diags[1].range.end)), '"appConfigKeyType"');
  assert.match(diags[1].message, /Comma expected/);
  for (const [locale, words] of [
    ['ko', /KB로, 전체 검사 한도 256KB를 넘습니다/],
    ['ja', /上限 256 KB を超えています/],
  ] as const) {
    const message = String(service.validate(d, { ...context(), locale })[0].message);
    assert.match(message, words);
    assert.ok(message.includes(size));
  }
});

test('beyond the bound nothing is modelled, and completion, hover, symbols and folding answer nothing', () => {
  const d = jsonDoc(graph(APPCONFIG_JSON_MAX_CHARS + 1000));
  const model = parseAppConfigJson(d.getText());
  assert.equal(model.tooLarge, true);
  assert.deepEqual(model.entries, []);
  assert.equal(model.jsonTree, undefined);
  const ctx = context();
  const middle = d.positionAt(d.getText().length >> 1);
  assert.deepEqual(service.complete(d, middle, ctx), []);
  assert.equal(service.hover(d, d.positionAt(20), ctx), null);
  assert.deepEqual(service.symbols(d, ctx), []);
  assert.deepEqual(service.folding(d, ctx), []);
  assert.deepEqual(service.codeActions(d, { start: middle, end: middle }, [], ctx), []);
});

test('the parse runs in steps, and the stepped parse equals the parse at once', () => {
  for (const chars of [400_000, APPCONFIG_JSON_MAX_CHARS + 200_000]) {
    const text = graph(chars, ',\n{"appConfigKey":"X",}');
    let steps = 0;
    const it = parseAppConfigJsonInSteps(text);
    let r = it.next();
    for (; !r.done; r = it.next()) steps++;
    assert.ok(steps > 1, `${chars} characters: ${steps} steps`);
    assert.deepEqual(r.value, parseAppConfigJson(text));
  }
});

test('beyond ucConfig.maxFileSizeMB a JSON app configuration gets the syntax check alone, in steps', () => {
  const ctx = context();
  ctx.settings.maxFileSizeMB = 1;
  const d = jsonDoc(graph(1.2 * 1024 * 1024, ',\n{"appConfigKey":"X" "b":1}'));
  const steps = [...service.validateInSteps!(d, ctx)];
  assert.ok(steps.length > 5, `${steps.length} steps`);
  assert.deepEqual(
    steps.flat().map((x) => x.code),
    ['file-too-large', 'json-syntax'],
  );
});
