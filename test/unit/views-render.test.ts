// Every view (MRA table, each deployment scenario, the workspace diagram of examples/) rendered in
// headless Chromium as VS Code shows it — light, dark and both high-contrast themes at 1280×720, and
// at 1920×1080 — and checked: no text overlapping other text, no text outside its box, no text below
// 4.5:1 contrast against what is behind it, no diagram opening below 60 % (scripts/views/render-lib.ts;
// `node --import tsx scripts/render-views.mjs` writes the same pages as PNG files to look at).
// Skipped where Chromium or playwright-core is not installed (npm run test:vscode installs both).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MIN_OPEN_ZOOM, READABLE_ZOOM } from '../../client/views/diagram';
import { CHECK_PAGE, launch, SIZES, THEMES, themed, viewPages, type Browser, type Page } from '../../scripts/views/render-lib';

let browser: Browser | undefined;
let page: Page | undefined;

before(async () => {
  browser = await launch();
  if (browser) page = await browser.newPage({ viewport: SIZES[0] });
});
after(async () => {
  await browser?.close();
});

const views = viewPages();
const runs = SIZES.flatMap((size) => Object.keys(THEMES).map((theme) => ({ theme, size })));

describe('views render readably in every theme', () => {
  it('covers the MRA table, every scenario and the workspace diagram', () => {
    assert.ok(views.some((v) => v.name === 'mra-table'));
    assert.ok(views.some((v) => v.name === 'diagram-workspace'));
    assert.ok(views.filter((v) => v.diagram).length >= 20);
  });

  for (const { theme, size } of runs) {
    it(`${theme} at ${size.width}×${size.height}: no overlap, nothing outside its box, contrast ≥ 4.5:1, zoom ≥ 60 %`, async (t) => {
      if (!page) return t.skip('headless Chromium with playwright-core is not installed here');
      await page.setViewportSize(size);
      const problems: string[] = [];
      for (const v of views) {
        await page.setContent(themed(v.html, theme), { waitUntil: 'load' });
        for (const p of await page.evaluate<string[]>(CHECK_PAGE)) problems.push(`${v.name}: ${p}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  // Each diagram is laid out left to right, top to bottom and (a long chain) in two rows; the page shows the one that suits its
  // panel. Every diagram opens at READABLE_ZOOM or more, except where neither shape allows it (then
  // the floor it does reach is listed here, with its reason), and none needs panning sideways.
  const OPEN_ZOOM_FLOOR: Record<string, Record<string, number>> = {
    // Every shape of it is about 1,620 px wide at 100 %: left to right, seen whole, it opens at 77 %.
    // The workspace diagram follows examples/ (13 components, 12 links today: two rows at 80 %).
    '1280x720': { 'diagram-virtual-desktop-vdi': 0.75, 'diagram-workspace': 0.75 },
    '1920x1080': {},
  };
  const OPENED = `(() => { const c = document.getElementById('canvas'); const s = c.querySelector('.shape:not([hidden]) svg');
    return { zoom: Number(c.getAttribute('data-zoom')), direction: c.getAttribute('data-direction'), width: Number(s.getAttribute('width')), room: c.clientWidth }; })()`;
  for (const size of SIZES) {
    const key = `${size.width}x${size.height}`;
    it(`at ${size.width}×${size.height} every diagram opens at ${READABLE_ZOOM * 100} % or more, laid out for the panel's shape, without panning sideways`, async (t) => {
      if (!page) return t.skip('headless Chromium with playwright-core is not installed here');
      await page.setViewportSize(size);
      const problems: string[] = [];
      const table: string[] = [];
      for (const v of views.filter((x) => x.diagram)) {
        await page.setContent(themed(v.html, 'light'), { waitUntil: 'load' });
        const o = await page.evaluate<{ zoom: number; direction: string; width: number; room: number }>(OPENED);
        table.push(`${v.name} ${Math.round(o.zoom * 100)}% ${o.direction}`);
        const floor = OPEN_ZOOM_FLOOR[key][v.name] ?? READABLE_ZOOM;
        if (o.zoom < floor - 1e-9) problems.push(`${v.name}: opens at ${Math.round(o.zoom * 100)} % (${o.direction}), under ${floor * 100} %`);
        if (o.zoom > MIN_OPEN_ZOOM && o.width > o.room) problems.push(`${v.name}: ${o.width} px wide in a ${o.room} px canvas`);
      }
      t.diagnostic(table.join('; '));
      assert.deepEqual(problems, []);
    });
  }

  it('a long chain is folded into two rows in a 1280×720 panel and drawn in one once the panel is resized to 1920×1080', async (t) => {
    if (!page) return t.skip('headless Chromium with playwright-core is not installed here');
    await page.setViewportSize(SIZES[0]);
    await page.setContent(themed(views.find((v) => v.name === 'diagram-hybrid-webex-team-messaging')!.html, 'light'), { waitUntil: 'load' });
    const before = await page.evaluate<{ zoom: number; direction: string }>(OPENED);
    assert.equal(before.direction, 'rows');
    assert.equal(before.zoom, 1);
    await page.setViewportSize(SIZES[1]);
    // The page re-lays out after the resize settles (debounced): poll until it has.
    let after = before;
    for (const start = Date.now(); after.direction === 'rows' && Date.now() - start < 5000;) {
      await new Promise((r) => setTimeout(r, 25));
      after = await page.evaluate<{ zoom: number; direction: string }>(OPENED);
    }
    assert.equal(after.direction, 'LR');
    assert.equal(after.zoom, 1);
  });

  it('the check finds what it is for: low contrast, text outside its box, a diagram opening too small', async (t) => {
    if (!page) return t.skip('headless Chromium with playwright-core is not installed here');
    await page.setViewportSize(SIZES[0]);
    const diagram = views.find((v) => v.name === 'diagram-mra-expressway')!;
    // A grey on grey button, a label wider than its box, and a canvas that says it opened at 30 %.
    const broken = themed(diagram.html, 'light')
      .replace('</head>', '<style nonce="render">button.secondary { color: #999 !important; background: #aaa !important; }</style></head>')
      .replace(/(<g class="edge-label"><rect class="d-label-bg" x="[\d.]+" y="[\d.]+" width=")[\d.]+/, '$16')
      .replace('if (zoomed && kept) { use(kept); set(scale); } else open();', 'use(shapes[0]); set(0.3);')
      // A second text drawn on top of the first node's type name.
      .replace(/(<text class="d-text d-type" x="([\d.]+)" y="([\d.]+)">[^<]*<\/text>)/, '$1<text class="d-text" x="$2" y="$3">OVERLAPPING TEXT</text>');
    await page.setContent(broken, { waitUntil: 'load' });
    const problems = await page.evaluate<string[]>(CHECK_PAGE);
    assert.ok(
      problems.some((p) => p.startsWith('contrast ') && p.includes('<button>')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.startsWith('outside ')),
      problems.join('\n'),
    );
    assert.ok(problems.includes('zoom 30% at open'), problems.join('\n'));
    assert.ok(
      problems.some((p) => p.startsWith('overlap ') && p.includes('OVERLAPPING TEXT')),
      problems.join('\n'),
    );
  });
});
