import { z } from 'zod';
import { checkStatusSchema, messageSchema, readingSchema } from '../model/reading';
import { faultCategorySchema, severitySchema } from '../model/fault';

const isoTime = z.string().max(40);

/** One raw USB change as the USB area's tracker saw it (electron/core/areas/usb/device-tracker.ts). */
export const usbEventSchema = z
  .object({
    at: isoTime,
    type: z.string().max(40),
    key: z.string().max(200),
    vidPid: z.string().max(20),
    port: z.string().max(100),
    role: z.string().max(50),
  })
  .strict();
export type UsbEventRecord = z.infer<typeof usbEventSchema>;

/** The readings of an incident's own checks, at one end of it. */
export const incidentReadingsSchema = z.array(readingSchema).max(50);

export const incidentStatuses = ['open', 'closed'] as const;
export const incidentStatusSchema = z.enum(incidentStatuses);
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;

/**
 * One incident as folded from the journal's records: a fault from the moment it appeared to the
 * moment it cleared, with everything that happened in between. `id` is `i<seq>`, the sequence number
 * of its `incident.opened` record, so a reader can find the segment it starts in.
 */
export const incidentSchema = z
  .object({
    id: z.string().min(1).max(40),
    openedSeq: z.number().int().nonnegative(),
    faultId: z.string().max(200),
    category: faultCategorySchema,
    /** The worst severity the fault reached while open. */
    severity: severitySchema,
    guide: z.string().max(200),
    checkIds: z.array(z.string().max(200)).max(100),
    evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** When the journal opened it (UTC); `faultSince` is when the core first saw the fault. */
    openedAt: isoTime,
    faultSince: isoTime,
    status: incidentStatusSchema,
    closedAt: isoTime.optional(),
    closedHow: z.enum(['cleared', 'check-removed', 'practice-ended']).optional(),
    practice: z.boolean(),
    readingsAtOpen: incidentReadingsSchema,
    readingsAtClose: incidentReadingsSchema,
    usbEvents: z.array(usbEventSchema).max(1000),
    notes: z.array(z.object({ at: isoTime, text: z.string().max(2000) }).strict()).max(500),
    steps: z.array(z.object({ at: isoTime, step: z.number().int(), done: z.boolean() }).strict()).max(500),
    rechecks: z
      .array(
        z
          .object({
            at: isoTime,
            step: z.number().int(),
            worked: z.boolean(),
            readings: z
              .array(z.object({ id: z.string(), status: checkStatusSchema, summary: messageSchema }).strict())
              .max(50),
          })
          .strict(),
      )
      .max(500),
    codes: z
      .array(
        z
          .object({
            at: isoTime,
            text: z.string().max(200),
            recognised: z.boolean(),
            code: z.string().max(20).optional(),
            key: z.string().max(100).optional(),
          })
          .strict(),
      )
      .max(500),
    tickets: z
      .array(z.object({ at: isoTime, ticket: z.string().max(80), state: z.string().max(20) }).strict())
      .max(500),
  })
  .strict();
export type Incident = z.infer<typeof incidentSchema>;

/** What a list shows of an incident (the timeline view, the dashboard, the CSV export). */
export const incidentSummarySchema = z
  .object({
    id: z.string(),
    faultId: z.string(),
    category: faultCategorySchema,
    severity: severitySchema,
    guide: z.string(),
    status: incidentStatusSchema,
    openedAt: isoTime,
    closedAt: isoTime.optional(),
    practice: z.boolean(),
    notes: z.number().int().nonnegative(),
    lastNote: z.string().max(2000).optional(),
    stepsDone: z.number().int().nonnegative(),
    rechecks: z.number().int().nonnegative(),
    codes: z.array(z.string().max(20)).max(50),
  })
  .strict();
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

/** The list view of an incident. */
export function summarise(incident: Incident): IncidentSummary {
  const lastNote = incident.notes.at(-1)?.text;
  const done = new Set<number>();
  for (const s of incident.steps) {
    if (s.done) done.add(s.step);
    else done.delete(s.step);
  }
  return {
    id: incident.id,
    faultId: incident.faultId,
    category: incident.category,
    severity: incident.severity,
    guide: incident.guide,
    status: incident.status,
    openedAt: incident.openedAt,
    ...(incident.closedAt ? { closedAt: incident.closedAt } : {}),
    practice: incident.practice,
    notes: incident.notes.length,
    ...(lastNote !== undefined ? { lastNote } : {}),
    stepsDone: done.size,
    rechecks: incident.rechecks.length,
    codes: [...new Set(incident.codes.flatMap((c) => (c.code ? [c.code] : [])))].slice(0, 50),
  };
}
