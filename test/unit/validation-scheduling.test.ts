// Validation of a large jabber-config gives the event loop back between steps (so a keystroke's
// completion is answered meanwhile), stops when the document changes under it, and yields exactly
// the diagnostics of a straight run. Budgets are passed in, so nothing here depends on timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lookup } from '../../server/handlers/features';
import { createValidator, validateYielding } from '../../server/handlers/validation';
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

test('a document closed and opened again with the same version number while it is validated: the old text’s findings are never published', async () => {
  // An editor opens a reopened file at version 1 again, with the text now on disk. The run of the
  // closed document must see that the document it validates is no longer the one open.
  const uri = 'file:///w/jabber-config.xml';
  const oldDoc = TextDocument.create(uri, 'xml', 1, largeConfig(3000));
  const newDoc = TextDocument.create(
    uri,
    'xml',
    1,
    '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n    <EnableVideo>true</EnableVideo>\n  </Policies>\n</config>\n',
  );
  let open: TextDocument | undefined = oldDoc;
  const sent: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];
  let started!: () => void;
  const validating = new Promise<void>((resolve) => (started = resolve));
  // The service: the jabber-config one, telling when its first step ran.
  const svc: FormatService = {
    ...jabberConfigService,
    validateInSteps: (d, c) =>
      (function* () {
        started();
        yield* jabberConfigService.validateInSteps!(d, c);
      })(),
  };
  const documents = { get: (u: string) => (u === uri ? open : undefined), all: () => (open ? [open] : []) } as unknown as TextDocuments<TextDocument>;
  const connection = { sendDiagnostics: async (p: (typeof sent)[number]) => void sent.push(p), console: { error: () => undefined } } as unknown as Connection;
  const lookup = { documents, serviceFor: () => svc, context: () => ctx(), ready: () => undefined, inSteps: async () => undefined } as unknown as Lookup;
  const validator = createValidator(connection, documents, lookup);
  validator.schedule(oldDoc, 0);
  await validating;
  // Closed and opened again while the old text is validated.
  open = undefined;
  validator.clear(uri);
  open = newDoc;
  validator.schedule(newDoc, 0);
  const deadline = Date.now() + 30_000;
  while (!sent.some((p) => p.version === 1 && p.diagnostics.length === 0) || sent.length < 2) {
    assert.ok(Date.now() < deadline, 'the reopened document was never validated');
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Let the old run finish, if it still runs.
  for (let i = 0; i < 2000; i++) await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(
    sent.map((p) => p.diagnostics.length),
    [0, 0],
    'cleared on close, then the reopened text’s findings (none)',
  );
});
