import { parseRecordLine, type JournalRecord } from '../../../shared/journal/record-schema';
import { readCapped } from '../../util/read-capped-file';

/** What one segment file holds: its records in order, and what had to be skipped. */
export interface SegmentContent {
  records: JournalRecord[];
  /** Lines that are not records: junk, a foreign write, or the torn last line. */
  skipped: number;
  /** The file does not end in a newline: its last record was cut (power cut, kill -9 mid-write). */
  torn: boolean;
  bytes: number;
}

const newline = 0x0a;

/** Splits a segment's bytes into records (pure). Every line that does not parse is counted, never thrown. */
export function parseSegment(buffer: Buffer): SegmentContent {
  const records: JournalRecord[] = [];
  let skipped = 0;
  let start = 0;
  while (start < buffer.length) {
    const end = buffer.indexOf(newline, start);
    if (end === -1) break;
    // Zero bytes before a record are what some file systems leave in a file's tail after a power
    // cut (space allocated, data never written): skipped, so the record after them still counts.
    let from = start;
    while (from < end && buffer[from] === 0) from++;
    if (end > from) {
      const record = parseRecordLine(buffer.toString('utf8', from, end));
      if (record) records.push(record);
      else skipped++;
    } else if (from > start) skipped++;
    start = end + 1;
  }
  const torn = start < buffer.length;
  return { records, skipped: skipped + (torn ? 1 : 0), torn, bytes: buffer.length };
}

/** Reads and parses one segment file (a regular file of at most `maxBytes`). */
export async function readSegment(file: string, maxBytes: number): Promise<SegmentContent> {
  return parseSegment(await readCapped(file, maxBytes));
}
