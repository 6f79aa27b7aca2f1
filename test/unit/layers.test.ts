// The layers import only downwards: core → catalog → formats → rules → services → handlers, then the
// entry points (server.ts, cli.ts, cli/). shared/ (the types client, server and CLI share) is below
// everything with core. A rule that needs something from a service, or a catalog that needs a
// service's type, means the shared thing belongs lower down (server/core/, server/catalog/context.ts).
// Imports are read by TypeScript's own pre-processor, so multi-line, side-effect, `export … from` and
// dynamic imports all count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '../..');
const server = join(root, 'server');
const shared = join(root, 'shared');
const LAYERS = ['core', 'catalog', 'formats', 'rules', 'services', 'handlers', 'entry'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The layer of a file under server/ or shared/ (an index of LAYERS), or -1 for a file outside them. */
function layerOf(file: string): number {
  if (file.startsWith(shared + '/') || file === shared) return 0;
  if (!file.startsWith(server + '/')) return -1;
  const first = relative(server, file).split(/[\\/]/)[0].replace(/\.ts$/, '');
  // The server's view of the workspace (open documents and files on disk) is the handlers' state.
  if (first === 'workspace') return LAYERS.indexOf('handlers');
  const i = LAYERS.indexOf(first);
  return i >= 0 ? i : LAYERS.indexOf('entry');
}

/** The files a file imports by a relative specifier, as absolute paths without extension. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.filter((f) => f.fileName.startsWith('.')).map((f) => resolve(dirname(file), f.fileName).replace(/\.(ts|js)$/, ''));
}

/** Every import from a layer above the importing file's, as "from → to" (paths relative to the repository). */
function upwardImports(sources: string[]): string[] {
  const wrong: string[] = [];
  for (const f of sources) {
    const mine = layerOf(f);
    for (const target of importsOf(f)) {
      const theirs = layerOf(target + '.ts');
      if (theirs > mine || (mine >= 0 && theirs < 0 && !target.startsWith(server))) wrong.push(`${relative(root, f)} → ${relative(root, target)}`);
    }
  }
  return wrong.map((w) => w.replace(/\\/g, '/'));
}

test('no file of server/ or shared/ imports from a layer above its own', () => {
  assert.deepEqual(upwardImports([...files(server), ...files(shared)]), []);
});

test('the layer check reads imports of every form', () => {
  // It reads the imports at all: the handlers import services, services import rules.
  assert.ok(importsOf(join(server, 'services/settings/validate.ts')).some((t) => t.startsWith(join(server, 'rules'))));
  assert.ok(importsOf(join(server, 'handlers/requests.ts')).some((t) => t.startsWith(join(server, 'services'))));
  // And the forms a regular expression would miss.
  const text =
    "import type {\n  A,\n} from '../services/types';\nexport * from '../handlers/safe';\nimport '../services/registry';\nconst x = import('../../shared/settings');\n";
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  assert.deepEqual(found, ['../services/types', '../handlers/safe', '../services/registry', '../../shared/settings']);
  // Layers as named: core and shared below everything, the entry points on top.
  assert.deepEqual(
    [
      'core/net.ts',
      'catalog/context.ts',
      'formats/xml.ts',
      'rules/values.ts',
      'services/registry.ts',
      'handlers/safe.ts',
      'workspace.ts',
      'server.ts',
      'cli/report.ts',
    ].map((f) => layerOf(join(server, f))),
    [0, 1, 2, 3, 4, 5, 5, 6, 6],
  );
  assert.equal(layerOf(join(shared, 'settings.ts')), 0);
});

test('server/core and shared/ import nothing else of the server', () => {
  for (const f of [...files(join(server, 'core')), ...files(shared)]) {
    for (const target of importsOf(f)) {
      const inside = target.startsWith(join(server, 'core')) || target.startsWith(shared);
      assert.ok(inside, `${relative(root, f)} imports ${relative(root, target)}`);
    }
  }
});

test('the settings rule engine and its custom checks do not import each other', () => {
  const engine = join(server, 'rules/settings/engine');
  const custom = join(server, 'rules/settings/custom');
  const a = importsOf(engine + '.ts').includes(custom);
  const b = importsOf(custom + '.ts').includes(engine);
  assert.ok(!(a && b), 'engine.ts and custom.ts import each other');
});

test('the languages are declared once (shared/settings.ts) and imported everywhere else', () => {
  const declaring = [server, shared, join(root, 'client')]
    .flatMap(files)
    .filter((f) => /\btype Locale\s*=/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f).replace(/\\/g, '/'));
  assert.deepEqual(declaring, ['shared/settings.ts']);
});
