// Builds the npm package `uc-config` (the command-line checker alone) in cli/: one self-contained
// bundle cli/dist/cli-core.js started by cli/dist/cli.js (no dependencies to install) and the data it reads, cli/schemas/. The
// package's version is the extension's (package.json); npm pack / npm publish in cli/ run this first.
//   node scripts/build-cli-package.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'cli');
const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const cliPkgFile = path.join(cli, 'package.json');
const cliPkg = JSON.parse(fs.readFileSync(cliPkgFile, 'utf8'));
if (cliPkg.version !== rootPkg.version) {
  cliPkg.version = rootPkg.version;
  fs.writeFileSync(cliPkgFile, JSON.stringify(cliPkg, null, 2) + '\n');
}

// dist/cli.js (server/cli/launch.ts) runs dist/cli-core.js (server/cli.ts) from V8's code cache.
const options = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  alias: {
    'vscode-languageserver-types': path.join(root, 'node_modules/vscode-languageserver-types/lib/esm/main.js'),
    yaml: path.join(root, 'node_modules/yaml/browser/index.js'),
  },
};
await esbuild.build({ ...options, entryPoints: [path.join(root, 'server/cli.ts')], outfile: path.join(cli, 'dist/cli-core.js') });
await esbuild.build({
  ...options,
  entryPoints: [path.join(root, 'server/cli/launch.ts')],
  outfile: path.join(cli, 'dist/cli.js'),
  banner: { js: '#!/usr/bin/env node' },
});
fs.chmodSync(path.join(cli, 'dist/cli.js'), 0o755);

fs.rmSync(path.join(cli, 'schemas'), { recursive: true, force: true });
fs.cpSync(path.join(root, 'schemas'), path.join(cli, 'schemas'), { recursive: true });
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(cli, 'LICENSE'));
console.log(`built cli/ (uc-config ${rootPkg.version})`);
