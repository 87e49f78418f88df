/**
 * Segment file names carry what a reader needs to skip a file without opening it: the sequence
 * number of its first record (sort order, and where an incident id `i<seq>` starts) and the time of
 * its first record; a closed segment also the time of its last. Pure.
 *
 *   seg-000000000001-20261127T080000123Z.jsonl                       (the one being written)
 *   seg-000000000001-20261127T080000123Z-20261203T171500042Z.jsonl   (closed)
 */
export interface SegmentName {
  name: string;
  firstSeq: number;
  firstAt: number;
  /** Time of the last record; absent while the segment is written (or if the writer died before closing it). */
  lastAt?: number;
}

const pattern = /^seg-(\d{12})-(\d{8}T\d{9}Z)(?:-(\d{8}T\d{9}Z))?\.jsonl$/;

export function segmentFileName(firstSeq: number, firstAt: number, lastAt?: number): string {
  const seq = String(firstSeq).padStart(12, '0');
  return `seg-${seq}-${compact(firstAt)}${lastAt !== undefined ? `-${compact(lastAt)}` : ''}.jsonl`;
}

/** The parts of a segment file name; undefined for any other file (lock, temp, foreign files). */
export function parseSegmentName(name: string): SegmentName | undefined {
  const m = pattern.exec(name);
  if (!m) return undefined;
  const firstAt = expand(m[2] as string);
  const lastAt = m[3] ? expand(m[3]) : undefined;
  if (!Number.isFinite(firstAt) || (lastAt !== undefined && !Number.isFinite(lastAt))) return undefined;
  return { name, firstSeq: Number(m[1]), firstAt, ...(lastAt !== undefined ? { lastAt } : {}) };
}

/** Segment names found in a folder listing, oldest first. */
export function sortedSegments(names: readonly string[]): SegmentName[] {
  return names
    .map(parseSegmentName)
    .filter((s): s is SegmentName => s !== undefined)
    .sort((a, b) => a.firstSeq - b.firstSeq);
}

function compact(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

function expand(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : Number.NaN;
}
