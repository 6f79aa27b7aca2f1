// The extension bundle minifies the webview pages' own scripts and style sheets
// (scripts/build/view-literals.mjs). Here every view is built twice, from the sources and from the
// same modules bundled with that minification, and run in headless Chromium: the scripts must do the
// same thing (each diagram opens at the same zoom and layout; the MRA table's filter counts the same
// rows) and the pages must look the same (the same screenshot). Skipped without Chromium.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';
// @ts-expect-error -- a plain ES module of the build, without type declarations
import { minifiedViewAssets } from '../../scripts/build/view-literals.mjs';
import { launch, themed, viewPages, type Browser, type Page } from '../../scripts/views/render-lib';

const renderLib = path.resolve(__dirname, '../../scripts/views/render-lib.ts');
const bundleFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uc-views-')), 'render-lib.cjs');
let browser: Browser | undefined;
let page: Page | undefined;
let minified: ReturnType<typeof viewPages> = [];

before(async () => {
  browser = await launch();
  if (!browser) return;
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await esbuild.build({
    entryPoints: [renderLib],
    // The bundle finds schemas/ and examples/ from render-lib's own file name, as the source does.
    define: { __filename: JSON.stringify(renderLib) },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    outfile: bundleFile,
    logLevel: 'warning',
    plugins: [minifiedViewAssets],
  });
  try {
    minified = (createRequire(__filename)(bundleFile) as { viewPages: typeof viewPages }).viewPages();
  } finally {
    fs.rmSync(path.dirname(bundleFile), { recursive: true, force: true });
  }
});
after(async () => {
  await browser?.close();
});

const PROBE = `(async () => {
  const c = document.getElementById('canvas');
  if (c) return { zoom: c.getAttribute('data-zoom'), direction: c.getAttribute('data-direction') };
  const q = document.getElementById('q');
  const counts = [];
  for (const term of ['', 'voicemail', 'zzz-nothing']) {
    q.value = term;
    q.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 0));
    counts.push(document.getElementById('count').textContent);
  }
  return { counts };
})()`;

test('every view does and looks the same with its script and styles minified', async (t) => {
  if (!page) return t.skip('headless Chromium with playwright-core is not installed here');
  const source = viewPages();
  assert.deepEqual(
    minified.map((v) => v.name),
    source.map((v) => v.name),
  );
  for (const [i, v] of source.entries()) {
    const m = minified[i];
    assert.notEqual(m.html, v.html, `${v.name}: the bundle minified its script and styles`);
    const seen = [];
    for (const html of [v.html, m.html]) {
      await page.setContent(themed(html, 'dark'), { waitUntil: 'load' });
      seen.push({ probe: await page.evaluate<unknown>(PROBE), shot: (await page.screenshot({ fullPage: false })).toString('base64') });
    }
    assert.deepEqual(seen[1].probe, seen[0].probe, `${v.name}: the script did the same`);
    assert.ok(seen[1].shot === seen[0].shot, `${v.name}: the page looks the same`);
  }
});
