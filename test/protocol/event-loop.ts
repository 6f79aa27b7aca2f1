// The server's own measure of its event loop, for the protocol tests that prove issue 10's bound: no
// request or parse holds the loop for more than 50 ms. A server started by `measuredClient` watches its
// loop (UC_CONFIG_MEASURE_BLOCKS=1) and answers ucConfig/_eventLoop with the longest stretch of the main
// thread's CPU time between two turns of a 5 ms timer (server/handlers/eventLoop.ts), the longest such
// stretch in wall time, and the longest garbage collection. The CPU bound is issue 10's; the wall time
// also counts the time a loaded machine did not run the process at all, so its bound only catches a
// parse done at once.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { LspClient } from './lsp-client';

/** Issue 10: the longest the server's own work may hold its event loop, in CPU milliseconds of its main thread. */
export const BLOCK_BOUND_MS = 50;
/** The longest stretch between two turns of the timer in wall time, the process's waits for a CPU included. */
export const WALL_BOUND_MS = 1000;

export interface Block {
  maxMs: number;
  maxCpuMs: number;
  maxGcMs: number;
  samples: number;
  cpuClock: 'thread' | 'process';
}

/** A server that measures its own event loop (it gets this process's environment when spawned). */
export function measuredClient(settings: Record<string, unknown> = {}): LspClient {
  const saved = process.env;
  process.env = { ...saved, UC_CONFIG_MEASURE_BLOCKS: '1' };
  try {
    return new LspClient(settings);
  } finally {
    process.env = saved;
  }
}

/** A measured server for a file's tests: started and initialised before them (`use` receives it), shut down cleanly after. */
export function withMeasuredServer(settings: Record<string, unknown>, use: (client: LspClient) => void): void {
  let client: LspClient;
  before(async () => {
    use((client = measuredClient(settings)));
    await client.initialize();
  });
  after(async () => assert.equal(await client.shutdown(), 0));
}

/** The longest block since the last reset; with `reset`, a new measurement starts. */
export const eventLoop = (client: LspClient, reset = false) => client.request<Block>('ucConfig/_eventLoop', { reset });

export const blockOf = (b: Block) =>
  `${b.maxCpuMs.toFixed(1)} ms of CPU (${b.maxMs.toFixed(1)} ms wall, longest GC ${b.maxGcMs.toFixed(1)} ms${b.cpuClock === 'thread' ? '' : ', whole process'})`;

export function assertBounded(b: Block, when: string): void {
  assert.ok(b.maxCpuMs < BLOCK_BOUND_MS, `the server held its event loop ${blockOf(b)} ${when}`);
  assert.ok(b.maxMs < WALL_BOUND_MS, `the server's event loop turned late ${blockOf(b)} ${when}`);
}
