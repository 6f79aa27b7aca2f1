// Renders the MRA table and deployment diagrams to PNG with headless Chromium (Debian package
// `chromium`), so the pictures in the README come from the same generators as the webviews.
//
//   node --import tsx scripts/render-views.mjs                 # MRA table (light, dark) + a few diagrams -> docs/images/
//   node --import tsx scripts/render-views.mjs --all --out DIR # every scenario and flow, for review
//
// Each page is the webview's own HTML, written to a temporary file with VS Code's theme variables
// filled in; nothing is fetched (the CSP forbids it and Chromium runs with networking features off).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadViewData } from '../client/views/model.ts';
import { mraTableHtml } from '../client/views/mraTableHtml.ts';
import { diagramHtml, layoutScenario } from '../client/views/diagram.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const all = args.includes('--all');
const outIdx = args.indexOf('--out');
const outDir = resolve(outIdx >= 0 ? args[outIdx + 1] : all ? join(tmpdir(), 'uc-config-views') : join(root, 'docs/images'));
const FEATURED = ['mra-expressway', 'imp-centralized-cluster', 'sni-multitenant'];
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`${chromium} not found: install it with "apt-get install -y chromium" or set CHROMIUM.`);
  process.exit(2);
}

// The subset of VS Code's Default Light Modern / Default Dark Modern colours the pages use.
const THEMES = {
  light: {
    'editor-background': '#ffffff', foreground: '#3b3b3b', descriptionForeground: '#5f5f5f', 'textLink-foreground': '#005fb8',
    'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b',
    'input-background': '#ffffff', 'input-foreground': '#3b3b3b', 'input-border': '#cecece', 'editorWidget-border': '#e5e5e5',
    'sideBar-background': '#f8f8f8', 'list-hoverBackground': '#f2f2f2', 'errorForeground': '#c72e0f', 'testing-iconPassed': '#388a34', 'editorWarning-foreground': '#bf8803',
  },
  dark: {
    'editor-background': '#1f1f1f', foreground: '#cccccc', descriptionForeground: '#9d9d9d', 'textLink-foreground': '#4daafc',
    'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc',
    'input-background': '#313131', 'input-foreground': '#cccccc', 'input-border': '#3c3c3c', 'editorWidget-border': '#454545',
    'sideBar-background': '#181818', 'list-hoverBackground': '#2a2d2e', 'errorForeground': '#f85149', 'testing-iconPassed': '#73c991', 'editorWarning-foreground': '#cca700',
  },
};

const work = mkdtempSync(join(tmpdir(), 'uc-render-'));
const NONCE = 'render';

function themed(html, theme) {
  const vars = Object.entries(THEMES[theme]).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
  const style = `<style nonce="${NONCE}">:root { ${vars} --vscode-font-family: "DejaVu Sans", sans-serif; --vscode-font-size: 13px; }</style>`;
  return html.replace('</head>', `${style}\n</head>`);
}

function shoot(html, name, width, height) {
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  const png = join(outDir, `${name}.png`);
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'uc-chrome-'))}`, '--hide-scrollbars',
    `--window-size=${width},${height}`, `--screenshot=${png}`, pathToFileURL(file).href,
  ], { stdio: 'ignore', timeout: 60_000 });
  const kb = Math.round(statSync(png).size / 1024);
  console.log(`${png} ${width}x${height} ${kb} KB${kb >= 300 ? '  (over 300 KB: not for the repository)' : ''}`);
}

mkdirSync(outDir, { recursive: true });
const data = loadViewData(join(root, 'schemas'));
const opts = { cspSource: 'file:', nonce: NONCE };
for (const theme of ['light', 'dark']) shoot(themed(mraTableHtml(data.mra, opts), theme), `mra-table-${theme}`, 1280, 1200);

const scenarios = all ? data.deployments.scenarios : data.deployments.scenarios.filter((s) => FEATURED.includes(s.id));
for (const s of scenarios) {
  const layout = await layoutScenario(s);
  // Tall enough for the header, the diagram (at most the viewport), the legend and the first flow.
  const width = Math.max(1100, Math.min(2400, Math.ceil(layout.width) + 60));
  const scaled = layout.height * Math.min(1, (width - 40) / layout.width);
  const flowH = s.flows?.length ? 140 + s.flows[0].steps.length * 48 : 0;
  const height = Math.min(2600, Math.ceil(260 + scaled + flowH));
  shoot(themed(diagramHtml(layout, opts), 'light'), `diagram-${s.id}`, width, height);
}
rmSync(work, { recursive: true, force: true });
