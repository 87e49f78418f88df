import { z } from 'zod';

/** The four kinds of failure users already know (hardware, software, network, data). */
export const faultCategories = ['hardware', 'software', 'network', 'data'] as const;
export const faultCategorySchema = z.enum(faultCategories);
export type FaultCategory = z.infer<typeof faultCategorySchema>;

/** critical: invoicing is blocked now; warning: it will be soon or is at risk; info: worth knowing. */
export const severities = ['critical', 'warning', 'info'] as const;
export const severitySchema = z.enum(severities);
export type Severity = z.infer<typeof severitySchema>;

const evidenceValue = z.union([z.string(), z.number(), z.boolean()]);

/** A diagnosed fault: which rule fired, on which checks' readings, since when. */
export const faultSchema = z
  .object({
    id: z.string().min(1).max(200),
    category: faultCategorySchema,
    severity: severitySchema,
    /** The guide that walks the user out of this fault (see shared/faults/catalog.ts). */
    guide: z.string().min(1).max(200),
    checkIds: z.array(z.string()).max(100),
    evidence: z.record(z.string(), evidenceValue).optional(),
    since: z.string(),
  })
  .strict();
export type Fault = z.infer<typeof faultSchema>;

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first, then by id so output is stable between runs. */
export function compareFaults(a: Fault, b: Fault): number {
  return severityRank[a.severity] - severityRank[b.severity] || a.id.localeCompare(b.id);
}
