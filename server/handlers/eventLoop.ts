// For tests only: with UC_CONFIG_MEASURE_BLOCKS=1 in its environment the server watches its own event
// loop and answers `ucConfig/_eventLoop` with the longest block seen, so a protocol test can prove that
// no request or parse holds the loop for long. Without the variable nothing is watched and the request
// does not exist.
//
// Two measures of the same 5 ms timer: how late it fired (perf_hooks' monitorEventLoopDelay: wall
// time), and how much CPU time the process spent between two of its turns. On a loaded machine the
// operating system may not run the process for a while: that delays the timer without any work of
// ours, and only the first measure counts it. The CPU time between two turns is what our own work held
// the loop (at most the wall time; collector threads running beside it can only make it larger).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver/node';

export const EVENT_LOOP_REQUEST = 'ucConfig/_eventLoop';

export interface EventLoopParams {
  /** Start a new measurement after answering. */
  reset?: boolean;
}

export interface EventLoopResult {
  /** The longest delay of the timer, in milliseconds (wall time: includes time the process was not run). */
  maxMs: number;
  /** The longest stretch between two turns of the timer, in CPU milliseconds of this process (capped by the wall time). */
  maxCpuMs: number;
  /** How many delays were recorded. */
  samples: number;
}

const RESOLUTION_MS = 5;

export function registerEventLoopProbe(connection: Connection): void {
  if (process.env.UC_CONFIG_MEASURE_BLOCKS !== '1') return;
  const delays = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delays.enable();
  let maxCpuMs = 0;
  let lastWall = performance.now();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const used = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
    maxCpuMs = Math.max(maxCpuMs, Math.min(used, wall - lastWall));
    lastWall = wall;
    lastCpu = cpu;
  }, RESOLUTION_MS).unref();
  connection.onRequest(EVENT_LOOP_REQUEST, (p: EventLoopParams | undefined): EventLoopResult => {
    const result = { maxMs: delays.max / 1e6, maxCpuMs, samples: delays.count };
    if (p?.reset) {
      delays.reset();
      maxCpuMs = 0;
    }
    return result;
  });
}
