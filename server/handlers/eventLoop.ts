// For tests only: with UC_CONFIG_MEASURE_BLOCKS=1 in its environment the server watches its own event
// loop and answers `ucConfig/_eventLoop` with the longest block seen, so a protocol test can prove that
// no request or parse holds the loop for long. Without the variable nothing is watched and the request
// does not exist (the server loads this file, a bundle of its own, only then).
//
// Two measures of the stretch between two turns of a 5 ms timer: its wall time, and the CPU time the
// main thread spent in it. On a loaded machine the operating system may not run the process for a
// while: that lengthens the wall time without any work of ours. The CPU time of the main thread is what
// our own work held the loop. It is read from Linux's /proc/thread-self/schedstat (its first field: the
// nanoseconds the thread has run), so the garbage collector's helper threads and libuv's pool, which
// run beside the loop without holding it, do not count; elsewhere the process's CPU time stands in
// (process.cpuUsage: all threads, so a little more than the loop's own). The kernel brings that count up
// to date at each scheduler tick (4 ms at HZ=250) and each switch of threads, so a stretch is measured
// to within a tick. (perf_hooks' monitorEventLoopDelay missed a 40 ms block right after its reset.) The
// longest garbage collection is reported beside them: its pause holds the loop like our own work.
import { closeSync, openSync, readSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver/node';

export const EVENT_LOOP_REQUEST = 'ucConfig/_eventLoop';

export interface EventLoopParams {
  /** Start a new measurement after answering. */
  reset?: boolean;
}

export interface EventLoopResult {
  /** The longest stretch between two turns of the timer, in wall milliseconds (5 when idle; includes time the process was not run). */
  maxMs: number;
  /** The longest stretch between two turns of the timer, in CPU milliseconds of the main thread (capped by the wall time). */
  maxCpuMs: number;
  /** The longest garbage collection, in milliseconds. */
  maxGcMs: number;
  /** How many stretches were measured. */
  samples: number;
  /** Where maxCpuMs comes from: the main thread's own time (Linux), or the whole process's. */
  cpuClock: 'thread' | 'process';
}

const RESOLUTION_MS = 5;

/** Milliseconds of CPU time: the main thread's where the system tells it, else the process's. */
function cpuClock(): { clock: EventLoopResult['cpuClock']; now: () => number } {
  let fd: number | undefined;
  try {
    // Opened once on the main thread: the file stays that thread's, and each read is one pread (~3 µs).
    fd = openSync('/proc/thread-self/schedstat', 'r');
    const buffer = Buffer.alloc(64);
    const read = () => {
      const n = readSync(fd!, buffer, 0, buffer.length, 0);
      return Number(buffer.toString('latin1', 0, n).split(' ', 1)[0]) / 1e6;
    };
    if (Number.isFinite(read())) return { clock: 'thread', now: read };
  } catch {
    // Not Linux, or /proc not mounted.
  }
  if (fd !== undefined) closeSync(fd);
  return {
    clock: 'process',
    now: () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    },
  };
}

export function registerEventLoopProbe(connection: Connection): void {
  if (process.env.UC_CONFIG_MEASURE_BLOCKS !== '1') return;
  const cpu = cpuClock();
  let maxMs = 0;
  let maxCpuMs = 0;
  let maxGcMs = 0;
  let samples = 0;
  let lastWall = performance.now();
  let lastCpu = cpu.now();
  /** Ends the stretch since the timer's last turn (at the timer, and when asked: the block may have just ended). */
  const turn = () => {
    const wall = performance.now();
    const now = cpu.now();
    maxMs = Math.max(maxMs, wall - lastWall);
    maxCpuMs = Math.max(maxCpuMs, Math.min(now - lastCpu, wall - lastWall));
    samples++;
    lastWall = wall;
    lastCpu = now;
  };
  setInterval(turn, RESOLUTION_MS).unref();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) maxGcMs = Math.max(maxGcMs, e.duration);
  }).observe({ entryTypes: ['gc'] });
  connection.onRequest(EVENT_LOOP_REQUEST, (p: EventLoopParams | undefined): EventLoopResult => {
    turn();
    const result: EventLoopResult = { maxMs, maxCpuMs, maxGcMs, samples, cpuClock: cpu.clock };
    if (p?.reset) maxMs = maxCpuMs = maxGcMs = samples = 0;
    return result;
  });
}
