// Three bundles: the VS Code client, the language server (usable by any LSP client over
// --stdio) and the CLI. Schemas are read from disk at run time (dist/../schemas) so the data
// stays data: one JSON file, validated by its own schema, shared by every entry point.
import * as esbuild from 'esbuild';

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
  // jsonc-parser's UMD entry requires files by relative path that a bundle cannot see; its ESM entry bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
