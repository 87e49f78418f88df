import { z } from 'zod';
import { checkStatusSchema, messageSchema } from '../model/reading';
import { faultSchema, severitySchema } from '../model/fault';
import { incidentReadingsSchema, incidentSchema, usbEventSchema } from './incident';

/**
 * One line of the journal (docs/journal.md): an event, never a state. Incidents are folded from
 * these records (fold-incidents.ts). Version 1; a reader skips (and counts) any line that does not
 * parse as one of these, so a newer writer's unknown type never stops an older reader.
 */
const isoTime = z.string().max(40);
const incidentId = z.string().min(1).max(40);
const shortText = z.string().max(2000);

const base = {
  v: z.literal(1),
  /** Position in the journal: increases by one per record, across segments and restarts (gaps allowed). */
  seq: z.number().int().nonnegative(),
  /** When the record was made, by the wall clock of this computer (UTC, ISO 8601). */
  at: isoTime,
  /** Written during a practice drill: kept apart from real incidents in every query. */
  practice: z.literal(true).optional(),
};

const record = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ ...base, type: z.literal(type), ...shape }).strict();

export const journalRecordSchema = z.discriminatedUnion('type', [
  /**
   * First record of every segment: the state a reader needs without the segments before it (the
   * open incidents, the last policy seen), so retention can delete old segments safely.
   */
  record('journal.checkpoint', {
    open: z.array(incidentSchema).max(500),
    policy: z.object({ hash: z.string().max(80), sections: z.record(z.string(), z.string().max(80)) }).nullable(),
  }),
  record('core.started', {
    pid: z.number().int(),
    version: z.string().max(100),
    platform: z.string().max(40),
    /** How the previous run ended: `unclean` means it was killed or crashed (no core.stopped). */
    previous: z.enum(['first', 'clean', 'unclean']),
  }),
  record('core.stopped', {}),
  record('policy.changed', {
    source: z.string().max(20),
    path: z.string().max(1024).optional(),
    hash: z.string().max(80),
    /** A hash of each section, so the next start can say which sections changed. */
    sections: z.record(z.string(), z.string().max(80)),
    /** The sections whose content differs from the last policy seen (all of them the first time). */
    changed: z.array(z.string().max(40)).max(50),
  }),
  record('practice.started', { scenarioId: z.string().max(100) }),
  record('practice.ended', { scenarioId: z.string().max(100) }),
  record('incident.opened', {
    incident: incidentId,
    fault: faultSchema,
    readings: incidentReadingsSchema,
    usb: z.array(usbEventSchema).max(500),
  }),
  record('incident.updated', {
    incident: incidentId,
    severity: severitySchema.optional(),
    checkIds: z.array(z.string().max(200)).max(100).optional(),
  }),
  record('incident.note', { incident: incidentId, text: shortText }),
  /** A guide step marked done or undone; without `incident` when no fault of that guide was open. */
  record('incident.step', {
    incident: incidentId.optional(),
    guide: z.string().max(200),
    step: z.number().int().min(1).max(50),
    done: z.boolean(),
  }),
  record('incident.recheck', {
    incident: incidentId.optional(),
    guide: z.string().max(200),
    step: z.number().int().min(1).max(50),
    worked: z.boolean(),
    readings: z
      .array(z.object({ id: z.string().max(200), status: checkStatusSchema, summary: messageSchema }).strict())
      .max(50),
  }),
  /** An error code the user looked up (what they typed, cut to 200 characters, and what it means). */
  record('incident.code', {
    incident: incidentId.optional(),
    text: z.string().max(200),
    recognised: z.boolean(),
    code: z.string().max(20).optional(),
    key: z.string().max(100).optional(),
    guide: z.string().max(200).optional(),
  }),
  record('incident.closed', {
    incident: incidentId,
    /** cleared: a fresh reading no longer shows the fault; check-removed: its check no longer runs here. */
    how: z.enum(['cleared', 'check-removed', 'practice-ended']),
    readings: incidentReadingsSchema,
    usb: z.array(usbEventSchema).max(500),
  }),
  record('support.bundle', {
    incident: incidentId.optional(),
    file: z.string().max(300),
    bytes: z.number().int().nonnegative(),
  }),
  record('support.ticket', {
    incident: incidentId.optional(),
    ticket: z.string().max(80),
    state: z.enum(['queued', 'attempt-failed', 'delivered', 'rejected', 'expired']),
    attempt: z.number().int().nonnegative().optional(),
    status: z.number().int().optional(),
    reason: z.string().max(500).optional(),
  }),
]);
export type JournalRecord = z.infer<typeof journalRecordSchema>;
export type JournalRecordType = JournalRecord['type'];
/** A record as the writer is handed it: the journal adds `v`, `seq` and (unless given) `at`. */
export type NewRecord = DistributiveOmit<JournalRecord, 'v' | 'seq' | 'at'> & { at?: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Parses one journal line; undefined for a torn, junk or unknown line (the caller counts it). */
export function parseRecordLine(line: string): JournalRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = journalRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
