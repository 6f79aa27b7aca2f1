// Three bundles: the VS Code client, the language server (usable by any LSP client over
// --stdio) and the CLI. Schemas are read from disk at run time (dist/../schemas) so the data
// stays data: one JSON file, validated by its own schema, shared by every entry point.
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { minifiedViewAssets } from './scripts/build/view-literals.mjs';

const here = (p) => path.join(import.meta.dirname, p);

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !process.argv.includes('--no-sourcemap'),
  minify: !process.argv.includes('--no-minify'),
  logLevel: 'warning',
  legalComments: 'none',
  // Korean and Japanese text stays UTF-8 in the bundles (escaped, each character took 6 bytes instead of 3).
  charset: 'utf8',
  // jsonc-parser's UMD entry requires files by relative path that a bundle cannot see; its ESM entry bundles cleanly.
  mainFields: ['module', 'main'],
  alias: {
    // One copy of the LSP types: vscode-languageserver pins its own (3.18.4) beside ours (3.18.5), and
    // the server would otherwise carry both (about 22 KB). The types only add fields between patches.
    'vscode-languageserver-types': here('node_modules/vscode-languageserver-types/lib/esm/main.js'),
    // yaml's ES module build (the same code as its CommonJS build, without the node: Buffer/process
    // shims that Node 20's atob and console replace) lets esbuild drop what we never call (about 17 KB).
    yaml: here('node_modules/yaml/browser/index.js'),
  },
};

// The extension imports the diagram page (client/views/diagram.ts) but never lays one out: the layout
// runs in dist/layoutWorker.js. dagre's ES module build has top-level statements, so esbuild keeps it
// unless told that importing it has no side effects; then the unused layout code is dropped (~16 KB).
const dagreWithoutSideEffects = {
  name: 'dagre-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^@dagrejs\/dagre$/ }, async (args) => {
      if (args.pluginData?.dagre) return undefined;
      const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { dagre: true } });
      return { path: r.path, sideEffects: false };
    });
  },
};

const builds = [
  {
    ...common,
    entryPoints: ['client/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [dagreWithoutSideEffects, minifiedViewAssets],
  },
  { ...common, entryPoints: ['server/server.ts'], outfile: 'dist/server.js' },
  // The event-loop probe of the protocol tests (UC_CONFIG_MEASURE_BLOCKS=1), loaded by the server only then; not in the .vsix.
  { ...common, entryPoints: ['server/handlers/eventLoop.ts'], outfile: 'dist/eventLoop.js' },
  // The diagram layout's worker thread (client/views/layoutWorker.ts): dagre off the extension host's event loop.
  { ...common, entryPoints: ['client/views/layoutWorker.ts'], outfile: 'dist/layoutWorker.js' },
  // The CLI: dist/cli.js (server/cli/launch.ts, a few lines) runs dist/cli-core.js from V8's code cache.
  { ...common, entryPoints: ['server/cli.ts'], outfile: 'dist/cli-core.js' },
  { ...common, entryPoints: ['server/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
