// The CLI as its own npm package (issue 13.6): `npm pack` in cli/ gives a package that installs and
// runs in a folder with no repository around (`npx uc-config check configs/`), and what it writes in
// SARIF is valid SARIF 2.1.0 with relative file URIs and rule metadata. The GitHub code-scanning
// workflow and the pre-commit hook that docs/cli.md shows are run in their documented shapes.
import Ajv from 'ajv-draft-04';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(__dirname, '../..');
const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const WARN = '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Policies><EnableVidoe>true</EnableVidoe></Policies></config>\n';
const BROKEN = '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0"><Policies><EnableVideo>true</Policies></config>\n';

let tmp: string;
let bin: string;
let project: string;

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-pack-'));
  // npm pack runs the package's prepack (scripts/build-cli-package.mjs).
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', tmp], {
    cwd: path.join(root, 'cli'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tarball = path.join(tmp, JSON.parse(out.slice(out.indexOf('[')))[0].filename);
  const install = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cli-install-'));
  fs.writeFileSync(path.join(install, 'package.json'), '{"name":"someone-elses-project","private":true}');
  // The package has no dependencies, so this needs no registry.
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: install, stdio: 'ignore' });
  bin = path.join(install, 'node_modules', '.bin', 'uc-config');
  project = path.join(install, 'configs');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'jabber-config.xml'), WARN);
  fs.mkdirSync(path.join(project, 'site b'));
  fs.writeFileSync(path.join(project, 'site b', 'jabber-config.xml'), BROKEN);
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

// The code cache (dist/cli.js) goes to the test's own folder, not the user's.
const runBin = (args: string[], cwd: string) => spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', XDG_CACHE_HOME: tmp } });

describe('the npm package', () => {
  it('holds the bundle, the data, a README and the licence, and nothing of the extension', () => {
    const listing = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: path.join(root, 'cli'), encoding: 'utf8' }));
    const files: string[] = listing[0].files.map((f: { path: string }) => f.path);
    assert.ok(
      files.includes('dist/cli.js') &&
        files.includes('dist/cli-core.js') &&
        files.includes('README.md') &&
        files.includes('LICENSE') &&
        files.includes('package.json'),
    );
    assert.ok(files.some((f) => f.startsWith('schemas/diagnostics/')));
    assert.deepEqual(
      files.filter((f) => !/^(dist\/cli(-core)?\.js|schemas\/.*\.json|README\.md|LICENSE|package\.json)$/.test(f)),
      [],
    );
    const cliPkg = JSON.parse(fs.readFileSync(path.join(root, 'cli/package.json'), 'utf8'));
    assert.equal(cliPkg.version, rootPkg.version);
    assert.equal(cliPkg.dependencies, undefined);
    assert.deepEqual(cliPkg.bin, { 'uc-config': 'dist/cli.js' });
  });

  it('installed elsewhere, `uc-config check configs/` runs with its version and exit codes', () => {
    const cwd = path.dirname(project);
    assert.equal(runBin(['--version'], cwd).stdout.trim(), rootPkg.version);
    const r = runBin(['check', 'configs/'], cwd);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /unknown-parameter/);
    assert.match(r.stdout, /2 files checked/);
    assert.equal(runBin(['check', 'configs/jabber-config.xml'], cwd).status, 0);
    assert.equal(runBin(['check', '--max-warnings', 'abc', 'configs/'], cwd).status, 2);
  });
});

