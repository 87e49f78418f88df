import { z } from 'zod';

/** The four states every check reports; the names are part of the CLI's stable JSON contract. */
export const checkStatuses = ['ok', 'warning', 'fault', 'unknown'] as const;
export const checkStatusSchema = z.enum(checkStatuses);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

/**
 * A user-facing text as a catalog key plus parameters, rendered in the reader's language at the edge
 * (CLI, renderer), so the core never decides the language.
 */
export const messageSchema = z
  .object({
    key: z.string().min(1).max(200),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .strict();
export type Message = z.infer<typeof messageSchema>;

/** Machine-readable facts behind a reading; JSON values only so they cross every process boundary. */
export const detailsSchema = z.record(z.string(), z.unknown());
export type Details = Record<string, unknown>;

/** One check's latest result. */
export const readingSchema = z
  .object({
    id: z.string().min(1).max(200),
    area: z.string().min(1).max(50),
    status: checkStatusSchema,
    summary: messageSchema,
    details: detailsSchema,
    checkedAt: z.string(),
    durationMs: z.number().nonnegative(),
  })
  .strict();
export type Reading = z.infer<typeof readingSchema>;

const statusRank: Record<CheckStatus, number> = { ok: 0, unknown: 1, warning: 2, fault: 3 };

/** The worse of two statuses; a check that could not run (unknown) outranks ok but not a warning. */
export function worstStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return statusRank[a] >= statusRank[b] ? a : b;
}
