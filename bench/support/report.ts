/** One benchmark's outcome as printed by `npm run bench`: the figures, and the target it is held to. */
export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
  target?: string;
  /** Whether the target was met; undefined when the bench only reports. */
  met?: boolean;
}

/** Prints results as one JSON line each (for machines) plus a readable line (for people). */
export function report(results: readonly BenchResult[]): void {
  for (const r of results) {
    const verdict = r.met === undefined ? '' : r.met ? '  [target met]' : '  [TARGET MISSED]';
    const figures = Object.entries(r.figures)
      .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toFixed(3)) : v}`)
      .join(' ');
    process.stdout.write(`${r.name}: ${figures}${r.target ? `  (target: ${r.target})` : ''}${verdict}\n`);
    process.stdout.write(`BENCH ${JSON.stringify(r)}\n`);
  }
}
