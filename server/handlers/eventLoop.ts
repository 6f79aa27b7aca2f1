// For tests only: with UC_CONFIG_MEASURE_BLOCKS=1 in its environment the server watches its own event
// loop (a 5 ms timer's delay, perf_hooks) and answers `ucConfig/_eventLoop` with the longest block
// seen, so a protocol test can prove that no request or parse holds the loop for long. Without the
// variable nothing is watched and the request does not exist.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver/node';

export const EVENT_LOOP_REQUEST = 'ucConfig/_eventLoop';

export interface EventLoopParams {
  /** Start a new measurement after answering. */
  reset?: boolean;
}

export interface EventLoopResult {
  /** The longest delay of the timer, in milliseconds: the longest stretch the loop was held (plus up to the timer's resolution). */
  maxMs: number;
  /** The 99th percentile of the delays, in milliseconds. */
  p99Ms: number;
  /** How many delays were recorded. */
  samples: number;
}

export function registerEventLoopProbe(connection: Connection): void {
  if (process.env.UC_CONFIG_MEASURE_BLOCKS !== '1') return;
  const delays = monitorEventLoopDelay({ resolution: 5 });
  delays.enable();
  connection.onRequest(EVENT_LOOP_REQUEST, (p: EventLoopParams | undefined): EventLoopResult => {
    const result = { maxMs: delays.max / 1e6, p99Ms: delays.percentile(99) / 1e6, samples: delays.count };
    if (p?.reset) delays.reset();
    return result;
  });
}
