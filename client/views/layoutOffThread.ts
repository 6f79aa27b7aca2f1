// Lays a scenario out in a worker thread (dist/layoutWorker.js) so the extension host's event loop
// is never held by dagre; the result is plain data (ScenarioLayout). A worker that cannot start
// (the file is missing, threads are unavailable) falls back to laying out here: the layout is
// bounded (bound.ts), so that costs tens of milliseconds at most.
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { layoutBothWays, type ScenarioLayout } from './diagram';
import { translateFrom } from './l10n';
import type { Locale, Scenario } from './model';

/** A layout that takes longer than this is abandoned (the worker is stopped) and done here, bounded. */
const WORKER_TIMEOUT_MS = 10_000;

export function layoutOffThread(workerFile: string, scenario: Scenario, locale: Locale, bundle?: Record<string, string>): Promise<ScenarioLayout> {
  const here = () => layoutBothWays(scenario, locale, translateFrom(bundle));
  if (!fs.existsSync(workerFile)) return Promise.resolve(here());
  return new Promise<ScenarioLayout>((resolve) => {
    let settled = false;
    let worker: Worker;
    const done = (layout: ScenarioLayout) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker?.terminate();
      resolve(layout);
    };
    const timer = setTimeout(() => done(here()), WORKER_TIMEOUT_MS);
    try {
      worker = new Worker(workerFile);
    } catch {
      done(here());
      return;
    }
    worker.once('message', (m: { layout?: ScenarioLayout; error?: string }) => done(m.layout ?? here()));
    worker.once('error', () => done(here()));
    worker.once('exit', () => done(here()));
    worker.postMessage({ id: 1, scenario, locale, bundle });
  });
}
