// Every view UC Config opens, as the HTML its webview gets, in VS Code's built-in theme kinds, and
// a check run inside headless Chromium on each: text that overlaps other text, text outside the box
// that holds it, text whose contrast with what is behind it is below WCAG AA (4.5:1), and a diagram
// that opens below a readable zoom. Shared by scripts/render-views.mjs (PNG files to look at) and
// test/unit/views-render.test.ts (the same pages, checked).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { diagramHtml, layoutBothWays, MIN_OPEN_ZOOM } from '../../client/views/diagram';
import { loadViewData } from '../../client/views/model';
import { mraTableHtml } from '../../client/views/mraTableHtml';
import { deriveWorkspaceScenario, type WorkspaceFile } from '../../server/services/workspace/diagram';

// (__filename, not __dirname: tsx gives a module loaded from an .mjs script only the former.)
const root = path.resolve(path.dirname(__filename), '../..');
export const NONCE = 'render';

/**
 * The colours the pages use, per theme kind, as VS Code 1.100's built-in themes define them (Default
 * Light Modern, Default Dark Modern, Dark High Contrast, Light High Contrast). A colour a theme leaves
 * unset is left out, as VS Code leaves its variable out: the high-contrast themes set no button
 * backgrounds, for example.
 */
export const THEMES: Record<string, { bodyClass: string; vars: Record<string, string> }> = {
  light: {
    bodyClass: 'vscode-light',
    vars: {
      'editor-background': '#ffffff',
      foreground: '#3b3b3b',
      descriptionForeground: '#5f5f5f',
      'textLink-foreground': '#005fb8',
      'button-background': '#005fb8',
      'button-foreground': '#ffffff',
      'button-hoverBackground': '#0258a8',
      'button-secondaryBackground': '#e5e5e5',
      'button-secondaryForeground': '#3b3b3b',
      'input-background': '#ffffff',
      'input-foreground': '#3b3b3b',
      'input-border': '#cecece',
      'editorWidget-border': '#e5e5e5',
      focusBorder: '#005fb8',
      'sideBar-background': '#f8f8f8',
      'list-hoverBackground': '#f2f2f2',
      errorForeground: '#c72e0f',
      'testing-iconPassed': '#388a34',
      'editorWarning-foreground': '#bf8803',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      'editor-background': '#1f1f1f',
      foreground: '#cccccc',
      descriptionForeground: '#9d9d9d',
      'textLink-foreground': '#4daafc',
      'button-background': '#0078d4',
      'button-foreground': '#ffffff',
      'button-hoverBackground': '#026ec1',
      'button-secondaryBackground': '#313131',
      'button-secondaryForeground': '#cccccc',
      'input-background': '#313131',
      'input-foreground': '#cccccc',
      'input-border': '#3c3c3c',
      'editorWidget-border': '#454545',
      focusBorder: '#0078d4',
      'sideBar-background': '#181818',
      'list-hoverBackground': '#2a2d2e',
      errorForeground: '#f85149',
      'testing-iconPassed': '#73c991',
      'editorWarning-foreground': '#cca700',
    },
  },
  'hc-dark': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      'editor-background': '#000000',
      foreground: '#ffffff',
      descriptionForeground: 'rgba(255, 255, 255, 0.7)',
      'textLink-foreground': '#21a6ff',
      'button-foreground': '#ffffff',
      'button-border': '#6fc3df',
      'button-secondaryForeground': '#ffffff',
      'input-background': '#000000',
      'input-foreground': '#ffffff',
      'input-border': '#6fc3df',
      'editorWidget-border': '#6fc3df',
      focusBorder: '#f38518',
      contrastBorder: '#6fc3df',
      contrastActiveBorder: '#f38518',
      errorForeground: '#f48771',
      'testing-iconPassed': '#73c991',
      'editorWarning-foreground': '#ffd370',
    },
  },
  'hc-light': {
    bodyClass: 'vscode-high-contrast vscode-high-contrast-light',
    vars: {
      'editor-background': '#ffffff',
      foreground: '#292929',
      descriptionForeground: 'rgba(41, 41, 41, 0.7)',
      'textLink-foreground': '#0f4a85',
      'button-background': '#0f4a85',
      'button-foreground': '#ffffff',
      'button-border': '#0f4a85',
      'button-secondaryBackground': '#ffffff',
      'button-secondaryForeground': '#292929',
      'input-background': '#ffffff',
      'input-foreground': '#292929',
      'input-border': '#0f4a85',
      'editorWidget-border': '#0f4a85',
      focusBorder: '#006bbd',
      contrastBorder: '#0f4a85',
      contrastActiveBorder: '#006bbd',
      errorForeground: '#b5200d',
      'testing-iconPassed': '#007100',
      'editorWarning-foreground': '#895503',
    },
  },
};

