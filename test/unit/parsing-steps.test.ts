// Large documents are parsed in steps between requests (handlers/parsing.ts): the stepped parse gives
// the same model as a parse at once, is cached for the text it read (and only for it), lets the event
// loop turn between steps, starts again when the document changes under it, and hands the document
// the same line starts the library would count. Budgets are passed in, so nothing depends on timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { STEPPED_PARSE_CHARS } from '../../server/formats/documentCache';
import { jabberModelInSteps, jabberModelOf, parseJabberConfig } from '../../server/formats/jabber-config';
import { parseXml, parseXmlInSteps } from '../../server/formats/xml';
import { runSteps } from '../../server/core/steps';
import { createParsing, lineOffsetsInSteps } from '../../server/handlers/parsing';
import { jabberConfigService } from '../../server/services/jabber';
import { ctx, doc } from './jabber-helpers';

function largeConfig(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `    <Unknown${i % 50}>value ${i}</Unknown${i % 50}>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n${lines.join('\n')}\n  </Policies>\n</config>\n`;
}

/** The model without its parent links (which make it cyclic), for deep comparison. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'parent' || k === 'group' ? undefined : v)));

test('the XML reader in steps gives exactly the document of a parse at once, in many small steps', () => {
  const text = largeConfig(20_000) + '<Stray>';
  let steps = 0;
  const it = parseXmlInSteps(text);
  let r = it.next();
  for (; !r.done; r = it.next()) steps++;
  assert.ok(steps > 40, `${steps} steps`);
  assert.deepEqual(plain(r.value), plain(parseXml(text)));
});

test('a large document is parsed in steps once; a small one is left to the parse at once', () => {
  assert.equal(jabberModelInSteps(doc('<config version="1.0"><Policies/></config>')), undefined);
  const text = largeConfig(5000);
  assert.ok(text.length > STEPPED_PARSE_CHARS);
  const d = doc(text);
  const steps = jabberModelInSteps(d);
  assert.ok(steps);
  runSteps(steps);
  // Cached: nothing more to step, and every feature reads the model built in steps.
  assert.equal(jabberModelInSteps(d), undefined);
  assert.equal(jabberModelOf(d), jabberModelOf(d));
  assert.deepEqual(plain(jabberModelOf(d)), plain(parseJabberConfig(text)));
});

test('a document changed between the steps is not given the parse of its previous text', () => {
  const d = doc(largeConfig(5000));
  const steps = jabberModelInSteps(d)!;
  steps.next();
  TextDocument.update(d, [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, text: '<EnableVideo>true</EnableVideo>' }], 2);
  runSteps(steps);
  assert.ok(jabberModelInSteps(d), 'the new text still needs its parse');
  assert.equal(jabberModelOf(d).groups[0].parameters[0].name, 'EnableVideo');
});

test('the server parses in steps, answering other work between them, and again when the text changes', async () => {
  const d = doc(largeConfig(5000));
  const parsing = createParsing({ serviceFor: () => jabberConfigService, context: () => ctx() }, 0);
  const order: string[] = [];
  const ready = parsing.ready(d);
  assert.ok(ready, 'a large document has a parse to wait for');
  // What the connection does with a request that arrives meanwhile: handle it on a later turn.
  setImmediate(() => {
    order.push('request answered');
    TextDocument.update(d, [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, text: '<EnableVideo>true</EnableVideo>' }], 2);
  });
  await ready;
  order.push('parsed');
  assert.deepEqual(order, ['request answered', 'parsed']);
  // The parse that was waited for is the new text's.
  assert.equal(jabberModelInSteps(d), undefined);
  assert.equal(jabberModelOf(d).groups[0].parameters[0].name, 'EnableVideo');
  assert.equal(parsing.ready(d), undefined);
});

test('line starts counted in steps are the ones the library counts (LF, CR LF, CR; CR LF across a step)', () => {
  const step = 262_144;
  const pieces = ['a\nb\r\nc\rd\n\n\r\r\n', 'x'.repeat(step - 20), '\r\n', 'y'.repeat(step), '\r', '\n', 'tail\r'];
  let text = pieces.join('');
  // A CR LF whose CR ends a step and whose LF starts the next.
  text = text.slice(0, step - 1) + '\r\n' + text.slice(step + 1);
  const d = TextDocument.create('file:///w/x.xml', 'xml', 1, text);
  const fresh = TextDocument.create('file:///w/x.xml', 'xml', 1, text);
  let steps = 0;
  for (const it = lineOffsetsInSteps(d); !it.next().done;) steps++;
  assert.ok(steps >= 2, `${steps} steps`);
  assert.ok(Array.isArray((d as unknown as { _lineOffsets?: number[] })._lineOffsets), 'the document was given its line starts');
  assert.equal(d.lineCount, fresh.lineCount);
  for (let offset = 0; offset <= text.length; offset += offset < 40 || Math.abs(offset - step) < 4 ? 1 : 997) {
    assert.deepEqual(d.positionAt(offset), fresh.positionAt(offset), `offset ${offset}`);
  }
  for (let line = 0; line < fresh.lineCount; line++) assert.equal(d.offsetAt({ line, character: 0 }), fresh.offsetAt({ line, character: 0 }));
});
