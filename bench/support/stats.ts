/** Small statistics for benchmarks: medians of repeated runs, latency percentiles. */

/** Nearest-rank percentile: always one of the samples, so a figure is a time that was measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** How far repeated samples of one figure lie apart (the `spread` of bench/results.json). */
export function spreadOf(values: readonly number[]): {
  min: number;
  p10: number;
  p90: number;
  p99: number;
  max: number;
} {
  return {
    min: Math.min(...values),
    p10: percentile(values, 10),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: Math.max(...values),
  };
}

/** Repeats an async measurement and returns every sample. */
export async function repeat<T>(times: number, measure: (i: number) => Promise<T>): Promise<T[]> {
  const samples: T[] = [];
  for (let i = 0; i < times; i++) samples.push(await measure(i));
  return samples;
}