export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** The page as VS Code shows it in a theme: the theme's variables on :root and its class on <body>. */
export function themed(html: string, theme: string): string {
  const th = THEMES[theme];
  const vars = Object.entries(th.vars)
    .map(([k, v]) => `--vscode-${k}: ${v};`)
    .join(' ');
  const style = `<style nonce="${NONCE}">:root { ${vars} --vscode-font-family: "DejaVu Sans", sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: "DejaVu Sans Mono", monospace; }</style>`;
  return html.replace('</head>', `${style}\n</head>`).replace('<body>', `<body class="${th.bodyClass}">`);
}

export interface ViewPage {
  name: string;
  html: string;
  /** Diagrams open at a zoom the check reads from the canvas. */
  diagram: boolean;
}

/** The workspace diagram of examples/ (the bundled sample files), MRA on. */
function workspaceScenarioOfExamples() {
  const dir = path.join(root, 'examples');
  const files: WorkspaceFile[] = fs
    .readdirSync(dir)
    .sort()
    .flatMap((f): WorkspaceFile[] => {
      const kind = /^jabber-config.*\.xml$/.test(f)
        ? 'jabber-config'
        : /\.appconfig\./.test(f)
          ? 'app-config'
          : /\.(expressway|cucm)\./.test(f)
            ? 'uc-settings'
            : undefined;
      return kind ? [{ path: `examples/${f}`, kind, text: fs.readFileSync(path.join(dir, f), 'utf8') }] : [];
    });
  return deriveWorkspaceScenario(files, { mra: 'on' });
}

/** Every view: the MRA table, each deployment scenario, and the workspace diagram of examples/. */
export function viewPages(): ViewPage[] {
  const data = loadViewData(path.join(root, 'schemas'));
  const opts = { cspSource: 'file:', nonce: NONCE };
  const pages: ViewPage[] = [{ name: 'mra-table', html: mraTableHtml(data.mra, opts), diagram: false }];
  for (const s of data.deployments.scenarios) pages.push({ name: `diagram-${s.id}`, html: diagramHtml(layoutBothWays(s), opts), diagram: true });
  pages.push({ name: 'diagram-workspace', html: diagramHtml(layoutBothWays(workspaceScenarioOfExamples()), opts), diagram: true });
  return pages;
}

