// Time limits in tests are there to catch a hang or a quadratic blow-up, not to measure speed (that is
// `npm run bench`). They count the CPU time this process spent, not the wall-clock time, so a loaded
// machine that deschedules the test does not fail it.

/** A starting point for `cpuMsSince`. */
export function cpuNow(): NodeJS.CpuUsage {
  return process.cpuUsage();
}

/** Milliseconds of CPU time (user + system) this process has spent since `since`. */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}
