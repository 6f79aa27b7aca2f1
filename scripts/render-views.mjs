// Renders every view — the MRA table, each deployment scenario and the workspace diagram of
// examples/ — as its webview HTML in headless Chromium (Debian package `chromium`, driven by the
// playwright-core installed with code-server in /tmp/cs-tools), in VS Code's light, dark and
// high-contrast themes at 1280×720 and 1920×1080, and checks each page: text overlapping text, text
// outside its box, contrast below 4.5:1, a diagram opening below 60 % (scripts/views/render-lib.ts;
// test/unit/views-render.test.ts runs the same check).
//
//   node --import tsx scripts/render-views.mjs                    # every view, size and theme -> /tmp/uc-config-views/*.png, and the check
//   node --import tsx scripts/render-views.mjs --out DIR --only diagram-mra-expressway --theme hc-dark
//   node --import tsx scripts/render-views.mjs --readme           # the README pictures -> docs/images/
//
// Nothing is fetched: the pages' CSP forbids it and Chromium runs with networking features off.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHECK_PAGE, CHROMIUM, launch, SIZES, THEMES, themed, viewPages } from './views/render-lib.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const readme = args.includes('--readme');
const outDir = resolve(opt('--out') ?? (readme ? join(root, 'docs/images') : join(tmpdir(), 'uc-config-views')));
const only = opt('--only');
const themes = opt('--theme') ? [opt('--theme')] : Object.keys(THEMES);

const browser = await launch();
if (!browser) {
  console.error(
    `Chromium (${CHROMIUM}) or playwright-core (/tmp/cs-tools, set CS_TOOLS) not found: run "npm run test:vscode" once, or "apt-get install -y chromium".`,
  );
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const page = await browser.newPage({ viewport: SIZES[0] });
let problems = 0;

async function shoot(view, theme, size, file, fullPage = false) {
  await page.setViewportSize(size);
  await page.setContent(themed(view.html, theme), { waitUntil: 'load' });
  const found = await page.evaluate(CHECK_PAGE);
  for (const p of found) console.log(`  ${view.name} ${theme} ${size.width}x${size.height}: ${p}`);
  problems += found.length;
  writeFileSync(file, await page.screenshot({ fullPage }));
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`${file} ${kb} KB${readme && kb >= 300 ? '  (over 300 KB: not for the repository)' : ''}`);
}

const views = viewPages().filter((v) => !only || v.name === only);
if (readme) {
  const featured = {
    'mra-table': ['light', 'dark'],
    'diagram-mra-expressway': ['light'],
    'diagram-imp-centralized-cluster': ['light'],
    'diagram-sni-multitenant': ['light'],
  };
  for (const v of views)
    for (const theme of featured[v.name] ?? []) {
      await shoot(v, theme, SIZES[0], join(outDir, v.name === 'mra-table' ? `mra-table-${theme}.png` : `${v.name}.png`));
    }
} else {
  for (const v of views)
    for (const theme of themes)
      for (const size of SIZES) {
        await shoot(v, theme, size, join(outDir, `${v.name}-${theme}-${size.width}x${size.height}.png`));
      }
}
await browser.close();
console.log(problems ? `${problems} problem(s) found.` : 'No problems found.');
process.exitCode = problems ? 1 : 0;
