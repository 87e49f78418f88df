import type { EngineProgress } from './engine-types';

/** One file costs about as much as this many bytes (open, stat, rename), whatever its size. */
const perFileBytes = 64 * 1024;

/**
 * Pure: seconds left in a phase from how far it got in `elapsed` seconds, counting files and bytes
 * together (10,000 small files are slow for their size). Null until a second has passed and some
 * work is done: an early rate is noise.
 */
export function etaSeconds(
  p: Pick<EngineProgress, 'files' | 'bytes' | 'totalFiles' | 'totalBytes'>,
  elapsed: number,
): number | null {
  const total = p.totalBytes + p.totalFiles * perFileBytes;
  const done = p.bytes + p.files * perFileBytes;
  if (total <= 0 || done >= total) return total > 0 ? 0 : null;
  if (elapsed < 1 || done <= 0) return null;
  return Math.round((elapsed * (total - done)) / done);
}
