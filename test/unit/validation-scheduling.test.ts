// Validation of a large jabber-config gives the event loop back between steps (so a keystroke's
// completion is answered meanwhile), stops when the document changes under it, and yields exactly
// the diagnostics of a straight run. Budgets are passed in, so nothing here depends on timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateYielding } from '../../server/handlers/validation';
import { jabberConfigService } from '../../server/services/jabber';
import type { FormatService } from '../../server/services/types';
import { ctx, doc } from './jabber-helpers';

function largeConfig(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `    <EnableVideo>maybe${i}</EnableVideo>` : `    <Unknown${i % 50}>x</Unknown${i % 50}>`));
  return `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n${lines.join('\n')}\n  </Policies>\n</config>\n`;
}

test('stepped validation gives the same diagnostics as validate', async () => {
  const d = doc(largeConfig(5000));
  const c = ctx();
  const straight = jabberConfigService.validate(d, c);
  const stepped = await validateYielding(jabberConfigService, d, c, () => false, 0);
  assert.ok(straight.length > 5000, `expected many diagnostics, got ${straight.length}`);
  assert.deepEqual(stepped, straight);
});

test('requests queued during validation run before it finishes', async () => {
  const d = doc(largeConfig(5000));
  const order: string[] = [];
  const run = validateYielding(jabberConfigService, d, ctx(), () => false, 0).then(() => order.push('validation done'));
  // What the connection does with an incoming request: handle it on a later turn of the event loop.
  setImmediate(() => order.push('request answered'));
  await run;
  assert.deepEqual(order, ['request answered', 'validation done']);
});

test('a document changed during validation stops the run and nothing stale is returned', async () => {
  const d = doc(largeConfig(5000));
  let changed = false;
  const run = validateYielding(jabberConfigService, d, ctx(), () => changed, 0);
  setImmediate(() => {
    // A keystroke arrives and a completion request re-parses the new version in place.
    TextDocument.update(d, [{ range: { start: d.positionAt(60), end: d.positionAt(60) }, text: ' ' }], 2);
    changed = true;
    jabberConfigService.complete(d, d.positionAt(60), ctx());
  });
  assert.equal(await run, undefined);
});

test('validations started together take turns: one of them works in any turn of the event loop', async () => {
  const log: string[] = [];
  const fake = (name: string): FormatService =>
    ({
      kind: 'uc-settings',
      validate: () => [],
      *validateInSteps() {
        for (let i = 0; i < 3; i++) {
          log.push(name);
          yield [];
        }
      },
    }) as unknown as FormatService;
  let running = true;
  const tick = () => {
    log.push('|');
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const d = doc(largeConfig(1));
  await Promise.all(['a', 'b', 'c'].map((n) => validateYielding(fake(n), d, ctx(), () => false, 0)));
  running = false;
  // Between two turns (|), the steps of one validation only.
  const turns = log.join('').split('|');
  for (const t of turns) assert.ok(new Set(t).size <= 1, `one validation per turn: ${log.join('')}`);
  assert.equal(log.filter((x) => x !== '|').length, 9);
});
