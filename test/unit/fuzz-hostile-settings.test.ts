// Fuzzing the settings reader with the shapes that once hung or killed the server (issue 10) at random
// sizes, below and above its bounds: every feature answers within the budget and never throws, a file
// within the bounds is read (no bound diagnostic), and a file past them gets exactly one. `npm test` runs a
// few cases; `npm run fuzz` runs many (FUZZ_RUNS, FUZZ_SEED as in fuzz-robustness.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_CHARS, parseSettings, scanShape } from '../../server/formats/settings';
import { settingsService } from '../../server/services/settings';
import { fuzzParams } from '../fuzz';
import { hostileYaml } from './hostile-settings-shapes';
import { context, doc } from './settings-helpers';
import { cpuMsSince, cpuNow } from './cpu-time';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// Generous for a shared machine; the shapes took seconds to forever before the bounds.
const CALL_BUDGET_MS = Number(process.env.FUZZ_CALL_BUDGET_MS ?? 1500);
const BOUND_CODES = ['settings-too-deep', 'settings-too-large'];

test('hostile YAML shapes: every feature answers in time, bounds reported exactly when passed', () => {
  // A failing case can be megabytes long: the report shows the error and the case's start (the seed and path reproduce it).
  const report = fc.check(
    fc.property(hostileYaml, fc.double({ min: 0, max: 1, noNaN: true }), (text, where) => {
      const d = doc('file:///fuzz/h.expressway.yaml', text);
      const ctx = context([d]);
      const pos = d.positionAt(Math.floor(text.length * where));
      const started = cpuNow();
      const ds = settingsService.validate(d, ctx);
      settingsService.complete(d, pos, ctx);
      settingsService.complete(d, d.positionAt(text.length), ctx);
      settingsService.hover(d, pos, ctx);
      settingsService.symbols(d, ctx);
      settingsService.folding(d, ctx);
      const took = cpuMsSince(started);
      assert.ok(took < CALL_BUDGET_MS, `${took.toFixed(0)} ms of CPU for ${text.length} chars`);
      const shape = scanShape(text);
      const bounded = ds.filter((x) => BOUND_CODES.includes(String(x.code)));
      const past = text.length > MAX_CHARS || shape.deepAt !== undefined || shape.manyAt !== undefined;
      assert.equal(bounded.length, past ? 1 : 0, `${bounded.map((x) => x.code)} for depth ${shape.depth}, ${shape.entries} entries, ${text.length} chars`);
      if (!past) assert.ok(parseSettings(text, 'yaml').root, 'a file within the bounds is read');
    }),
    fuzzParams(RUNS),
  );
  if (report.failed) {
    const error = String((report.errorInstance as Error | undefined)?.message ?? report.errorInstance).slice(0, 500);
    assert.fail(`seed ${report.seed}, path ${report.counterexamplePath}: ${error}; case ${JSON.stringify(report.counterexample).slice(0, 300)}`);
  }
});
