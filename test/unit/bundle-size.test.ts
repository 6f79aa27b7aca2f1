// The bundle budget (ARCHITECTURE.md): dist/extension.js and dist/server.js together stay within
// 1,100,000 bytes minified (vscode-languageclient is bundled as published, with its own semver and
// minimatch; the Expressway artifact readers add about 30 KB, picomatch in the server about 25 KB, the
// JSON parse in steps about 5 KB); the client carries no parser (it asks the server) and no diagram layout (dist/layoutWorker.js does it, on
// a worker thread or loaded on demand), and neither bundle carries a library twice. The source maps `npm run build` writes name every module bundled.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const dist = path.resolve(__dirname, '../../dist');
const sources = (bundle: string) => (JSON.parse(fs.readFileSync(path.join(dist, `${bundle}.js.map`), 'utf8')) as { sources: string[] }).sources;
const built = ['extension', 'server'].every((b) => fs.existsSync(path.join(dist, `${b}.js.map`)));

test('extension + server are at most 1,100,000 bytes', { skip: !built && 'run npm run build first' }, () => {
  const size = (b: string) => fs.statSync(path.join(dist, `${b}.js`)).size;
  const total = size('extension') + size('server');
  assert.ok(total <= 1_100_000, `dist/extension.js ${size('extension')} + dist/server.js ${size('server')} = ${total} bytes`);
});

test('the client bundle holds no parser, no server code and none of the server libraries', { skip: !built && 'run npm run build first' }, () => {
  const bad = sources('extension').filter((s) => /\/server\/|node_modules\/(saxes|xmlchars|yaml|jsonc-parser|picomatch|elkjs)\//.test(s));
  assert.deepEqual(bad, []);
});

test('each bundle holds one copy of the LSP types', { skip: !built && 'run npm run build first' }, () => {
  for (const b of ['extension', 'server']) {
    const copies = sources(b).filter((s) => /vscode-languageserver-types\/lib\/[^/]+\/main\.js$/.test(s));
    assert.equal(copies.length, 1, `${b}: ${copies.join(', ')}`);
  }
});
