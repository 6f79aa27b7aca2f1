// The release artefact: builds the .vsix exactly as `npm run package` does (from the current dist/),
// opens it as the zip it is, and checks that it holds only what runs and declares what it must:
// activation limited to our formats, workspace-trust and virtual-workspace capabilities, the engine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';

const root = path.resolve(__dirname, '../..');
const vsce = path.join(root, 'node_modules/.bin/vsce');
const skip =
  fs.existsSync(vsce) && fs.existsSync(path.join(root, 'dist/server.js')) ? false : '@vscode/vsce or dist/ is missing: run npm install && npm run build';

/** Reads a zip's central directory: every entry's name and its (decompressed) content on demand. */
export function readZip(buf: Buffer): Map<string, () => Buffer> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    entries.set(name, () => {
      const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(dataStart, dataStart + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

let entries: Map<string, () => Buffer>;
let manifest: Record<string, any>;

before(() => {
  if (skip) return;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uc-vsix-')), 'uc-config.vsix');
  // The same flags as `npm run package`, without its rebuild: the test checks the dist/ under test.
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.status, 0, `vsce failed:\n${r.stdout}\n${r.stderr}`);
  entries = readZip(fs.readFileSync(out));
  manifest = JSON.parse(entries.get('extension/package.json')!().toString('utf8'));
});

test('the .vsix holds only the bundles, data, snippets, icon, docs and translations', { skip }, () => {
  const allowed = [
    /^extension\.vsixmanifest$/,
    /^\[Content_Types\]\.xml$/,
    /^extension\/dist\/(extension|server|cli|cli-core|layoutWorker)\.js$/,
    /^extension\/schemas\/[\w./-]+\.json$/,
    /^extension\/snippets\/[\w.-]+\.json$/,
    /^extension\/images\/icon\.png$/,
    /^extension\/package\.json$/,
    /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
    /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
    /^extension\/(readme|changelog)\.md$/i,
    /^extension\/LICENSE(\.txt)?$/,
  ];
  const names = [...entries.keys()];
  const stray = names.filter((n) => !allowed.some((re) => re.test(n)));
  assert.deepEqual(stray, [], `unexpected files in the .vsix: ${stray.join(', ')}`);
  for (const n of names) assert.doesNotMatch(n, /\.map$|node_modules|\/(src|test|server|client|shared)\/|\.ts$/, n);
  for (const required of [
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/images/icon.png',
    'extension/readme.md',
    'extension/changelog.md',
    'extension/LICENSE.txt',
    'extension/package.nls.json',
    'extension/package.nls.ko.json',
    'extension/package.nls.ja.json',
    'extension/l10n/bundle.l10n.ko.json',
    'extension/l10n/bundle.l10n.ja.json',
  ]) {
    assert.ok(entries.has(required), `missing ${required}`);
  }
  assert.ok(
    names.some((n) => n.startsWith('extension/schemas/diagnostics/')),
    'diagnostic messages are read at run time',
  );
  // vscode.l10n finds the client's translations through the manifest's "l10n" folder.
  assert.equal(manifest.l10n, './l10n');
});

test('the manifest targets VS Code 1.100+, starts the right bundle and names its icon and licence', { skip }, () => {
  assert.equal(manifest.engines.vscode, '^1.100.0');
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.license, 'MIT');
  assert.equal(manifest.icon, 'images/icon.png');
  const png = entries.get('extension/images/icon.png')!();
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  assert.match(entries.get('extension/LICENSE.txt')!().toString('utf8'), /^MIT License/);
});

test('activation is limited to the formats UC Config serves', { skip }, () => {
  const events: string[] = manifest.activationEvents ?? [];
  assert.ok(events.length > 0);
  for (const e of events) {
    assert.notEqual(e, '*');
    assert.notEqual(e, 'onStartupFinished');
    assert.match(
      e,
      /^(onLanguage:(xml|json|jsonc|yaml|plist)|workspaceContains:.*(jabber-config|appconfig|expressway|cucm).*|onCommand:ucConfig\..+|onWebviewPanel:ucConfig\..+)$/,
      e,
    );
  }
});

test('workspace trust and virtual workspaces are declared with reasons', { skip }, () => {
  const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities ?? {};
  assert.ok(untrustedWorkspaces && typeof untrustedWorkspaces.supported !== 'undefined', 'capabilities.untrustedWorkspaces');
  assert.ok(virtualWorkspaces !== undefined, 'capabilities.virtualWorkspaces');
  for (const c of [untrustedWorkspaces, virtualWorkspaces]) {
    if (typeof c === 'object' && c.supported !== true)
      assert.ok(typeof c.description === 'string' && c.description.length > 10, 'a limited capability says why');
  }
});

test('the bundles inside the .vsix are the minified builds without source maps', { skip }, () => {
  for (const b of ['extension', 'server']) {
    const js = entries.get(`extension/dist/${b}.js`)!().toString('utf8');
    assert.doesNotMatch(js.slice(-300), /sourceMappingURL=data:/, `${b}.js embeds a source map`);
    // Minified code has few line breaks per kilobyte.
    assert.ok(js.split('\n').length < js.length / 500, `${b}.js does not look minified`);
  }
});

// Opt-in (UC_VSIX_E2E=1, needs code-server from ../shared/tools/vscode-e2e as `npm run test:vscode`
// installs it): the integration suite run against the *unpacked .vsix* instead of the source tree,
// which proves the package activates and serves with nothing but the files it contains.
const csTools = process.env.CS_TOOLS ?? '/tmp/cs-tools';
const e2eTools = path.resolve(root, '../shared/tools/vscode-e2e');
const e2eSkip =
  skip ||
  (process.env.UC_VSIX_E2E !== '1'
    ? 'set UC_VSIX_E2E=1 to run the integration suite from the unpacked .vsix'
    : !fs.existsSync(path.join(csTools, 'bin/code-server'))
      ? `code-server is not installed in ${csTools}`
      : false);

test('the unpacked .vsix passes the VS Code integration suite', { skip: e2eSkip, timeout: 600_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-vsix-run-'));
  for (const [name, content] of entries) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content());
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-vsix-ws-'));
  fs.cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true });
  const r = spawnSync(
    'bash',
    [
      path.join(e2eTools, 'run.sh'),
      '--workspace',
      workspace,
      '--',
      '--extension-dev',
      path.join(dir, 'extension'),
      '--extension-tests',
      path.join(root, 'test/vscode/index.js'),
      '--timeout',
      '60',
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CS_TOOLS: csTools },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const out = `${r.stdout}${r.stderr}`;
  assert.equal(r.status, 0, out.slice(-4000));
  assert.match(out, /"type":"done","ok":true/);
  assert.match(out, /\[uc-config vscode\] \d+ passed, 0 failed/);
});
