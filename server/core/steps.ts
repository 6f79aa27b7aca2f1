// Work done in steps: a generator that yields between pieces of a fraction of a millisecond and
// returns its result. The CLI and the tests run it straight through (runSteps); the server lets
// requests in between the steps (handlers/parsing.ts), so a file of many megabytes never holds the
// event loop for long.
export type Steps<T> = Generator<void, T, undefined>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs a library's parse without capturing stack traces: saxes and yaml make an Error per problem they
 * meet, and on hostile text capturing each one's stack was most of the time (30x on 100 000 errors);
 * nobody reads them. Set per call, since other code runs between steps.
 */
export function withoutStacks<T>(read: () => T): T {
  const stackTraceLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
    return read();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
