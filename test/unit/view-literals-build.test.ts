// The extension bundle minifies the webview pages' scripts and style sheets (scripts/build/view-literals.mjs).
// The minified text must be the same program: it compiles, keeps every substitution, every element id and
// message the page uses, and every class the style sheets style.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
// @ts-expect-error -- a plain ES module of the build, without type declarations
import { minifyViewLiterals } from '../../scripts/build/view-literals.mjs';

const views = path.resolve(__dirname, '../../client/views');
const LITERAL = /^const ([A-Z_]*(SCRIPT|STYLE)) = `([^`]*)`;$/gm;
const literalsOf = (source: string) => new Map([...source.matchAll(LITERAL)].map((m) => [m[1], { kind: m[2], raw: m[3] }]));
const cook = (raw: string) => new Function(`return \`${raw.replace(/\$\{[^}]*\}/g, '1')}\`;`)() as string;
const holes = (raw: string) => [...raw.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);

const files = fs.readdirSync(views).filter((f) => f.endsWith('.ts'));
const withLiterals = files.filter((f) => literalsOf(fs.readFileSync(path.join(views, f), 'utf8')).size > 0);

test('the views have scripts and style sheets to minify', () => {
  assert.ok(withLiterals.includes('diagram.ts') && withLiterals.includes('mraTableHtml.ts'), withLiterals.join(', '));
});

for (const file of withLiterals) {
  test(`${file}: the minified scripts and styles are the same program, and smaller`, () => {
    const source = fs.readFileSync(path.join(views, file), 'utf8');
    const before = literalsOf(source);
    const after = literalsOf(minifyViewLiterals(source) as string);
    assert.deepEqual([...after.keys()], [...before.keys()]);
    for (const [name, { kind, raw }] of before) {
      const min = after.get(name)!.raw;
      assert.ok(min.length < raw.length, `${name} ${min.length} < ${raw.length}`);
      assert.deepEqual(holes(min), holes(raw), `${name}: substitutions`);
      const [original, minified] = [cook(raw), cook(min)];
      if (kind === 'SCRIPT') {
        assert.doesNotThrow(() => new Function(minified), `${name} compiles`);
        // Every string the script names (element ids, message types, selectors) is still there.
        const strings = (js: string) => new Set([...js.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)].map((m) => m[1] ?? m[2]));
        for (const s of strings(original)) assert.ok(strings(minified).has(s), `${name} keeps ${JSON.stringify(s)}`);
      } else {
        const classes = (css: string) => new Set(css.match(/\.[A-Za-z][\w-]*/g));
        assert.deepEqual(classes(minified), classes(original), `${name}: classes`);
        assert.deepEqual(new Set(minified.match(/--vscode-[\w-]+/g)), new Set(original.match(/--vscode-[\w-]+/g)), `${name}: theme colours`);
      }
    }
  });
}
