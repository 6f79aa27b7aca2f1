// The settings reader is bounded by construction: nesting, entries and size are checked in one linear
// pass before the YAML/JSON library sees the text, so the shapes that once hung or killed the server
// (issue 10) give one diagnostic at once, and every feature answers quickly. The parse cache never
// returns a previous text's results for a reused version number.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_CHARS, MAX_DEPTH, MAX_ENTRIES, parseSettings, scanShape } from '../../server/formats/settings';
import { settingsService } from '../../server/services/settings';
import { HOSTILE_SETTINGS } from './hostile-settings-shapes';
import { context, doc } from './settings-helpers';
import { cpuMsSince, cpuNow } from './cpu-time';

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

describe('settings reader bounds', () => {
  for (const shape of HOSTILE_SETTINGS) {
    it(`${shape.name}: one ${shape.code} diagnostic, every feature answers at once`, () => {
      const d = doc(shape.uri, shape.text);
      const ctx = context([d]);
      const started = cpuNow();
      const ds = settingsService.validate(d, ctx);
      const end = d.positionAt(shape.text.length);
      const mid = d.positionAt(shape.text.length >> 1);
      assert.deepEqual(settingsService.complete(d, end, ctx), []);
      assert.deepEqual(settingsService.complete(d, mid, ctx), []);
      assert.equal(settingsService.hover(d, mid, ctx), null);
      assert.deepEqual(settingsService.symbols(d, ctx), []);
      settingsService.folding(d, ctx);
      // Generous for a shared test machine: these took seconds to forever before.
      const ms = cpuMsSince(started);
      assert.ok(ms < 1000, `took ${ms} ms of CPU`);
      assert.deepEqual(
        ds.map((x) => x.code),
        [shape.code],
      );
      assert.doesNotMatch(String(ds[0].message), /\{\w+\}/);
    });
  }

  it('reports the nesting where it goes too deep, in every language', () => {
    const text = 'expressway:\n  a: ' + '['.repeat(MAX_DEPTH + 5) + ']'.repeat(MAX_DEPTH + 5) + '\n';
    const d = doc('file:///h/deep.expressway.yaml', text);
    for (const locale of ['en', 'ko', 'ja'] as const) {
      const [diag] = settingsService.validate(d, context([d], locale));
      assert.equal(diag.code, 'settings-too-deep');
      assert.equal(diag.range.start.line, 1);
      assert.ok(diag.range.start.character > 5, 'at the bracket that goes past the bound');
      assert.match(String(diag.message), new RegExp(String(MAX_DEPTH)));
    }
  });

  it('reads files within the bounds as before: nesting, quoted brackets, comments and block scalars do not count', () => {
    const nested = 'expressway:\n  a: ' + '['.repeat(40) + ']'.repeat(40) + '\n';
    assert.deepEqual(parseSettings(nested, 'yaml').errors, []);
    const text =
      'expressway:\n  version: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["\n  # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n  note: |\n' +
      lines(100, (i) => '    ' + ' '.repeat(i % 50) + '[{'.repeat(10)) +
      "  other: 'it''s [[[['\n  regex: ^a[0-9]{2}[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n";
    const parsed = parseSettings(text, 'yaml');
    assert.deepEqual(parsed.errors, []);
    assert.ok(scanShape(text).depth < 10);
    assert.equal(parsed.root?.properties?.[0].properties?.length, 4);
  });

  it('keeps ten times the largest real settings file within the bounds', () => {
    const examples = path.resolve(__dirname, '../../examples');
    for (const f of fs.readdirSync(examples).filter((n) => /\.(expressway|cucm|imp)\.ya?ml$/.test(n))) {
      const text = fs.readFileSync(path.join(examples, f), 'utf8');
      const shape = scanShape(text);
      assert.ok(text.length * 10 <= MAX_CHARS && shape.entries * 10 <= MAX_ENTRIES, `${f}: ${text.length} chars, ${shape.entries} entries`);
    }
  });

  it('reads a file just inside each bound', () => {
    const keys = 'expressway:\n' + lines(MAX_ENTRIES - 10, (i) => `  k${i}: ${i}`);
    assert.equal(parseSettings(keys, 'yaml').errors.length, 0);
    const big = 'expressway:\n  version: ' + 'x'.repeat(MAX_CHARS - 100) + '\n';
    assert.equal(parseSettings(big, 'yaml').errors.length, 0);
  });

  it('finds duplicate keys itself (the library check is quadratic), once per duplicate, at the key', () => {
    const text = 'expressway:\n  version: X14.2\n  version: X12.6\n  version: X8.1\nb: &a {x: 1, x: 2}\nc: *a\n';
    const errors = parseSettings(text, 'yaml').errors.filter((e) => e.code === 'settings-duplicate-key');
    assert.deepEqual(
      errors.map((e) => text.slice(e.start, e.end)),
      ['version', 'version', 'x'],
    );
  });

  it('stops an alias that refers to its own anchor', () => {
    const parsed = parseSettings('a: &x [1, *x]\n', 'yaml');
    assert.ok(parsed.errors.some((e) => e.code === 'settings-syntax'));
    assert.ok(parsed.root);
  });
});

describe('settings parse cache', () => {
  it('never returns the previous text for a reused version number', () => {
    const d = TextDocument.create('file:///c/x.expressway.yaml', 'yaml', 7, 'expressway:\n  version: X14.2\n');
    const ctx = context([d]);
    assert.deepEqual(settingsService.validate(d, ctx), []);
    TextDocument.update(d, [{ text: 'expressway:\n  versoin: X14.2\n' }], 7);
    assert.deepEqual(
      settingsService.validate(d, ctx).map((x) => x.code),
      ['settings-unknown-key-suggest'],
    );
  });
});