/** playwright-core as installed with code-server for the integration suite (test/vscode), or undefined. */
export function loadPlaywright(): { chromium: { launch(o: object): Promise<Browser> } } | undefined {
  const dirs = [process.env.CS_TOOLS ?? '/tmp/cs-tools', root];
  for (const d of dirs) {
    try {
      return createRequire(path.join(d, 'package.json'))('playwright-core');
    } catch {
      /* not there */
    }
  }
  return undefined;
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Browser {
  newPage(o: object): Promise<Page>;
  close(): Promise<void>;
}
export interface Page {
  setContent(html: string, o?: object): Promise<void>;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  screenshot(o: object): Promise<Buffer>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser | undefined> {
  const pw = loadPlaywright();
  if (!pw || !fs.existsSync(CHROMIUM)) return undefined;
  return pw.chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Runs in the page. Returns one line per problem:
 * - contrast: visible text (HTML or SVG) whose colour against what is behind it is below 4.5:1;
 * - outside: SVG text that reaches outside the box drawn for it (a node, a link label, a zone title strip, a sequence head);
 * - overlap: two SVG texts of different elements that cover each other;
 * - zoom: a diagram that opened below the readable minimum.
 */
export const CHECK_PAGE = `(() => {
  const MIN_ZOOM = ${MIN_OPEN_ZOOM};
  const problems = [];
  const parse = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
    if (!m) return undefined;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  /** What is behind an HTML element: the backgrounds of it and its ancestors, composited. */
  const htmlBg = (el) => {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const l of layers.reverse()) bg = over(l, bg);
    return bg;
  };
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0; };
  const name = (el) => (el.textContent || '').trim().slice(0, 50);
  // HTML text.
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    if (!visible(el)) continue;
    const fg = parse(getComputedStyle(el).color);
    if (!fg) continue;
    const bg = htmlBg(el);
    const r = ratio(over(fg, bg), bg);
    if (r < 4.5) problems.push('contrast ' + r.toFixed(2) + ':1 <' + el.tagName.toLowerCase() + '> "' + name(el) + '"');
  }
  // SVG text: the box behind it is the rect of its group (node, label, participant), else the zone's, else the page.
  const boxOf = (t) => {
    const g = t.closest('g.node, g.edge-label, g.participant, g.zone');
    return g ? g.querySelector('rect') : null;
  };
  const fillOf = (el) => { const s = getComputedStyle(el); const c = parse(s.fill); if (!c) return undefined; return { ...c, a: c.a * Number(s.fillOpacity || 1) }; };
  const boxes = [];
  /** The visible area of the nearest scrolling ancestor of an element, if any. */
  const clipOf = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return e.getBoundingClientRect();
    }
    return undefined;
  };
  for (const svg of document.querySelectorAll('svg.diagram, svg.sequence')) {
    const svgBg = htmlBg(svg.parentElement);
    for (const t of svg.querySelectorAll('text')) {
      if (!visible(t) || !t.textContent.trim()) continue;
      const rect = boxOf(t);
      let bg = svgBg;
      if (rect) {
        const f = fillOf(rect);
        if (f) bg = over(f, bg);
      }
      const parts = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
      for (const p of parts) {
        if (!p.textContent.trim()) continue;
        const fg = fillOf(p);
        if (fg) {
          const r = ratio(over(fg, bg), bg);
          if (r < 4.5) problems.push('contrast ' + r.toFixed(2) + ':1 svg text "' + name(p) + '"');
        }
        const b = p.getBoundingClientRect();
        if (rect && !t.closest('g.zone')) {
          const rb = rect.getBoundingClientRect();
          if (b.left < rb.left - 1 || b.right > rb.right + 1 || b.top < rb.top - 1 || b.bottom > rb.bottom + 1) problems.push('outside "' + name(p) + '"');
        }
        if (t.closest('g.zone')) {
          const rb = rect.getBoundingClientRect();
          if (b.left < rb.left - 1 || b.right > rb.right + 1) problems.push('outside zone "' + name(p) + '"');
        }
        // What the scrolling canvas hides (the part of a drawing below or beside its visible area) cannot overlap anything.
        const clip = clipOf(svg);
        const seen = clip ? { left: Math.max(b.left, clip.left), right: Math.min(b.right, clip.right), top: Math.max(b.top, clip.top), bottom: Math.min(b.bottom, clip.bottom) } : b;
        if (seen.right > seen.left && seen.bottom > seen.top) boxes.push({ text: t, b: seen, label: name(p) });
      }
    }
  }
  // Overlap between texts of different <text> elements (a few pixels of touching is allowed).
  const sorted = boxes.sort((x, y) => x.b.left - y.b.left);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].b.left < sorted[i].b.right - 1; j++) {
      const a = sorted[i], c = sorted[j];
      if (a.text === c.text) continue;
      const dx = Math.min(a.b.right, c.b.right) - Math.max(a.b.left, c.b.left);
      const dy = Math.min(a.b.bottom, c.b.bottom) - Math.max(a.b.top, c.b.top);
      if (dx > 2 && dy > 2) problems.push('overlap "' + a.label + '" / "' + c.label + '"');
    }
  }
  const canvas = document.getElementById('canvas');
  if (canvas) {
    const z = Number(canvas.getAttribute('data-zoom'));
    if (!(z >= MIN_ZOOM - 1e-9)) problems.push('zoom ' + Math.round(z * 100) + '% at open');
  }
  return problems;
})()`;
