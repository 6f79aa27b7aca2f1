// Hostile settings files and hostile file-pattern settings, driven over stdio as an editor drives the
// bundled server (issue 10): YAML/JSON shapes that once hung it or aborted V8, and a workspace
// configuration carrying `[z-a]`, 100 000 patterns, an overlong pattern and a backtracking one — pulled
// through workspace/configuration, passed as initializationOptions, and pushed with
// workspace/didChangeConfiguration. For each shape the next completion is answered within a bound, the
// server never exits, bad patterns are reported once and ignored, and afterwards its answers on an
// ordinary file equal those of a fresh server. The servers measure their own event loop (./event-loop.ts):
// while each shape is opened, validated and asked for completion, hover and outline, no stretch of their
// main thread's work reaches 50 ms; nor does the first parse in a fresh server of a file just inside
// every bound (the yaml library's code still cold).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { MAX_CHARS, MAX_DEPTH, MAX_ENTRIES, STEPPED_SETTINGS_CHARS } from '../../server/formats/settings';
import { atBoundSettings, HOSTILE_SETTINGS } from '../unit/hostile-settings-shapes';
import { assertBounded, blockOf, eventLoop, measuredClient } from './event-loop';
import { LspClient } from './lsp-client';

type Json = Record<string, any>;
const DIR = 'file:///tmp/uc-config-hostile';
const NORMAL = `${DIR}/pair.expressway.yaml`;
const NORMAL_TEXT = fs.readFileSync(path.resolve(__dirname, '../../examples/mra-pair.expressway.yaml'), 'utf8');
/** Generous for a shared test machine: before the bounds these shapes took seconds, minutes or for ever. */
const COMPLETION_BOUND_MS = 2000;

const at = (text: string, needle: string, after = 0) => {
  const offset = text.indexOf(needle) + after;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};
const COMPLETE_AT = at(NORMAL_TEXT, 'tlsVerifyMode: ', 'tlsVerifyMode: '.length);
const HOVER_AT = at(NORMAL_TEXT, 'version:', 2);

const HOSTILE_PATTERNS = {
  jabberConfigFiles: ['[z-a]', ...DEFAULT_SETTINGS.jabberConfigFiles],
  appConfigFiles: [...DEFAULT_SETTINGS.appConfigFiles, '**/' + 'x'.repeat(5000), '*a*a*a*a*a*a*a*a*a*a*a*ab'],
  settingsFiles: [...DEFAULT_SETTINGS.settingsFiles, ...Array.from({ length: 100_000 }, (_, i) => `**/p${i}/*.yaml`)],
};

const open = (c: LspClient, uri: string, text: string, version = 1) =>
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: uri.endsWith('.json') ? 'json' : 'yaml', version, text } });
const items = (r: unknown) => (Array.isArray(r) ? r : ((r as { items?: unknown[] } | null)?.items ?? [])) as Json[];

/** What an editor shows for the ordinary file: diagnostics, completion (and its edit), hover, outline. */
async function answers(c: LspClient): Promise<Json> {
  const diagnostics = (await c.diagnostics(NORMAL, (d) => d.length > 0)).map((d) => ({ code: d.code, range: d.range, message: d.message }));
  const completion = items(await c.request('textDocument/completion', { textDocument: { uri: NORMAL }, position: COMPLETE_AT })).map((i) => ({
    label: i.label,
    edit: i.textEdit,
  }));
  const hover = await c.request<Json | null>('textDocument/hover', { textDocument: { uri: NORMAL }, position: HOVER_AT });
  const symbols = await c.request<Json[]>('textDocument/documentSymbol', { textDocument: { uri: NORMAL } });
  return { diagnostics, completion, hover, symbols };
}

const messages = (c: LspClient) => c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => String(n.params.message));

