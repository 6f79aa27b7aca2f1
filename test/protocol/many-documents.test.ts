// Two hundred settings files at the reader's bounds (48 KB, 1 200 values each: the most an open settings
// file can hold) opened at once over stdio, as an editor restoring a workspace does. Issue 10: no
// stretch of the server's own work holds its event loop for 50 ms while they are parsed and validated
// (./event-loop.ts measures it), and with all of them open the server's memory stays within 200 MB.
// Their parses and validations take turns of the event loop (server/handlers/turns.ts), the oldest
// first: run side by side, the debounce timers of 200 files ending together held the loop 1.6 s, and
// each half-built parse outlived the others' steps, so the memory rose to 320 MB.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertBounded, blockOf, eventLoop, withMeasuredServer } from './event-loop';
import type { LspClient } from './lsp-client';

const FILES = 200;
const MEMORY_BOUND_MB = 200;

/** The Expressway example grown with more zones to the reader's bounds (as scripts/bench.mjs grows it). */
function atBounds(): string {
  const example = fs.readFileSync(path.resolve(__dirname, '../../examples/mra-pair.expressway.yaml'), 'utf8');
  const zone = /\n( {6}- name: UC traversal zone\n(?: {8}.*\n)+)/.exec(example)![1];
  const entries = (t: string) => t.split('\n').filter((l) => /^\s*[^\s#]/.test(l)).length + 2 * (t.match(/^\s*- /gm) ?? []).length;
  const zones = Math.floor((1200 - entries(example)) / entries(zone));
  const width = Math.floor((48 * 1024 - example.length) / zones - zone.length + 17);
  const named = (z: number) => zone.replace('UC traversal zone', `zone ${z} `.padEnd(width, '.'));
  return example.replace('\n    zones:\n', `\n    zones:\n${Array.from({ length: zones }, (_, z) => named(z)).join('')}`);
}

let client: LspClient;
withMeasuredServer({}, (c) => (client = c));

test(`${FILES} settings files at the bounds opened at once: no block of 50 ms, and at most ${MEMORY_BOUND_MB} MB`, async (t) => {
  const text = atBounds();
  const uris = Array.from({ length: FILES }, (_, i) => `file:///tmp/uc-config-many/site${i}/mra-pair.expressway.yaml`);
  await eventLoop(client, true);
  for (const uri of uris) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const published = await Promise.all(uris.map((uri) => client.diagnostics(uri, () => true, 120_000)));
  const block = await eventLoop(client, true);
  const rss = client.rssMB();
  t.diagnostic(`${(text.length / 1024).toFixed(0)} KB each: longest event-loop block ${blockOf(block)}; ${rss?.toFixed(0) ?? 'n/a'} MB resident`);
  // Within the bounds: each file is read and checked, not cut short.
  for (const diagnostics of published) assert.ok(!diagnostics.some((d) => d.code === 'settings-too-large'));
  assertBounded(block, `while ${FILES} settings files were opened`);
  if (rss !== undefined) assert.ok(rss <= MEMORY_BOUND_MB, `${rss.toFixed(0)} MB resident with ${FILES} settings files open`);
});
