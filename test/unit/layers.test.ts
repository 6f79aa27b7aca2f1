// The layers import only downwards: core → catalog → formats → rules → services → handlers. A rule
// that needs something from a service, or a catalog that needs a service's type, means the shared
// thing belongs lower down (server/core/, server/catalog/context.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const server = resolve(__dirname, '../../server');
const LAYERS = ['core', 'catalog', 'formats', 'rules', 'services', 'handlers'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const layerOf = (file: string) => LAYERS.indexOf(relative(server, file).split(/[\\/]/)[0]);

/** The server files a file imports (relative specifiers only), as absolute paths without extension. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => resolve(dirname(file), m[1]));
}

test('no layer imports from a layer above it', () => {
  const wrong: string[] = [];
  for (const f of files(server)) {
    const mine = layerOf(f);
    if (mine < 0) continue;
    for (const target of importsOf(f)) {
      if (!target.startsWith(server)) continue;
      const theirs = layerOf(target);
      if (theirs > mine) wrong.push(`${relative(server, f)} → ${relative(server, target)}`);
    }
  }
  // Known and left to the settings-format work: the cross-file rules read the settings parse cache and plan edits from services/settings.
  const known = ['rules/settings/cross-file.ts → services/settings/document', 'rules/settings/cross-file.ts → services/settings/edits'];
  assert.deepEqual(
    wrong.filter((w) => !known.includes(w.replace(/\\/g, '/'))),
    [],
  );
  // The check reads imports at all (it found the known exceptions).
  assert.equal(wrong.length, known.length, wrong.join('\n'));
});

test('server/core imports nothing else of the server', () => {
  for (const f of files(join(server, 'core'))) {
    for (const target of importsOf(f))
      assert.ok(target.startsWith(join(server, 'core')) || !target.startsWith(server), `${relative(server, f)} imports ${relative(server, target)}`);
  }
});

test('the settings rule engine and its custom checks do not import each other', () => {
  const engine = join(server, 'rules/settings/engine');
  const custom = join(server, 'rules/settings/custom');
  const a = importsOf(engine + '.ts').includes(custom);
  const b = importsOf(custom + '.ts').includes(engine);
  assert.ok(!(a && b), 'engine.ts and custom.ts import each other');
});
