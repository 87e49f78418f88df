import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Incident } from '../../../shared/journal/incident';
import { applyRecord } from '../../../shared/journal/fold-incidents';
import { matchesQuery, type IncidentQuery } from '../../../shared/journal/incident-query';
import type { JournalRecord } from '../../../shared/journal/record-schema';
import { errorMessage } from '../../../shared/error-message';
import { readSegment, type SegmentContent } from './read-segment';
import { sortedSegments, type SegmentName } from './segment-names';

/** Parsed closed segments, kept between queries: a closed segment never changes. */
export type SegmentCache = Map<string, SegmentContent>;
const cacheSize = 16;

export interface ReadOptions {
  /** The largest segment file read (the policy's segment size plus slack). */
  maxSegmentBytes: number;
  cache?: SegmentCache;
  log?: (line: string) => void;
}

export interface QueryResult {
  incidents: Incident[];
  /** Lines of the segments read that were not records (torn or junk): reported, never fatal. */
  skipped: number;
  torn: boolean;
  /** More incidents matched than the limit (or older segments were left unread once it was reached). */
  truncated: boolean;
  segmentsRead: number;
}

/**
 * Walks the journal newest segment first and folds incidents in one pass backwards: records about
 * an incident are held until its `incident.opened` (or the checkpoint that carries it) is reached,
 * then applied in order. Stops once `limit` matching incidents opened in the segments read are
 * complete, or once the segments left end before `since`. So "the last 1,000" reads a few segments,
 * not the whole journal.
 */
export async function queryIncidents(folder: string, query: IncidentQuery, options: ReadOptions): Promise<QueryResult> {
  const walk = createBackwardFold();
  const sinceMs = query.since !== undefined ? Date.parse(query.since) : undefined;
  let counted = 0;
  const result = await walkSegments(
    folder,
    options,
    (segment, content) => {
      for (const incident of walk.segment(content.records)) {
        if (incident.openedSeq >= segment.firstSeq && matchesQuery(incident, query)) counted++;
      }
      return counted >= query.limit ? 'stop' : 'continue';
    },
    // The newer segment's checkpoint holds every incident still open when it began, so a segment
    // that ended before `since` has nothing more to give.
    (segment, newer) =>
      sinceMs !== undefined && newer.startsWithCheckpoint && upperBound(segment, newer.segment) < sinceMs,
  );
  const matching = walk
    .complete()
    .filter((i) => matchesQuery(i, query))
    .sort((a, b) => b.openedSeq - a.openedSeq);
  return {
    incidents: matching.slice(0, query.limit),
    skipped: result.skipped,
    torn: result.torn,
    truncated: matching.length > query.limit || result.stoppedEarly === 'limit',
    segmentsRead: result.segmentsRead,
  };
}

/** One incident by id, however old (reads back until its start is found). */
export async function findIncident(
  folder: string,
  id: string,
  options: ReadOptions,
): Promise<{ incident?: Incident; skipped: number }> {
  const walk = createBackwardFold();
  let found: Incident | undefined;
  const result = await walkSegments(folder, options, (_segment, content) => {
    found = walk.segment(content.records).find((i) => i.id === id);
    return found ? 'stop' : 'continue';
  });
  return { ...(found ? { incident: found } : {}), skipped: result.skipped };
}

/** Records not tied to an incident since a moment (core restarts, policy changes, lookups with no fault open, tickets). */
export async function recentEvents(
  folder: string,
  sinceMs: number,
  options: ReadOptions,
  limit = 500,
): Promise<JournalRecord[]> {
  const events: JournalRecord[] = [];
  await walkSegments(
    folder,
    options,
    (_segment, content) => {
      for (const r of [...content.records].reverse()) {
        if (Date.parse(r.at) < sinceMs || r.type === 'journal.checkpoint') continue;
        if ('incident' in r && r.incident !== undefined && r.type !== 'support.ticket') continue;
        events.push(r);
      }
      return events.length >= limit ? 'stop' : 'continue';
    },
    (segment, newer) => upperBound(segment, newer.segment) < sinceMs,
  );
  return events.slice(0, limit).reverse();
}

