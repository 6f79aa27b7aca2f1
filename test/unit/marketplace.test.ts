// The Marketplace page (issue 13.5): the packaged README opens with what a user needs (what it
// checks, pictures, install, commands, settings) before the developer set-up, every image and link
// is absolute (the .vsix carries no docs/ and vsce does not rewrite our links), the pictures exist in
// the repository, every command and setting the manifest contributes is named, and the manifest
// carries the Marketplace's keys. CHANGELOG.md has an entry for the current version.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const links = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => ({ image: m[0].startsWith('!'), target: m[1] }));

test('every image and link in the README is absolute (or an anchor on the page)', () => {
  assert.ok(links.length > 10);
  assert.deepEqual(
    links.filter((l) => !/^https:\/\//.test(l.target) && !l.target.startsWith('#')).map((l) => l.target),
    [],
  );
  const repo = pkg.repository.url.replace(/\.git$/, '');
  for (const l of links.filter(
    (x) => x.target.startsWith('https://raw.githubusercontent.com/') || x.target.startsWith(`${repo}/blob/main/`) || x.target.startsWith(`${repo}/tree/main/`),
  )) {
    const rel = l.target
      .replace(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/main\//, '')
      .replace(`${repo}/blob/main/`, '')
      .replace(`${repo}/tree/main/`, '')
      .split('#')[0];
    assert.ok(fs.existsSync(path.join(root, rel)), `${l.target}: ${rel} is not in the repository`);
  }
  const anchors = new Set(
    [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/\s+/g, '-'),
    ),
  );
  for (const l of links.filter((x) => x.target.startsWith('#'))) assert.ok(anchors.has(l.target.slice(1)), `no heading for ${l.target}`);
  assert.ok(links.filter((l) => l.image).length >= 3, 'pictures');
});

test("the README opens with the user's page; the developer set-up follows", () => {
  const heading = (h: string) => readme.indexOf(`\n## ${h}`);
  const order = ['What it checks', 'Install', 'Commands', 'Settings', 'Developing UC Config'].map(heading);
  assert.ok(
    order.every((i) => i > 0),
    JSON.stringify(order),
  );
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
  );
  assert.ok(readme.indexOf('npm install && npm start') > heading('Developing UC Config'));
  assert.ok(readme.indexOf('npm test') > heading('Developing UC Config'));
  assert.ok(readme.indexOf('![') < heading('Install'), 'a picture before the install section');
});

test('every contributed command and setting is on the page', () => {
  for (const c of pkg.contributes.commands) {
    const title = nls[c.title.replace(/%/g, '')];
    assert.ok(readme.includes(title), `command "${title}"`);
  }
  for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), key);
});

test('the manifest has the Marketplace keys', () => {
  assert.match(pkg.repository.url, /^https:\/\//);
  assert.match(pkg.bugs.url, /^https:\/\//);
  assert.match(pkg.homepage, /^https:\/\//);
  assert.ok(pkg.keywords.length >= 5 && pkg.keywords.length <= 30);
  assert.ok(pkg.categories.includes('Linters') && pkg.categories.includes('Programming Languages'));
});

test('CHANGELOG.md has a section for the current version', () => {
  const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
});
