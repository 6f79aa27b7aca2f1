// fast-check parameters for every property test. `npm test` must give the same verdict on every run, so
// each property starts from a fixed seed unless FUZZ_SEED names another; `npm run fuzz` and
// `npm run fuzz:lite` draw a random seed, print it and pass it here, so any failure they find is re-run
// with `npm run fuzz -- RUNS SEED`. fast-check's own report of a failure names the seed and path as well.
const FIXED_SEED = 42;

export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FIXED_SEED;

/**
 * fast-check's parameters: `numRuns` cases from the run's seed. With the fixed seed (npm test) a failure is
 * reported as found, unshrunk: shrinking a case that failed a time budget re-runs large cases for minutes.
 * The same seed given to `npm run fuzz` generates the same cases first and shrinks the failure.
 */
export const fuzzParams = (numRuns: number) => ({ numRuns, seed: FUZZ_SEED, endOnFailure: process.env.FUZZ_SEED === undefined });
