// Generated hostile shapes for the XML, property-list and app-config JSON readers: long runs of one
// character, deep open nesting and many small tokens, at random sizes and mixed with random
// configuration fragments. Every service call stays well-formed and fast, and the reader stays
// within its bounds. `npm test` runs a few cases; `npm run fuzz` (FUZZ_RUNS=…) many more.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { parseXml, walk, XML_LIMITS } from '../../server/formats/xml';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { fuzzParams } from '../fuzz';
import { MARKUP_TOKENS } from '../hostile-shapes';
import { cpuMsSince, cpuNow } from './cpu-time';

const RUNS = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS ?? 40) / 4));
// A whole file's validation and every request on it; generous for a loaded machine, far below the
// seconds to minutes these shapes cost before the reader was bounded.
const BUDGET_MS = Number(process.env.FUZZ_CALL_BUDGET_MS ?? 1500);
const params = fuzzParams(RUNS);

const catalogs = loadCatalogs(path.resolve(__dirname, '../../schemas'));
const ctx = (): ServiceContext => ({ settings: { ...DEFAULT_SETTINGS }, catalogs, locale: 'en', workspace: { documents: () => [] } });

/** Pieces a hostile file is made of: markup tokens and configuration fragments. */
const token = fc.constantFrom(
  ...MARKUP_TOKENS,
  '<dict>',
  '<key>k</key>',
  '<string>',
  '</string>',
  '&a;',
  '&amp;',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "aa">]>',
  '<config version="1.0">',
  '</config>',
  '<Client>',
  '</Client>',
  '<Option>',
  '</Options>',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"k"',
);
/** One character (or token) repeated many times: the shape that made regular expressions backtrack. */
const longRun = fc
  .tuple(fc.constantFrom(' ', '\t', 'a', '<', '>', '=', '"', '&', '\n', '<a ', 'x="', '<a>', '</a>', '<!--'), fc.integer({ min: 1000, max: 200_000 }))
  .map(([c, n]) => c.repeat(Math.ceil(n / c.length)));
/** Elements opened and never closed: the shape that overflowed recursive walks. */
const deepOpen = fc
  .tuple(fc.constantFrom('<a>', '<dict>', '<array>', '<Client>', '<a b="1">', '[', '{"a":'), fc.integer({ min: 50, max: 50_000 }))
  .map(([t, n]) => t.repeat(n));
/** Many small tokens: the shape that made error handling quadratic. */
const manyTokens = fc.tuple(fc.array(token, { minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: 40_000 })).map(([ts, n]) => ts.join('').repeat(n));
const hostile = fc
  .array(
    fc.oneof(
      longRun,
      deepOpen,
      manyTokens,
      fc.array(token, { maxLength: 30 }).map((t) => t.join('')),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(''));

const FILES = [
  { kind: 'jabber-config' as const, uri: 'file:///w/jabber-config.xml', languageId: 'xml' },
  { kind: 'app-config' as const, uri: 'file:///w/x.appconfig.plist', languageId: 'xml' },
  { kind: 'app-config' as const, uri: 'file:///w/x.appconfig.json', languageId: 'json' },
];

test('the XML reader stays within its bounds on generated hostile shapes', () => {
  fc.assert(
    fc.property(hostile, (text) => {
      const started = cpuNow();
      const d = parseXml(text);
      const ms = cpuMsSince(started);
      assert.ok(ms < BUDGET_MS, `parse took ${ms} ms of CPU for ${text.length} characters`);
      let elements = 0;
      let deepest = 0;
      for (const el of walk(d.roots)) {
        elements++;
        let depth = 0;
        for (let p = el.parent; p && depth <= XML_LIMITS.maxDepth; p = p.parent) depth++;
        deepest = Math.max(deepest, depth);
      }
      assert.ok(elements <= XML_LIMITS.maxElements);
      assert.ok(deepest < XML_LIMITS.maxDepth, `depth ${deepest}`);
      for (const e of d.errors) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
    }),
    params,
  );
});

for (const f of FILES) {
  test(`${path.extname(f.uri)} ${f.kind}: every feature answers quickly on generated hostile shapes`, () => {
    fc.assert(
      fc.property(hostile, fc.nat(), (text, at) => {
        const doc = TextDocument.create(f.uri, f.languageId, 1, text);
        const svc = services[f.kind];
        const c = ctx();
        const position = doc.positionAt(text.length ? at % text.length : 0);
        const started = cpuNow();
        const diagnostics = svc.validate(doc, c);
        assert.ok(Array.isArray(diagnostics));
        svc.complete(doc, position, c);
        svc.hover(doc, position, c);
        svc.symbols(doc, c);
        svc.folding(doc, c);
        svc.codeActions(doc, { start: position, end: position }, diagnostics.slice(0, 50), c);
        const took = cpuMsSince(started);
        assert.ok(took < BUDGET_MS * 2, `${took.toFixed(0)} ms of CPU for ${text.length} characters`);
      }),
      params,
    );
  });
}
