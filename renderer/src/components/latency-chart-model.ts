/** One latency sample as the core keeps them (details.history of a network endpoint): null = failed. */
export interface LatencySample {
  at: number;
  ms: number | null;
}

export interface LatencyChart {
  width: number;
  height: number;
  /** Polylines through the answered samples; a failed one breaks the line. */
  lines: string[];
  /** Where the failed attempts are (x), drawn as marks on the base line. */
  failures: number[];
  /** Answered samples drawn as dots (a lone answer between failures has no line). */
  dots: { x: number; y: number }[];
  count: number;
  failed: number;
  minMs?: number;
  maxMs?: number;
  lastMs?: number | null;
  /** Top of the scale, in ms. */
  scaleMs: number;
  from?: number;
  to?: number;
}

/** Reads `details.history` defensively: the core's details are free-form JSON. */
export function samplesOf(history: unknown): LatencySample[] {
  if (!Array.isArray(history)) return [];
  return history.flatMap((s: unknown) => {
    if (typeof s !== 'object' || s === null) return [];
    const { at, ms } = s as { at?: unknown; ms?: unknown };
    if (typeof at !== 'number') return [];
    return [{ at, ms: typeof ms === 'number' && Number.isFinite(ms) ? ms : null }];
  });
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Pure: the geometry of a small latency chart, oldest sample left. The scale starts at 0 and tops
 * at the slowest answer plus a fifth (at least 10 ms), so small jitter does not look dramatic.
 */
export function latencyChart(samples: readonly LatencySample[], width = 180, height = 44, pad = 4): LatencyChart {
  const answered = samples.flatMap((s) => (s.ms === null ? [] : [s.ms]));
  const maxMs = answered.length ? Math.max(...answered) : undefined;
  const scaleMs = Math.max(10, Math.ceil((maxMs ?? 0) * 1.2));
  const step = samples.length > 1 ? (width - 2 * pad) / (samples.length - 1) : 0;
  const x = (i: number): number => round(samples.length > 1 ? pad + i * step : width / 2);
  const y = (ms: number): number => round(height - pad - (ms / scaleMs) * (height - 2 * pad));
  const lines: string[] = [];
  const dots: { x: number; y: number }[] = [];
  const failures: number[] = [];
  let current: string[] = [];
  samples.forEach((s, i) => {
    if (s.ms === null) {
      failures.push(x(i));
      if (current.length > 1) lines.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${x(i)},${y(s.ms)}`);
    dots.push({ x: x(i), y: y(s.ms) });
  });
  if (current.length > 1) lines.push(current.join(' '));
  return {
    width,
    height,
    lines,
    failures,
    dots,
    count: samples.length,
    failed: failures.length,
    ...(answered.length ? { minMs: Math.min(...answered), maxMs: maxMs as number } : {}),
    ...(samples.length
      ? { lastMs: samples[samples.length - 1]!.ms, from: samples[0]!.at, to: samples.at(-1)!.at }
      : {}),
    scaleMs,
  };
}
