// Deployment diagrams: every scenario is laid out by dagre without overlapping boxes, every node,
// edge and flow step reaches the SVG, the page and the Mermaid text, and hostile labels stay text.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { boundScenario, MAX_DRAWN_NODES } from '../../client/views/bound';
import {
  diagramDocumentSvg,
  diagramHtml,
  flowToMermaid,
  foldLayout,
  layoutBothWays,
  layoutScenario,
  scenarioSvg,
  scenarioToMermaid,
  scenarioToMermaidMarkdown,
  wrap,
} from '../../client/views/diagram';
import { escapeHtml } from '../../client/views/html';
import { english } from '../../client/views/l10n';
import { loadViewData, type Scenario } from '../../client/views/model';
import { cpuMsSince, cpuNow } from './cpu-time';

const data = loadViewData(path.resolve(__dirname, '../../schemas'));
const opts = { cspSource: 'vscode-webview://abc', nonce: 'abc123' };
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('deployment diagrams', () => {
  // Every shape the page chooses from: left to right, top to bottom, and a long chain folded into two rows.
  // (A short drawing, or one with no column to fold at, has no two-row shape.)
  for (const s of data.deployments.scenarios)
    for (const direction of ['LR', 'TB', 'rows'] as const) {
      if (direction === 'rows' && !foldLayout(layoutScenario(s))) continue;
      it(`${s.id} ${direction}: laid out, drawn and exported completely`, async () => {
        const layout = (direction === 'rows' ? foldLayout(layoutScenario(s)) : layoutScenario(s, 'en', english, direction))!;
        assert.equal(layout.direction, direction);
        assert.equal(layout.nodes.length, s.nodes.length);
        for (let i = 0; i < layout.nodes.length; i++)
          for (let j = i + 1; j < layout.nodes.length; j++)
            assert.ok(!overlap(layout.nodes[i], layout.nodes[j]), `${layout.nodes[i].node.id} overlaps ${layout.nodes[j].node.id}`);
        // Each edge starts on its source box and ends on its target box (2 px tolerance).
        const box = new Map(layout.nodes.map((n) => [n.node.id, n]));
        const on = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
          p.x >= b.x - 2 && p.x <= b.x + b.width + 2 && p.y >= b.y - 2 && p.y <= b.y + b.height + 2;
        for (const e of layout.edges) {
          assert.ok(on(e.points[0], box.get(e.edge.from)!), `${e.edge.from}->${e.edge.to} starts on its source`);
          assert.ok(on(e.points[e.points.length - 1], box.get(e.edge.to)!), `${e.edge.from}->${e.edge.to} ends on its target`);
        }
        // Routes are orthogonal; labels keep clear of every box; zones hold their members and no other box.
        for (const e of layout.edges)
          for (let i = 1; i < e.points.length; i++) {
            const [a, b] = [e.points[i - 1], e.points[i]];
            assert.ok(Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01, `${e.edge.from}->${e.edge.to} segment ${i} is not horizontal or vertical`);
          }
        for (const e of layout.edges)
          for (const n of layout.nodes) assert.ok(!overlap(e.label!, n), `label of ${e.edge.from}->${e.edge.to} overlaps ${n.node.id}`);
        // Each label sits on its edge: the route runs through the label's box.
        for (const e of layout.edges) {
          const l = e.label!;
          const crosses = e.points.slice(1).some((b, i) => {
            const a = e.points[i];
            return overlap({ x: Math.min(a.x, b.x) - 1, y: Math.min(a.y, b.y) - 1, width: Math.abs(a.x - b.x) + 2, height: Math.abs(a.y - b.y) + 2 }, l);
          });
          assert.ok(crosses, `label of ${e.edge.from}->${e.edge.to} is on its edge`);
        }
        const within = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
          a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
        for (const z of layout.zones)
          for (const n of layout.nodes) {
            if (n.node.zone === z.zone.id) assert.ok(within(n, z), `${n.node.id} inside zone ${z.zone.id}`);
            else assert.ok(!overlap(n, z), `${n.node.id} outside zone ${z.zone.id}`);
          }
        for (let i = 0; i < layout.zones.length; i++)
          for (let j = i + 1; j < layout.zones.length; j++)
            assert.ok(!overlap(layout.zones[i], layout.zones[j]), `zones ${layout.zones[i].zone.id} and ${layout.zones[j].zone.id} overlap`);
        const svg = scenarioSvg(layout);
        for (const n of s.nodes) assert.ok(svg.includes(`data-node="${n.id}"`), n.id);
        assert.equal((svg.match(/<path class="d-edge/g) ?? []).length, s.edges.filter((e) => e.from !== e.to).length);
        for (const e of s.edges) if (e.port) assert.ok(svg.includes(`port ${e.port}`), `port ${e.port}`);
        const html = diagramHtml(layout, opts);
        for (const f of s.flows ?? []) for (const st of f.steps) assert.ok(html.includes(`data-step="${st.n}"`), `${f.id} step ${st.n}`);
        assert.ok(html.includes(escapeHtml("script-src 'nonce-abc123'")), 'nonce CSP');
        const mermaid = scenarioToMermaid(s);
        assert.match(mermaid, /^flowchart LR\n/);
        for (const n of s.nodes) assert.ok(mermaid.includes(`n_${n.id.replace(/-/g, '_')}[`), `mermaid ${n.id}`);
        assert.equal((mermaid.match(/ (-->|-\.->)\|/g) ?? []).length, s.edges.length);
        for (const f of s.flows ?? []) assert.equal((flowToMermaid(s, f).match(/->>/g) ?? []).length, f.steps.length);
      });
    }

  it('reads from the internet through the DMZ to the corporate network, left to right', async () => {
    const layout = await layoutScenario(data.deployments.scenarios.find((s) => s.id === 'mra-expressway')!);
    const x = (id: string) => layout.zones.find((z) => z.zone.id === id)!;
    assert.ok(x('internet').x + x('internet').width < x('dmz').x, 'internet left of the DMZ');
    assert.ok(x('dmz').x + x('dmz').width < x('corp').x, 'DMZ left of the corporate network');
    // The edge from Expressway-C to Expressway-E is drawn from its source (right) to its target (left).
    const e = layout.edges.find((l) => l.edge.from === 'expc' && l.edge.to === 'fw-in')!;
    assert.ok(e.points[0].x > e.points[e.points.length - 1].x);
  });

  it('a standalone SVG carries its own style and background, the webview one does not', async () => {
    const layout = await layoutScenario(data.deployments.scenarios.find((s) => s.id === 'mra-expressway')!);
    assert.match(scenarioSvg(layout, { standalone: true }), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>\n<title[^]*<style>[^]*class="d-bg"/);
    assert.doesNotMatch(scenarioSvg(layout), /<style>/);
  });

  it('escapes hostile node, edge, zone and step text in the SVG, the page and the Mermaid text', async () => {
    const evil = '<img src=x onerror=alert(1)>"|]; end';
    const s: Scenario = {
      id: 'evil',
      group: 'on-premises',
      title: { en: evil },
      summary: { en: evil },
      source: 'test source',
      zones: [{ id: 'z', kind: 'internal', label: { en: evil } }],
      nodes: [
        { id: 'a', type: 'client', label: evil, zone: 'z' },
        { id: 'b', type: 'cucm', label: 'B' },
      ],
      edges: [{ from: 'a', to: 'b', label: evil, protocol: evil }],
      flows: [{ id: 'f', title: { en: evil }, source: 'test source', steps: [{ n: '1', from: 'a', to: 'b', label: { en: evil } }] }],
      notes: [{ en: evil }],
    };
    const layout = await layoutScenario(s);
    const html = diagramHtml(layout, opts);
    assert.ok(!html.includes('<img src=x'), 'no live element from data');
    assert.ok(html.includes(escapeHtml('<img src=x onerror=alert(1)>')));
    const md = scenarioToMermaidMarkdown(s);
    const flowchart = scenarioToMermaid(s);
    // Inside quoted Mermaid labels the characters that could break out become look-alikes; the rest stays as written.
    assert.ok(!/"[^"\n]*<img/.test(flowchart));
    assert.ok(flowchart.includes(`‹img src=x onerror=alert(1)›'¦]; end`));
    assert.ok(!/#\d+;/.test(flowchart), 'no entity codes a renderer may show raw');
    assert.equal((flowchart.match(/"/g) ?? []).length % 2, 0, 'quotes stay balanced');
    assert.ok(md.includes('```mermaid\nsequenceDiagram'));
  });

  it('wraps long words so no line exceeds the width', () => {
    assert.deepEqual(wrap('abcdefghij klm', 4), ['abcd', 'efgh', 'ij', 'klm']);
    assert.deepEqual(wrap('', 10), ['']);
  });
});

describe('bounded layout, export and Mermaid text (issue 13.4, issue 10)', () => {
  const data = loadViewData(path.resolve(__dirname, '../../schemas'));
  /** A workspace that names many hosts, one DNS record each. */
  const big = (n: number): Scenario => ({
    id: 'big',
    group: 'on-premises',
    title: { en: 'Big' },
    summary: { en: 'many hosts' },
    source: 'test',
    zones: [
      { id: 'corp', kind: 'internal', label: { en: 'Corporate network' } },
      { id: 'dmz', kind: 'dmz', label: { en: 'DMZ' } },
    ],
    nodes: [
      { id: 'jabber', type: 'client', label: 'Cisco Jabber', zone: 'corp' },
      { id: 'dns', type: 'dns', label: 'DNS', zone: 'corp' },
      ...Array.from({ length: n }, (_, i) => ({
        id: `h${i}`,
        type: (['cucm', 'web-server', 'expressway-e'] as const)[i % 3],
        label: `host${i}.example.com`,
        zone: i % 3 === 2 ? 'dmz' : 'corp',
      })),
    ],
    edges: [
      { from: 'jabber', to: 'dns', label: 'service discovery' },
      ...Array.from({ length: n }, (_, i) => ({ from: 'dns', to: `h${i}`, label: `_cisco-uds._tcp.d${i}.example.com`, protocol: 'SRV', port: '8443' })),
    ],
  });

  it('2 000 nodes: a summary laid out well within a second, and the page says so', () => {
    const start = cpuNow();
    const layout = layoutScenario(big(2000));
    const ms = cpuMsSince(start);
    assert.ok(ms < 1000, `${Math.round(ms)} ms`);
    assert.ok(layout.nodes.length <= MAX_DRAWN_NODES);
    assert.deepEqual(layout.summary, { nodes: 2002, drawn: layout.nodes.length });
    const group = layout.nodes.find((n) => n.node.type === 'cucm')!;
    assert.match(group.node.label, /^667 components: host0\.example\.com, host3\.example\.com, …$/);
    assert.ok(layout.edges.some((e) => e.edge.label === '667 links'));
    assert.match(diagramHtml(layout, opts), /2002 components are too many to draw one by one/);
  });

  it('a scenario within the bound is drawn box by box, unchanged', () => {
    const s = big(20);
    const layout = layoutScenario(s);
    assert.equal(layout.summary, undefined);
    assert.equal(layout.nodes.length, s.nodes.length);
    assert.equal(boundScenario(s, () => 'x').scenario, s);
  });

  it('Save SVG writes the topology and every numbered flow, as one well-formed SVG document', () => {
    const s = data.deployments.scenarios.find((x) => (x.flows ?? []).length > 0)!;
    const doc = diagramDocumentSvg(layoutScenario(s));
    assert.equal(XMLValidator.validate(doc), true);
    assert.ok(doc.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(doc.includes('<style>'));
    for (const f of s.flows!) {
      assert.ok(doc.includes(escapeHtml(f.title.en)), f.id);
      for (const st of f.steps) assert.ok(doc.includes(`data-step="${escapeHtml(st.n)}"`), `${f.id} step ${st.n}`);
    }
  });

  it('the page carries both shapes, ids kept apart, the top-to-bottom one hidden until the page picks it; either saves as SVG', () => {
    const s = data.deployments.scenarios.find((x) => x.id === 'mra-expressway')!;
    const layout = layoutBothWays(s);
    assert.equal(layout.direction, 'LR');
    assert.deepEqual(
      layout.others?.map((o) => o.direction),
      ['TB', 'rows'],
    );
    const html = diagramHtml(layout, opts);
    assert.match(html, /<div class="shape" data-direction="LR"><svg[^>]*aria-labelledby="d-title">/);
    assert.match(html, /<div class="shape" data-direction="TB" hidden><svg[^>]*aria-labelledby="d-title-tb">/);
    assert.match(html, /<div class="shape" data-direction="rows" hidden><svg[^>]*aria-labelledby="d-title-rows">/);
    for (const id of ['d-title', 'd-title-tb', 'd-title-rows', 'arrow', 'arrow-tb', 'arrow-rows']) assert.equal(html.split(`id="${id}"`).length - 1, 1, id);
    assert.ok(!/url\(#arrow\)/.test(html.slice(html.indexOf('data-direction="TB"'))), 'the hidden drawings use their own arrow markers');
    for (const l of [layout, ...layout.others!]) assert.equal(XMLValidator.validate(diagramDocumentSvg(l)), true, l.direction);
    // A short drawing is not folded: its page offers left to right and top to bottom only.
    const short = layoutBothWays(data.deployments.scenarios.find((x) => x.id === 'on-premises-im-only')!);
    assert.deepEqual(
      short.others?.map((o) => o.direction),
      ['TB'],
    );
    assert.ok(!diagramHtml(short, opts).includes('data-direction="rows"'));
  });

  it('Mermaid edge labels read as on the diagram: protocol, port and text, brackets intact', () => {
    const s = data.deployments.scenarios.find((x) => x.id === 'mra-expressway')!;
    const flowchart = scenarioToMermaid(s);
    assert.ok(flowchart.includes('|"SIP TLS · port 7001 — Unified Communications traversal zone (Expressway-C is the traversal client)"|'), flowchart);
    for (const line of flowchart.split('\n').filter((l) => l.includes('-->') || l.includes('-.->'))) {
      assert.match(line, /^ {2}n_\w+ (-->|-\.->)\|"[^"|]*"\| n_\w+$/, line);
    }
  });
});
