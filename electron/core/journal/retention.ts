import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sortedSegments, type SegmentName } from './segment-names';

export interface SegmentOnDisk extends SegmentName {
  bytes: number;
}

/**
 * Which closed segments to delete (pure): those whose newest record is older than the retention
 * period, then the oldest while all segments together are larger than `maxTotalBytes`. The newest
 * segment (the one being written) is never deleted, and deletion always goes oldest first so what
 * is left is one unbroken stretch ending now; each segment's checkpoint keeps the incidents that
 * were still open when it began, so nothing open is lost with an old segment.
 */
export function segmentsToDelete(
  segments: readonly SegmentOnDisk[],
  now: number,
  retentionMs: number,
  maxTotalBytes: number,
): string[] {
  const sorted = [...segments].sort((a, b) => a.firstSeq - b.firstSeq);
  const closed = sorted.slice(0, -1);
  const doomed: string[] = [];
  let total = sorted.reduce((sum, s) => sum + s.bytes, 0);
  for (const [i, s] of closed.entries()) {
    // A segment whose writer died before closing it has no last time: the next one's first bounds it.
    const newest = s.lastAt ?? (sorted[i + 1] as SegmentOnDisk).firstAt;
    if (now - newest > retentionMs || total > maxTotalBytes) {
      doomed.push(s.name);
      total -= s.bytes;
    } else break;
  }
  return doomed;
}

/** Applies the retention rules to a journal folder (the segment named `keep` is never deleted). */
export async function deleteOldSegments(
  folder: string,
  rules: { now: number; retentionMs: number; maxTotalBytes: number; keep?: string; log: (line: string) => void },
): Promise<void> {
  const segments = await Promise.all(
    sortedSegments(await fs.readdir(folder)).map(async (s) => ({
      ...s,
      bytes: (await fs.stat(path.join(folder, s.name))).size,
    })),
  );
  for (const name of segmentsToDelete(segments, rules.now, rules.retentionMs, rules.maxTotalBytes)) {
    if (name === rules.keep) continue;
    await fs.unlink(path.join(folder, name));
    rules.log(`journal: deleted old segment ${name} (retention)`);
  }
}
