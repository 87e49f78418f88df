// Quick or full: `npm run bench -- --quick` sets IG_BENCH_QUICK=1 for every bench it spawns.
// Quick mode repeats less and idles for shorter windows, so the whole run fits in two minutes;
// its figures are noisier and are marked `quick: true` in bench/results.json.
export const quickModeEnv = 'IG_BENCH_QUICK';

export const isQuick = (env: NodeJS.ProcessEnv = process.env): boolean => env[quickModeEnv] === '1';

/** This mode's choice of a repetition count or window: `byMode({ full: 200, quick: 50 })`. */
export function byMode<T>(choices: { full: T; quick: T }, env: NodeJS.ProcessEnv = process.env): T {
  return isQuick(env) ? choices.quick : choices.full;
}
