// The diagram layout on its own thread (dist/layoutWorker.js): dagre and the edge routing are the
// only costly step of opening a diagram, and the extension host must stay free for every other
// extension while they run. Receives { id, scenario, locale, bundle }, answers { id, layout } or
// { id, error }. The translate function is rebuilt here from the page language's bundle. Loaded as a
// module on the extension host's thread (layoutOffThread.ts's fallback), it only exports layoutBothWays.
import { parentPort } from 'node:worker_threads';
import { layoutBothWays } from './diagram';
import { translateFrom } from './l10n';
import type { Locale, Scenario } from './model';

interface LayoutRequest {
  id: number;
  scenario: Scenario;
  locale: Locale;
  bundle?: Record<string, string>;
}

parentPort?.on('message', (m: LayoutRequest) => {
  try {
    parentPort!.postMessage({ id: m.id, layout: layoutBothWays(m.scenario, m.locale, translateFrom(m.bundle)) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});

export { layoutBothWays };
