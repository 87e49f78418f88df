import { z } from 'zod';
import { faultCategorySchema } from '../model/fault';
import { incidentStatusSchema, type Incident } from './incident';

/** The most incidents one query answers with (the History view pages by time range). */
export const maxQueryLimit = 1000;

/** A time the journal compares: ISO 8601 with a zone (`Z` or an offset), as Date.parse reads it. */
const zonedTime = z
  .string()
  .max(40)
  .refine((s) => /(Z|[+-]\d{2}:?\d{2})$/i.test(s) && Number.isFinite(Date.parse(s)), 'an ISO time with a zone');

/**
 * Which incidents a list wants. Times select incidents that were open at some moment between
 * `since` and `until` (so one that began before `since` and was still open then is included).
 * Practice incidents are never mixed in: `practice: true` asks for them alone.
 */
export const incidentQuerySchema = z
  .object({
    since: zonedTime.optional(),
    until: zonedTime.optional(),
    faultId: z.string().min(1).max(200).optional(),
    category: faultCategorySchema.optional(),
    status: incidentStatusSchema.optional(),
    practice: z.boolean().default(false),
    limit: z.number().int().min(1).max(maxQueryLimit).default(200),
  })
  .strict();
export type IncidentQuery = z.infer<typeof incidentQuerySchema>;
export type IncidentQueryInput = z.input<typeof incidentQuerySchema>;

/** Whether one incident answers the query (its limit aside). */
export function matchesQuery(incident: Incident, query: IncidentQuery): boolean {
  if (incident.practice !== query.practice) return false;
  if (query.faultId !== undefined && incident.faultId !== query.faultId) return false;
  if (query.category !== undefined && incident.category !== query.category) return false;
  if (query.status !== undefined && incident.status !== query.status) return false;
  if (query.until !== undefined && Date.parse(incident.openedAt) > Date.parse(query.until)) return false;
  if (query.since !== undefined && incident.closedAt !== undefined) {
    if (Date.parse(incident.closedAt) < Date.parse(query.since)) return false;
  }
  return true;
}
