import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Incident } from '../../../shared/journal/incident';
import { applyRecord } from '../../../shared/journal/fold-incidents';
import type { JournalRecord } from '../../../shared/journal/record-schema';
import { errorMessage } from '../../../shared/error-message';
import { readSegment, type SegmentContent } from './read-segment';
import { sortedSegments, type SegmentName } from './segment-names';
import type { PolicyMark } from './journal-store';

/** What the next segment's checkpoint carries: the open incidents and the last policy seen, as written. */
export interface WrittenState {
  open: Map<string, Incident>;
  policy: PolicyMark;
}

/** The end of the journal as read at open (or after a failure): enough to go on writing. */
export interface JournalTail {
  written: WrittenState;
  /** The highest sequence number on disk (or in a segment name); the next record gets more. */
  seq: number;
  lastRecord?: JournalRecord;
  skipped: number;
  torn: boolean;
  newest?: SegmentName;
  newestContent?: SegmentContent;
}

export function emptyTail(): JournalTail {
  return { written: { open: new Map(), policy: null }, seq: 0, skipped: 0, torn: false };
}

/** Keeps the checkpoint state current with a record that is on disk. */
export function foldWritten(state: WrittenState, record: JournalRecord): void {
  if (record.type === 'journal.checkpoint') {
    state.open.clear();
    state.policy = record.policy;
  }
  if (record.type === 'policy.changed') state.policy = { hash: record.hash, sections: record.sections };
  applyRecord(state.open, record);
  if (record.type === 'incident.closed') state.open.delete(record.incident);
}

/**
 * Reads the newest segments back to one that starts with a checkpoint (a segment whose checkpoint
 * is torn needs the one before it) and folds them. An unreadable segment is skipped and counted.
 */
export async function readJournalTail(
  folder: string,
  readCap: number,
  log: (line: string) => void,
): Promise<JournalTail> {
  let names: string[] = [];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const segments = sortedSegments(names);
  const read: { segment: SegmentName; content: SegmentContent }[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as SegmentName;
    let content: SegmentContent;
    try {
      content = await readSegment(path.join(folder, segment.name), readCap);
    } catch (error) {
      log(`journal: skipping unreadable segment ${segment.name}: ${errorMessage(error)}`);
      content = { records: [], skipped: 1, torn: false, bytes: 0 };
    }
    read.unshift({ segment, content });
    if (content.records[0]?.type === 'journal.checkpoint') break;
  }
  const tail = emptyTail();
  for (const { segment, content } of read) {
    tail.seq = Math.max(tail.seq, segment.firstSeq);
    tail.skipped += content.skipped;
    for (const record of content.records) {
      foldWritten(tail.written, record);
      tail.seq = Math.max(tail.seq, record.seq);
    }
    tail.lastRecord = content.records.at(-1) ?? tail.lastRecord;
  }
  const newest = read.at(-1);
  if (newest) {
    tail.newest = newest.segment;
    tail.newestContent = newest.content;
    tail.torn = newest.content.torn;
  }
  if (tail.skipped) {
    log(
      `journal: skipped ${tail.skipped} unreadable line(s) in ${folder}${tail.torn ? ' (the last record was torn)' : ''}`,
    );
  }
  return tail;
}
