// Lays a scenario out in a worker thread (dist/layoutWorker.js) so the extension host's event loop
// is never held by dagre; the result is plain data (ScenarioLayout). A worker that cannot start
// (threads are unavailable, it fails or times out) falls back to laying out here with the same file
// loaded as a module: the layout is bounded (bound.ts), so that costs tens of milliseconds at most.
// dagre is thereby only in dist/layoutWorker.js, never also in dist/extension.js (the bundle budget).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { layoutBothWays as LayoutBothWays, ScenarioLayout } from './diagram';
import { translateFrom } from './l10n';
import type { Locale, Scenario } from './model';

/** A layout that takes longer than this is abandoned (the worker is stopped) and done here, bounded. */
const WORKER_TIMEOUT_MS = 10_000;

export function layoutOffThread(workerFile: string, scenario: Scenario, locale: Locale, bundle?: Record<string, string>): Promise<ScenarioLayout> {
  // The worker file exports its layoutBothWays and only listens for messages on a worker thread.
  const here = () =>
    (createRequire(__filename)(workerFile) as { layoutBothWays: typeof LayoutBothWays }).layoutBothWays(scenario, locale, translateFrom(bundle));
  return new Promise<ScenarioLayout>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    // Without the worker's answer, lay out here, once (not again for the exit that terminate() causes).
    const done = (layout?: ScenarioLayout) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker?.terminate();
      try {
        resolve(layout ?? here());
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    const timer = setTimeout(() => done(), WORKER_TIMEOUT_MS);
    try {
      worker = new Worker(workerFile);
    } catch {
      done();
      return;
    }
    worker.once('message', (m: { layout?: ScenarioLayout; error?: string }) => done(m.layout));
    worker.once('error', () => done());
    worker.once('exit', () => done());
    worker.postMessage({ id: 1, scenario, locale, bundle });
  });
}
