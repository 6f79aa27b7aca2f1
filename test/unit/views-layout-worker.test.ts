// The diagram layout runs on a worker thread (dist/layoutWorker.js, built by npm run build), so
// opening even a huge workspace diagram never holds the extension host's event loop (issue 10: 68 s
// at 1 000 DNS records before). The answer equals the layout done in place.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { test } from 'node:test';
import { layoutBothWays } from '../../client/views/diagram';
import { translateFrom } from '../../client/views/l10n';
import { layoutOffThread } from '../../client/views/layoutOffThread';
import type { Scenario } from '../../client/views/model';

const WORKER = path.resolve(__dirname, '../../dist/layoutWorker.js');
const built = fs.existsSync(WORKER);

const big = (n: number): Scenario => ({
  id: 'big',
  group: 'on-premises',
  title: { en: 'Big' },
  summary: { en: 'many DNS records' },
  source: 'test',
  zones: [{ id: 'corp', kind: 'internal', label: { en: 'Corporate network' } }],
  nodes: [
    { id: 'jabber', type: 'client', label: 'Cisco Jabber', zone: 'corp' },
    { id: 'dns', type: 'dns', label: 'DNS', zone: 'corp' },
    ...Array.from({ length: n }, (_, i) => ({ id: `h${i}`, type: 'cucm' as const, label: `host${i}.example.com`, zone: 'corp' })),
  ],
  edges: [
    { from: 'jabber', to: 'dns', label: 'service discovery' },
    ...Array.from({ length: n }, (_, i) => ({ from: 'dns', to: `h${i}`, label: `_cisco-uds._tcp.d${i}.example.com`, protocol: 'SRV', port: '8443' })),
  ],
});

test(
  '2 000 DNS records: laid out on the worker within a second while the event loop keeps turning',
  { skip: !built && 'run npm run build first' },
  async () => {
    // The event loop's utilisation while the worker lays out: the share of the time this thread was busy
    // rather than waiting. A layout on this thread keeps it near 1; with the worker, starting the thread and
    // reading its answer take about a third. (Unlike the longest gap between timer ticks, it does not grow
    // when a loaded machine deschedules an idle process.)
    const elu = performance.eventLoopUtilization();
    const start = performance.now();
    const bundle = { '{0} components: {1}, …': '구성 요소 {0}개: {1}, …' };
    const layout = await layoutOffThread(WORKER, big(2000), 'ko', bundle);
    const ms = performance.now() - start;
    const busy = performance.eventLoopUtilization(elu).utilization;
    assert.ok(ms < 1000, `${Math.round(ms)} ms`);
    assert.ok(busy < 0.8, `the event loop was busy ${Math.round(busy * 100)} % of the time`);
    assert.deepEqual(layout.summary, { nodes: 2002, drawn: 3 });
    // The page language's words, from the bundle handed to the worker.
    assert.ok(
      layout.nodes.some((n) => n.node.label.startsWith('구성 요소 2000개: host0.example.com')),
      layout.nodes.map((n) => n.node.label).join(' | '),
    );
    assert.deepEqual(JSON.parse(JSON.stringify(layout)), JSON.parse(JSON.stringify(layoutBothWays(big(2000), 'ko', translateFrom(bundle)))));
  },
);

test('without a worker, the same file is loaded as a module and lays the scenario out here (bounded)', { skip: !built && 'run npm run build first' }, () => {
  // dist/layoutWorker.js exports layoutBothWays and listens only on a worker thread: the fallback of
  // layoutOffThread, so the extension bundle need not carry dagre a second time.
  const mod = createRequire(__filename)(WORKER) as { layoutBothWays: typeof layoutBothWays };
  const layout = mod.layoutBothWays(big(10), 'en');
  assert.equal(layout.nodes.length, 12);
  assert.equal(layout.summary, undefined);
  assert.deepEqual(JSON.parse(JSON.stringify(layout)), JSON.parse(JSON.stringify(layoutBothWays(big(10)))));
});

test('without the worker file the layout is refused, not hung (the command asks to reinstall)', async () => {
  await assert.rejects(layoutOffThread(path.join(__dirname, 'no-such-worker.js'), big(10), 'en'));
});
