import { describe, expect, it } from 'vitest';
import { parseSegmentName, segmentFileName, sortedSegments } from '../../../../electron/core/journal/segment-names';
import { segmentsToDelete } from '../../../../electron/core/journal/retention';
import { parseSegment } from '../../../../electron/core/journal/read-segment';

const t0 = Date.parse('2026-11-27T08:00:00.123Z');

describe('segment file names', () => {
  it('carry the first sequence number and the first (and, once closed, last) time', () => {
    const open = segmentFileName(42, t0);
    expect(open).toBe('seg-000000000042-20261127T080000123Z.jsonl');
    expect(parseSegmentName(open)).toEqual({ name: open, firstSeq: 42, firstAt: t0 });
    const closed = segmentFileName(42, t0, t0 + 3_600_000);
    expect(parseSegmentName(closed)).toMatchObject({ firstSeq: 42, firstAt: t0, lastAt: t0 + 3_600_000 });
  });

  it('are told apart from every other file in the folder, and sort by sequence', () => {
    expect(parseSegmentName('journal.lock')).toBeUndefined();
    expect(parseSegmentName('seg-1-x.jsonl')).toBeUndefined();
    expect(parseSegmentName('seg-000000000001-20261327T080000123Z.jsonl')).toBeUndefined();
    const names = [segmentFileName(100, t0), 'notes.txt', segmentFileName(9, t0), segmentFileName(10, t0)];
    expect(sortedSegments(names).map((s) => s.firstSeq)).toEqual([9, 10, 100]);
  });
});

describe('retention', () => {
  const day = 86_400_000;
  const seg = (firstSeq: number, firstAt: number, lastAt: number | undefined, bytes: number) => ({
    name: `s${firstSeq}`,
    firstSeq,
    firstAt,
    ...(lastAt !== undefined ? { lastAt } : {}),
    bytes,
  });

  it('deletes closed segments older than the retention period, oldest first, never the newest', () => {
    const segments = [
      seg(1, 0, day, 10),
      seg(2, day, 2 * day, 10),
      seg(3, 40 * day, 41 * day, 10),
      seg(4, 41 * day, undefined, 10),
    ];
    expect(segmentsToDelete(segments, 45 * day, 30 * day, 1000)).toEqual(['s1', 's2']);
    expect(segmentsToDelete([seg(9, 0, undefined, 10)], 999 * day, day, 1)).toEqual([]);
  });

  it('deletes the oldest while the total is over the budget', () => {
    const segments = [seg(1, 0, 1, 100), seg(2, 1, 2, 100), seg(3, 2, 3, 100), seg(4, 3, undefined, 100)];
    expect(segmentsToDelete(segments, 4, 365 * day, 250)).toEqual(['s1', 's2']);
  });

  it('bounds a segment left unclosed by a crash with the next one’s first time', () => {
    const segments = [seg(1, 0, undefined, 10), seg(2, 20 * day, undefined, 10)];
    expect(segmentsToDelete(segments, 60 * day, 30 * day, 1000)).toEqual(['s1']);
  });
});

describe('parsing a segment', () => {
  const line = (seq: number): string =>
    JSON.stringify({ v: 1, seq, at: '2026-11-27T08:00:00.000Z', type: 'core.stopped' });

  it('reads records, counts junk lines and a torn tail, and never throws', () => {
    const text = `${line(1)}\nrubbish\n\n${line(2)}\n{"v":1,"seq":3,"at":"2026-11-27T08:0`;
    const parsed = parseSegment(Buffer.from(text));
    expect(parsed.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(parsed).toMatchObject({ skipped: 2, torn: true });
  });

  it('reads a record behind the zero bytes a power cut can leave in a file', () => {
    const parsed = parseSegment(
      Buffer.concat([Buffer.from(`${line(1)}\n`), Buffer.alloc(64), Buffer.from(`${line(2)}\n`)]),
    );
    expect(parsed.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(parsed.skipped).toBe(0);
    const zeros = parseSegment(Buffer.concat([Buffer.from(`${line(1)}\n`), Buffer.alloc(64)]));
    expect(zeros).toMatchObject({ torn: true, skipped: 1 });
  });
});