async function until<T>(what: string, f: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let fresh: LspClient;
let expected: Json;
/** Servers a test started: shut down even when an assertion fails, so the run never waits on a live child. */
const servers: LspClient[] = [];
const done = new Set<LspClient>();

before(async () => {
  fresh = new LspClient({ mra: 'off' });
  await fresh.initialize();
  open(fresh, NORMAL, NORMAL_TEXT);
  expected = await answers(fresh);
  assert.ok(expected.completion.length > 0 && expected.hover && expected.diagnostics.length > 0, 'the ordinary file gets answers');
});

after(async () => {
  assert.equal(await fresh.shutdown(), 0);
  for (const c of servers) if (!done.has(c)) await c.shutdown();
});

test('hostile YAML/JSON shapes and a hostile workspace configuration (pulled): completion stays quick, the server survives and answers as a fresh one', async (t) => {
  const c = measuredClient({ mra: 'off', ...HOSTILE_PATTERNS });
  servers.push(c);
  await c.initialize();
  // The configuration pulled after start (100 000 patterns) is read while the first document is opened.
  await eventLoop(c, true);
  open(c, NORMAL, NORMAL_TEXT);
  await c.diagnostics(NORMAL, (d) => d.length > 0);
  const first = await eventLoop(c, true);
  t.diagnostic(`the hostile configuration and the first document: longest event-loop block ${blockOf(first)}`);
  assertBounded(first, 'reading the hostile configuration and the first document');
  // The bad patterns are reported once, in one message per setting, and ignored.
  const reported = await until('the pattern message', () => (messages(c).length ? messages(c) : undefined));
  assert.equal(reported.length, 1);
  assert.match(reported[0], /ucConfig\.jabberConfigFiles: "\[z-a\]" cannot be read/);
  assert.match(reported[0], /ucConfig\.appConfigFiles: a pattern longer than 1000 characters.*too many wildcards/);
  assert.match(reported[0], /ucConfig\.settingsFiles: 100\d+ patterns were given; the first 100 are used/);

  for (const shape of HOSTILE_SETTINGS) {
    const uri = shape.uri.replace('file:///h', DIR);
    open(c, uri, shape.text);
    const atOpen = await eventLoop(c, true);
    const started = Date.now();
    const answered = items(await c.request('textDocument/completion', { textDocument: { uri: NORMAL }, position: COMPLETE_AT }));
    const took = Date.now() - started;
    assert.ok(took < COMPLETION_BOUND_MS, `${shape.name}: the next completion took ${took} ms`);
    assert.ok(answered.length > 0, shape.name);
    const ds = await c.diagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(
      ds.map((d) => d.code),
      [shape.code],
      shape.name,
    );
    // The hostile document itself answers too (the 900-deep file once aborted V8 here).
    const end = at(shape.text, shape.text.slice(-1), 1);
    assert.deepEqual(items(await c.request('textDocument/completion', { textDocument: { uri }, position: end })), [], shape.name);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    const block = await eventLoop(c, true);
    t.diagnostic(
      `${shape.name} (${shape.text.length} chars): next completion answered in ${took} ms; ` +
        `longest event-loop block ${blockOf(block)}, ${blockOf(atOpen)} reading the didOpen message`,
    );
    assertBounded(atOpen, `${shape.name}: reading the didOpen message`);
    assertBounded(block, `${shape.name}: until validated and answered`);
    c.notify('textDocument/didClose', { textDocument: { uri } });
  }

  // A pushed change re-reads the configuration; the same problems are not reported again, new ones are.
  c.notify('workspace/didChangeConfiguration', { settings: {} });
  c.settings = { ...c.settings, jabberConfigFiles: ['**/[z-a]/x', ...DEFAULT_SETTINGS.jabberConfigFiles] };
  c.notify('workspace/didChangeConfiguration', { settings: {} });
  await until('the second pattern message', () => (messages(c).length === 2 ? true : undefined));
  assert.match(messages(c)[1], /"\*\*\/\[z-a\]\/x" cannot be read/);

  assert.deepEqual(await answers(c), expected);
  const pushed = await eventLoop(c, true);
  t.diagnostic(`the configuration pulled again twice, and the ordinary file re-checked: longest event-loop block ${blockOf(pushed)}`);
  assertBounded(pushed, 'reading the configuration again');
  assert.equal(await c.shutdown(), 0);
  done.add(c);
});

test('hostile patterns as initializationOptions and pushed settings (a client without workspace/configuration): reported, ignored, same answers', async () => {
  const c = new LspClient({});
  servers.push(c);
  await c.request('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {},
    initializationOptions: { settings: { mra: 'off', ...HOSTILE_PATTERNS } },
  });
  c.notify('initialized', {});
  open(c, NORMAL, NORMAL_TEXT);
  const reported = await until('the pattern message', () => (messages(c).length ? messages(c) : undefined));
  assert.match(reported[0], /"\[z-a\]" cannot be read/);
  assert.deepEqual(await answers(c), expected);
  c.notify('workspace/didChangeConfiguration', {
    settings: {
      ucConfig: {
        mra: 'off',
        settingsFiles: ['[z-a]', ...DEFAULT_SETTINGS.settingsFiles],
        jabberConfigFiles: 'not a list',
        severity: { x: 'loud' },
        maxFileSizeMB: -1,
      },
    },
  });
  await until('the pushed pattern message', () => (messages(c).length === 2 ? true : undefined));
  assert.match(messages(c)[1], /ucConfig\.settingsFiles: "\[z-a\]" cannot be read/);
  // The same text again: the server re-validates and still answers as a fresh server does.
  c.notify('textDocument/didChange', { textDocument: { uri: NORMAL, version: 2 }, contentChanges: [{ text: NORMAL_TEXT }] });
  assert.deepEqual(await answers(c), expected);
  assert.equal(await c.shutdown(), 0);
  done.add(c);
});

test('settings files just inside every bound, each the first file of a fresh server: no block of 50 ms while parsed cold, validated and answered', async (t) => {
  const bound = atBoundSettings(MAX_CHARS, MAX_ENTRIES, MAX_DEPTH);
  // And the largest file read at once (below the size read in steps).
  const keys = bound[0].text.slice(0, bound[0].text.lastIndexOf('\n', STEPPED_SETTINGS_CHARS - 1) + 1);
  for (const shape of [...bound, { name: `${keys.length} chars, read at once`, uri: 'file:///h/at-once.expressway.yaml', text: keys }]) {
    const c = measuredClient({ mra: 'off' });
    servers.push(c);
    await c.initialize();
    const uri = shape.uri.replace('file:///h', DIR);
    await eventLoop(c, true);
    open(c, uri, shape.text);
    const atOpen = await eventLoop(c, true);
    // The first request on the document parses it: the first parse by the yaml (or jsonc) library in this process.
    const end = at(shape.text, shape.text.slice(-1), 1);
    await c.request('textDocument/completion', { textDocument: { uri }, position: end });
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const ds = await c.diagnostics(uri);
    const block = await eventLoop(c, true);
    t.diagnostic(
      `${shape.name} (${shape.text.length} chars, ${ds.length} diagnostics): longest event-loop block ${blockOf(block)}, ${blockOf(atOpen)} reading the didOpen message`,
    );
    assert.ok(symbols.length > 0, `${shape.name}: the file is read`);
    assert.ok(!ds.some((d) => d.code === 'settings-too-large' || d.code === 'settings-too-deep'), `${shape.name}: within the bounds`);
    assertBounded(atOpen, `${shape.name}: reading the didOpen message`);
    assertBounded(block, `${shape.name}: parsed cold, validated and answered`);
    assert.equal(await c.shutdown(), 0);
    done.add(c);
  }
});
