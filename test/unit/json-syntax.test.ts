// The stepped JSON parse and syntax check (server/formats/jsonSyntax.ts) give exactly what
// jsonc-parser's parseTree gives (the same tree, parents included, and the same error codes, offsets
// and lengths) on every app-config JSON fixture, on thousands of texts mutated from them, and on
// hostile shapes; and they read them in bounded steps, whatever the nesting.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { jsonSyntaxErrors, jsonSyntaxErrorsInSteps, MAX_JSON_ERRORS, parseTreeInSteps } from '../../server/formats/jsonSyntax';
import { runSteps } from '../../server/core/steps';
import { maxNesting, maxNestingInSteps } from '../../server/formats/jsonNesting';

const root = path.resolve(__dirname, '../..');
const jsonFiles = [
  ...fs
    .readdirSync(path.join(root, 'examples'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(root, 'examples', f)),
  ...fs
    .readdirSync(path.join(root, 'test/fixtures/appconfig'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(root, 'test/fixtures/appconfig', f)),
];
const texts = jsonFiles.map((f) => fs.readFileSync(f, 'utf8'));

function parseTreeErrors(text: string): ParseError[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors;
}

/** A tree as plain data: each node's parent by its type and offset (the real links would be cycles). */
function plain(node: Node | undefined): unknown {
  return node && { ...node, parent: node.parent && [node.parent.type, node.parent.offset], children: node.children?.map(plain) };
}

/** Both parses of the text agree: errors, and tree. */
function assertSame(text: string): void {
  const want: ParseError[] = [];
  const tree = parseTree(text, want, { allowTrailingComma: true, disallowComments: false });
  const got: ParseError[] = [];
  const stepped = runSteps(parseTreeInSteps(text, got));
  const what = JSON.stringify(text.slice(0, 200));
  assert.deepEqual(got, want, what);
  assert.deepEqual(plain(stepped), plain(tree), what);
  assert.deepEqual(jsonSyntaxErrors(text), want, what);
}

/** A small deterministic generator, so a failure is reproduced by the same run. */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
}

const PIECES = ['{', '}', '[', ']', ',', ':', '"', '/*', '*/', '//', '\n', '1e', '-', 'tru', 'null', '"a"', '\\u12', ' ', '@', '0x1', '.5', '\\', '\u2028'];

test('the same tree and errors as parseTree on every fixture and on short broken texts', () => {
  assert.ok(texts.length >= 5, 'the fixtures are found');
  const shapes = ['', ' ', '{', '[', '{,}', '[,]', '[1,]', '{"a":1,}', '{"a"}', '{"a":}', '{a:1}', '[1 2]', '{"a":1 "b":2}', '}', '1 2', '/*', '"abc'];
  shapes.push('[1,,2]', '{"a":1,,"b":2}', '[{]', '{[}', '{"a":[1,2}', '[[[[', '{"a":{"b":', '{"a":1}}', '// c\n{"a":/* x */1}', '01', '1.', '"\\x"');
  for (const text of [...texts, ...shapes]) assertSame(text);
});

test('the same tree and errors as parseTree on 10 000 texts mutated from the fixtures or built of JSON pieces', () => {
  const rnd = random(7);
  let compared = 0;
  for (let k = 0; k < 10_000; k++) {
    let text: string;
    if (k % 4 === 3) {
      text = '';
      for (let j = rnd(40); j > 0; j--) text += PIECES[rnd(PIECES.length)];
    } else {
      text = texts[k % texts.length];
      for (let j = 1 + rnd(4); j > 0; j--) {
        const at = rnd(text.length + 1);
        const op = rnd(3);
        if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + rnd(5));
        else if (op === 1) text = text.slice(0, at) + PIECES[rnd(PIECES.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(at, at + 20);
      }
    }
    assertSame(text);
    compared++;
  }
  assert.equal(compared, 10_000);
});

test('deep nesting is read without recursion, in steps, and errors stop at the bound', () => {
  // parseTree recurses once per level: 100 000 levels would overflow its stack; this reads them in a loop.
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  let steps = 0;
  for (const errors of jsonSyntaxErrorsInSteps(deep)) {
    assert.deepEqual(errors, []);
    steps++;
  }
  assert.ok(steps >= 10, `read in ${steps} steps`);
  const open = '{"a":['.repeat(50_000);
  const errors = jsonSyntaxErrors(open);
  assert.ok(errors.length > 0 && errors.length <= MAX_JSON_ERRORS + 2, `${errors.length} errors`);
  // As many errors as the bound allows, then the reading stops.
  assert.equal(jsonSyntaxErrors('@ '.repeat(5000)).length, MAX_JSON_ERRORS);
  assert.deepEqual(jsonSyntaxErrors('@ '.repeat(10)), parseTreeErrors('@ '.repeat(10)));
  // The tree of a deep text is built in steps too, without recursion.
  steps = 0;
  const it = parseTreeInSteps(deep, []);
  let r = it.next();
  for (; !r.done; r = it.next()) steps++;
  assert.ok(steps >= 10 && r.value?.type === 'array', `built in ${steps} steps`);
});

test('the depth scan in steps finds the depth the one-pass scan finds', () => {
  for (const text of [...texts, '['.repeat(40_000), '// "\n' + '{"a":'.repeat(30_000)]) {
    let steps = 0;
    const it = maxNestingInSteps(text);
    let r = it.next();
    for (; !r.done; r = it.next()) steps++;
    assert.equal(r.value, maxNesting(text));
    if (text.length > 100_000) assert.ok(steps > 1, 'a long text is scanned in more than one step');
  }
});
