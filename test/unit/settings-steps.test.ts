// A settings file read in steps (formats/settings.ts#parseSettingsInSteps) is read exactly as yaml's own
// parseDocument reads it, and a completion's caret probe of a large file is read in steps before the
// completion (FormatService.completeInSteps) and gives the same items as one read at once.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { runSteps } from '../../server/core/steps';
import { MAX_CHARS, MAX_DEPTH, MAX_ENTRIES, parseSettings, parseSettingsInSteps } from '../../server/formats/settings';
import { settingsService } from '../../server/services/settings';
import { atBoundSettings, HOSTILE_SETTINGS, hostileYaml } from './hostile-settings-shapes';
import { context, doc } from './settings-helpers';

const examples = path.resolve(__dirname, '../../examples');
const CORPUS: string[] = [
  ...fs
    .readdirSync(examples)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => fs.readFileSync(path.join(examples, f), 'utf8')),
  ...atBoundSettings(MAX_CHARS, MAX_ENTRIES, MAX_DEPTH)
    .filter((s) => !s.uri.endsWith('.json'))
    .map((s) => s.text),
  ...HOSTILE_SETTINGS.filter((s) => !s.uri.endsWith('.json') && s.text.length <= MAX_CHARS).map((s) => s.text),
  'a: 1\n---\nb: 2\n---\nc: 3\n',
  '%YAML 1.2\n---\na: &x [1, *x]\n...\n# after\n',
  'expressway:\n  version: "X14\n  zones: [a, {b: c}\n  - x\n\tkey: v\n',
  '',
  '# only a comment\n',
  ...fc.sample(hostileYaml, { numRuns: 150, seed: 10 }).filter((t) => t.length <= MAX_CHARS),
];

/** What the library's own parseDocument gives, as parseSettings is called with it. */
const viaParseDocument = (text: string) => parseSettings(text, 'yaml', parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: false }));

describe('settings read in steps', () => {
  it("models every text as from yaml's parseDocument, at once and in steps", () => {
    for (const text of CORPUS) {
      const expected = viaParseDocument(text);
      assert.deepEqual(parseSettings(text, 'yaml'), expected, JSON.stringify(text.slice(0, 80)));
      assert.deepEqual(runSteps(parseSettingsInSteps(text, 'yaml')), expected, JSON.stringify(text.slice(0, 80)));
    }
  });

  it('reports a second document as parseDocument does, and reads no further', () => {
    const parsed = parseSettings('a: 1\n---\nb: [\n---\nc: 3\n', 'yaml');
    assert.deepEqual(
      parsed.errors.map((e) => [e.text?.id, e.start]),
      [['yaml.MULTIPLE_DOCS', 5]],
    );
  });

  it('gives the event loop back every few dozen lexemes, with stack traces captured again in between', () => {
    const text = atBoundSettings(MAX_CHARS, MAX_ENTRIES, MAX_DEPTH)[0].text;
    const limit = Error.stackTraceLimit;
    const steps = parseSettingsInSteps(text, 'yaml');
    let count = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) {
      count++;
      assert.equal(Error.stackTraceLimit, limit);
    }
    assert.ok(count > 100, `${count} steps`);
    // JSON and a file past a bound are read at once.
    assert.equal(parseSettingsInSteps('{"a": 1}', 'json').next().done, true);
    assert.equal(parseSettingsInSteps('a: ' + '['.repeat(MAX_DEPTH + 1), 'yaml').next().done, true);
  });

  it("reads a large file's completion probe in steps first; the items equal those of a probe read at once", () => {
    const text = atBoundSettings(MAX_CHARS, MAX_ENTRIES, MAX_DEPTH)[1].text.replace('  version: X14.2\n', '  version: X14.2\n  \n');
    const at = (d: ReturnType<typeof doc>) => d.positionAt(text.indexOf('  version: X14.2\n') + '  version: X14.2\n  '.length);
    const stepped = doc('file:///s/big.expressway.yaml', text);
    const steps = settingsService.completeInSteps!(stepped, at(stepped));
    assert.ok(steps, 'a large file is probed in steps');
    let count = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) count++;
    assert.ok(count > 50, `${count} steps`);
    // Read: not read again.
    assert.equal(settingsService.completeInSteps!(stepped, at(stepped)), undefined);
    const items = settingsService.complete(stepped, at(stepped), context([stepped]));
    const once = doc('file:///s/big.expressway.yaml', text);
    assert.deepEqual(items, settingsService.complete(once, at(once), context([once])));
    assert.ok(
      items.some((i) => i.label === 'expresswayE'),
      items.map((i) => i.label).join(),
    );
    // A real file (a few KB) is probed at once.
    const small = doc('file:///s/small.expressway.yaml', 'expressway:\n  \n');
    assert.equal(settingsService.completeInSteps!(small, small.positionAt(14)), undefined);
  });
});
