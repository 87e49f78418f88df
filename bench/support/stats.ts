/** Small statistics for benchmarks: medians of repeated runs, latency percentiles. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Repeats an async measurement and returns every sample. */
export async function repeat<T>(times: number, measure: (i: number) => Promise<T>): Promise<T[]> {
  const samples: T[] = [];
  for (let i = 0; i < times; i++) samples.push(await measure(i));
  return samples;
}
