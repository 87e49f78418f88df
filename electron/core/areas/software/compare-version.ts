/**
 * Numbers of a version string as vendors write them: `3.0.12.1207`, `3, 0, 12, 1207` (old
 * Windows resources), `V2.0.52 build 3`. null when it holds no number.
 */
export function versionNumbers(text: string): number[] | null {
  const m = /\d+(?:\s*[.,]\s*\d+)*/.exec(text);
  return m ? m[0].split(/\s*[.,]\s*/).map(Number) : null;
}

/** Negative when a < b, 0 when equal, positive when a > b; missing parts count as 0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