describe('SARIF', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/sarif/sarif-2.1.0.schema.json'), 'utf8'));
  // The schema's language-tag pattern is not a valid /u expression, so patterns compile without /u.
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

  it('is valid SARIF 2.1.0, with URIs relative to the run root and rule metadata for every code', () => {
    const cwd = path.dirname(project);
    const r = runBin(['check', '--format=sarif', 'configs'], cwd);
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as { runs: any[] };
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.ok(!validate({ version: '2.1.0', runs: [{ results: [] }] }), 'the schema is really applied (a run needs its tool)');
    const run = sarif.runs[0];
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${new URL(`file://${fs.realpathSync(cwd)}`).toString()}/`.replace(/\/\/$/, '/'));
    const uris = run.results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation,
    );
    assert.deepEqual([...new Set(uris.map((u: { uri: string }) => u.uri))].sort(), ['configs/jabber-config.xml', 'configs/site%20b/jabber-config.xml']);
    assert.ok(uris.every((u: { uriBaseId: string }) => u.uriBaseId === '%SRCROOT%'));
    const driver = run.tool.driver;
    assert.equal(driver.version, rootPkg.version);
    const codes = new Set<string>();
    for (const f of fs.readdirSync(path.join(root, 'schemas/diagnostics')))
      for (const c of JSON.parse(fs.readFileSync(path.join(root, 'schemas/diagnostics', f), 'utf8')).codes) codes.add(c.code);
    assert.deepEqual(new Set(driver.rules.map((x: { id: string }) => x.id)), codes);
    for (const rule of driver.rules) {
      assert.ok(rule.fullDescription.text && rule.help.text && rule.shortDescription.text, rule.id);
      assert.match(rule.helpUri, new RegExp(`^https://.*/docs/diagnostics\\.md#${rule.id}$`));
    }
    const docs = fs.readFileSync(path.join(root, 'docs/diagnostics.md'), 'utf8');
    for (const c of codes) assert.ok(docs.includes(`<a id="${c}"></a>`), `docs/diagnostics.md has no anchor for ${c}`);
    for (const res of run.results) assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
  });
});

describe('docs/cli.md shapes', () => {
  const doc = fs.readFileSync(path.join(root, 'docs/cli.md'), 'utf8');
  const blocks = (lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
  const yamls = blocks('yaml').map((b) => parseYaml(b));

  it('the code-scanning workflow runs the pinned CLI with SARIF and uploads it with security-events: write', () => {
    const wf = yamls.find((y) => y?.jobs);
    assert.ok(wf, 'no workflow in docs/cli.md');
    assert.equal(wf.permissions['security-events'], 'write');
    const steps = Object.values(wf.jobs as Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>)[0].steps;
    const check = steps.find((s) => s.run?.includes('uc-config'))!;
    assert.match(check.run!, new RegExp(`npx --yes uc-config@${rootPkg.version.replace(/\./g, '\\.')} check --format sarif \\. > (\\S+)`));
    const sarifFile = /> (\S+)/.exec(check.run!)![1];
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.with!.sarif_file, sarifFile);
    assert.ok(steps.indexOf(upload) > steps.indexOf(check));
    // The command as the workflow runs it, in a checkout: a valid SARIF file.
    const cwd = path.dirname(project);
    const r = runBin(['check', '--format', 'sarif', '.'], cwd);
    assert.equal(r.status, 1);
    assert.equal(JSON.parse(r.stdout).runs[0].results.length > 0, true);
  });

  it('the pre-commit hook selects our files, runs the pinned package, and fails the commit on an error', () => {
    const cfg = yamls.find((y) => y?.repos);
    assert.ok(cfg, 'no .pre-commit-config.yaml in docs/cli.md');
    const hook = cfg.repos[0].hooks[0];
    assert.equal(cfg.repos[0].repo, 'local');
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.additional_dependencies, [`uc-config@${rootPkg.version}`]);
    const files = new RegExp(hook.files);
    for (const f of ['jabber-config.xml', 'site/jabber-config-group1.xml', 'a/phones.appconfig.plist', 'edge.expressway.yaml', 'x.cucm.json'])
      assert.ok(files.test(f), f);
    for (const f of ['pom.xml', 'package.json', 'config.yaml', 'notjabber-config.xml.bak']) assert.ok(!files.test(f), f);
    // pre-commit runs `entry` with the staged file names appended.
    const [exe, ...args] = hook.entry.split(' ');
    assert.equal(exe, 'uc-config');
    const cwd = path.dirname(project);
    assert.equal(runBin([...args, 'configs/jabber-config.xml'], cwd).status, 0);
    assert.equal(runBin([...args, 'configs/site b/jabber-config.xml'], cwd).status, 1);
  });

  it('the plain Git hook uses the same file pattern and pinned version', () => {
    const sh = blocks('sh').find((b) => b.startsWith('#!/bin/sh'))!;
    const cfg = yamls.find((y) => y?.repos);
    assert.ok(sh.includes(`'${cfg.repos[0].hooks[0].files}'`));
    assert.ok(sh.includes(`uc-config@${rootPkg.version} check`));
  });
});
