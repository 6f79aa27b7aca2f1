// Runs the integration suite (test/vscode/index.js) inside a real VS Code workbench: code-server
// 4.100.3 (= VS Code 1.100.3) with headless Chromium, from ../shared/tools/vscode-e2e. VS Code
// desktop cannot be downloaded here; where it can, run-test-electron.mjs runs the same suite.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tools = resolve(root, '../shared/tools/vscode-e2e');
const csTools = process.env.CS_TOOLS ?? '/tmp/cs-tools';

if (!existsSync(join(tools, 'run.sh'))) {
  console.error(`test:vscode: ${tools} is missing (the shared tools sit beside this repository).`);
  process.exit(1);
}
if (!existsSync(join(csTools, 'bin/code-server'))) {
  console.log('test:vscode: installing code-server and Chromium (once per machine)…');
  const r = spawnSync('bash', [join(tools, 'install.sh')], { stdio: 'inherit', env: { ...process.env, CS_TOOLS: csTools } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// A fresh copy of the fixture workspace, so a failed run never leaves edits behind.
const workspace = mkdtempSync(join(tmpdir(), 'uc-config-ws-'));
cpSync(join(root, 'test/vscode/workspace'), workspace, { recursive: true });
const r = spawnSync(
  'bash',
  [join(tools, 'run.sh'), '--workspace', workspace, '--', '--extension-dev', root, '--extension-tests', join(root, 'test/vscode/index.js'), '--timeout', '60'],
  { encoding: 'utf8', env: { ...process.env, CS_TOOLS: csTools }, maxBuffer: 64 * 1024 * 1024 },
);
const out = (r.stdout ?? '') + (r.stderr ?? '');
// Print our suite's own lines and the probe's verdict; the full log only on failure.
const ours = out.split('\n').filter((l) => l.includes('[uc-config vscode]') || /"type":"(extension-tests|fail|done)"/.test(l));
console.log(ours.map((l) => l.replace(/^.*?(\[uc-config vscode\][^"\\]*).*$/, '$1')).join('\n'));
if (r.status !== 0) {
  console.error(out.slice(-8000));
  process.exit(r.status ?? 1);
}
