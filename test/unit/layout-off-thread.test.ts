// The diagram layout runs in dist/layoutWorker.js; when no worker can answer, the same file is loaded as
// a module on this thread. Either way the layout equals layoutScenario's, and dagre lives only there.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { test } from 'node:test';
import { layoutScenario } from '../../client/views/diagram';
import { layoutOffThread } from '../../client/views/layoutOffThread';
import { loadViewData } from '../../client/views/model';

const workerFile = path.resolve(__dirname, '../../dist/layoutWorker.js');
const built = fs.existsSync(workerFile);
const scenario = loadViewData(path.resolve(__dirname, '../../schemas')).deployments.scenarios.find((s) => s.id === 'mra-expressway')!;
const boxes = (l: ReturnType<typeof layoutScenario>) => l.nodes.map((n) => [n.node.id, Math.round(n.x), Math.round(n.y)]);

test('the worker thread lays a scenario out as layoutScenario does', { skip: !built && 'run npm run build first' }, async () => {
  const layout = await layoutOffThread(workerFile, scenario, 'en');
  assert.ok(layout.nodes.length > 3);
  assert.deepEqual(boxes(layout), boxes(layoutScenario(scenario)));
});

test('loaded as a module (the fallback without a worker), the same file lays it out on this thread', { skip: !built && 'run npm run build first' }, () => {
  const mod = createRequire(__filename)(workerFile) as { layoutScenario: typeof layoutScenario };
  assert.deepEqual(boxes(mod.layoutScenario(scenario, 'en')), boxes(layoutScenario(scenario)));
});
