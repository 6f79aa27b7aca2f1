// The same integration suite under @vscode/test-electron, for machines that can download VS Code
// desktop (not this one: update.code.visualstudio.com is unreachable here).
import { runTests } from '@vscode/test-electron';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
await runTests({
  version: '1.100.3',
  extensionDevelopmentPath: root,
  extensionTestsPath: resolve(root, 'test/vscode/index.js'),
  launchArgs: [resolve(root, 'test/vscode/workspace'), '--disable-extensions'],
});