type Verdict = 'continue' | 'stop';
interface Newer {
  segment: SegmentName;
  startsWithCheckpoint: boolean;
}

async function walkSegments(
  folder: string,
  options: ReadOptions,
  visit: (segment: SegmentName, content: SegmentContent) => Verdict,
  /** Asked before reading an older segment: true ends the walk there. */
  endsBefore: (segment: SegmentName, newer: Newer) => boolean = () => false,
): Promise<{ skipped: number; torn: boolean; segmentsRead: number; stoppedEarly?: 'limit' }> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { skipped: 0, torn: false, segmentsRead: 0 };
    throw error;
  }
  const segments = sortedSegments(names);
  let skipped = 0;
  let torn = false;
  let segmentsRead = 0;
  let newer: Newer | undefined;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as SegmentName;
    if (newer && endsBefore(segment, newer)) break;
    const content = await readCached(folder, segment, options);
    segmentsRead++;
    skipped += content.skipped;
    torn ||= content.torn;
    const verdict = visit(segment, content);
    if (verdict === 'stop')
      return { skipped, torn, segmentsRead, ...(i > 0 ? { stoppedEarly: 'limit' as const } : {}) };
    newer = { segment, startsWithCheckpoint: content.records[0]?.type === 'journal.checkpoint' };
  }
  return { skipped, torn, segmentsRead };
}

async function readCached(folder: string, segment: SegmentName, options: ReadOptions): Promise<SegmentContent> {
  const cached = options.cache?.get(segment.name);
  if (cached) return cached;
  let content: SegmentContent;
  try {
    content = await readSegment(path.join(folder, segment.name), options.maxSegmentBytes);
  } catch (error) {
    options.log?.(`journal: skipping unreadable segment ${segment.name}: ${errorMessage(error)}`);
    return { records: [], skipped: 1, torn: false, bytes: 0 };
  }
  // Only closed segments are cached: the one being written grows.
  if (options.cache && segment.lastAt !== undefined) {
    options.cache.set(segment.name, content);
    if (options.cache.size > cacheSize) options.cache.delete(options.cache.keys().next().value as string);
  }
  return content;
}

/** The newest time a segment can hold: its own last time, or the next segment's first. */
function upperBound(segment: SegmentName, next: SegmentName): number {
  return segment.lastAt ?? next.firstAt;
}

/**
 * Folds incidents while records arrive newest first: later records wait for their incident's
 * start; `segment()` returns the incidents completed by that segment.
 */
function createBackwardFold() {
  const waiting = new Map<string, JournalRecord[]>();
  const complete = new Map<string, Incident>();
  const finish = (start: (map: Map<string, Incident>) => void, id: string): Incident | undefined => {
    const map = new Map<string, Incident>();
    start(map);
    for (const later of (waiting.get(id) ?? []).reverse()) applyRecord(map, later);
    waiting.delete(id);
    const incident = map.get(id);
    if (incident) complete.set(id, incident);
    return incident;
  };
  return {
    segment(records: readonly JournalRecord[]): Incident[] {
      const done: Incident[] = [];
      for (let i = records.length - 1; i >= 0; i--) {
        const r = records[i] as JournalRecord;
        if (r.type === 'incident.opened') {
          if (complete.has(r.incident)) continue;
          const incident = finish((map) => applyRecord(map, r), r.incident);
          if (incident) done.push(incident);
        } else if (r.type === 'journal.checkpoint') {
          for (const open of r.open) {
            if (complete.has(open.id)) continue;
            const incident = finish((map) => map.set(open.id, structuredClone(open)), open.id);
            if (incident) done.push(incident);
          }
        } else if ('incident' in r && r.incident !== undefined && !complete.has(r.incident)) {
          const list = waiting.get(r.incident) ?? [];
          list.push(r);
          waiting.set(r.incident, list);
        }
      }
      return done;
    },
    complete: () => [...complete.values()],
  };
}
