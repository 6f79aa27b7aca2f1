// Proof that `node dist/server.js --stdio` serves editors other than VS Code: Neovim's built-in LSP
// client (../shared/tools/nvim-lsp-probe) opens a jabber-config.xml, receives diagnostics, hovers
// and completes. Installs Debian's neovim when it is missing (CI machines start bare).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const probe = resolve(root, '../shared/tools/nvim-lsp-probe/probe.sh');
if (!existsSync(probe)) throw new Error(`${probe} is missing`);
if (spawnSync('sh', ['-c', 'command -v nvim']).status !== 0) {
  console.log('test:nvim: installing neovim (Debian)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'neovim'], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error('could not install neovim');
}
const file = join(root, 'test/vscode/workspace/jabber-config.xml');
const r = spawnSync(
  'bash',
  [probe, '-H', '@PrtLogServerURL', '-C', '@<EnableVideo>$', '--settings', '{"ucConfig":{"mra":"on"}}', `node ${join(root, 'dist/server.js')} --stdio`, file],
  { encoding: 'utf8', timeout: 120000 },
);
const lines = r.stdout
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const diagnostics = lines.filter((l) => l.type === 'diagnostic');
const hover = lines.find((l) => l.type === 'hover');
const completion = lines.find((l) => l.type === 'completion');
let failed = 0;
const check = (name, fn) => {
  try {
    fn();
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${e.message}`);
  }
};
check('Neovim receives diagnostics with stable codes', () => assert.ok(diagnostics.some((d) => d.code === 'unknown-parameter' && d.line === 4)));
check('settings reach the server from Neovim (MRA on)', () => assert.ok(diagnostics.some((d) => d.code === 'mra-unsupported')));
check('hover works in Neovim', () => assert.match(hover?.text ?? '', /\*\*PrtLogServerURL\*\*/));
check('completion works in Neovim', () => assert.deepEqual(completion?.labels, ['true', 'false']));
check('the probe exits cleanly', () => assert.equal(r.status, 0, r.stderr));
console.log(`${5 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
