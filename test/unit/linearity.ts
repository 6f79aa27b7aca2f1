// How a reader's work grows with its input, measured as the tests of every artifact reader need it:
// CPU time of this process (not wall time: on a busy machine a longer run is also preempted more
// often), the fastest of several runs of each size after a warm-up (the least disturbed by other work).
// Linear work on ten times the input gives about 10×; a quadratic reader gives about 100×.
export function growthRatio(read: (text: string) => unknown, small: string, large: string): number {
  const time = (t: string) => {
    const s0 = process.cpuUsage();
    read(t);
    const used = process.cpuUsage(s0);
    return used.user + used.system;
  };
  const fastest = (t: string) => Math.min(...Array.from({ length: 7 }, () => time(t)));
  fastest(small);
  return fastest(large) / fastest(small);
}
