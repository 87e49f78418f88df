import { z } from 'zod';
import { messageSchema } from '../model/reading';
import { languages } from '../i18n/define-catalog';
import { incidentSchema, incidentSummarySchema } from './incident';
import { incidentQuerySchema } from './incident-query';

/** The caller's language for texts the core renders (CSV headers, summaries): the core never picks one. */
export const languageSchema = z.enum(languages);

/** Whether the journal is being written, and if not why (the History view shows it as a banner). */
export const journalStatusSchema = z
  .object({
    mode: z.enum(['starting', 'writing', 'read-only', 'failing', 'closed']),
    folder: z.string(),
    error: messageSchema.optional(),
    errorAt: z.string().optional(),
    /** Unreadable lines found when the journal was opened (a torn last record among them). */
    skippedAtOpen: z.number().int().nonnegative(),
    tornAtOpen: z.boolean(),
  })
  .strict();
export type JournalStatus = z.infer<typeof journalStatusSchema>;

export const incidentListSchema = z
  .object({
    incidents: z.array(incidentSummarySchema),
    /** Lines of the journal read that were not records: shown as a warning, never an error. */
    skipped: z.number().int().nonnegative(),
    torn: z.boolean(),
    truncated: z.boolean(),
  })
  .strict();
export type IncidentList = z.infer<typeof incidentListSchema>;

/** The dashboard's line: open incidents and "last problem: …"; pushed as the `incidents` event. */
export const incidentOverviewSchema = z
  .object({
    practice: z.boolean(),
    open: z.array(incidentSummarySchema),
    last: incidentSummarySchema.optional(),
    status: journalStatusSchema,
  })
  .strict();
export type IncidentOverview = z.infer<typeof incidentOverviewSchema>;

export const journalRequests = {
  /** History: incidents by time range, fault, category and status, newest first. */
  listIncidents: { params: incidentQuerySchema, result: incidentListSchema },
  getIncident: {
    params: z.object({ id: z.string().min(1).max(40) }).strict(),
    result: z.object({ incident: incidentSchema }).strict(),
  },
  /** The user's own words on an incident; `saved: false` with the reason when the disk refuses. */
  addIncidentNote: {
    params: z.object({ id: z.string().min(1).max(40), text: z.string().trim().min(1).max(2000) }).strict(),
    result: z
      .object({ saved: z.boolean(), incident: incidentSchema.optional(), error: messageSchema.optional() })
      .strict(),
  },
  /** The History view's CSV (UTF-8 with BOM, headers in `language`), for Excel and WPS. */
  exportIncidents: {
    params: z.object({ query: incidentQuerySchema.prefault({}), language: languageSchema }).strict(),
    result: z.object({ csv: z.string(), fileName: z.string(), count: z.number().int().nonnegative() }).strict(),
  },
  getIncidentOverview: { params: z.object({}).strict(), result: incidentOverviewSchema },
} as const;
