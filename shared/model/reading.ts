import { z } from 'zod';

/**
 * The four states every check reports; the names are part of the CLI's stable JSON contract
 * (docs/cli.md "What the states mean"):
 * - `ok`: checked, fine.
 * - `warning`: checked, someone should act soon.
 * - `fault`: checked, invoicing is or will be blocked.
 * - `unknown`: should have been readable and is not (the source worked before, or the policy asks
 *   for it); counts as a warning. A reading with `notChecked` is `unknown` too, but counts as nothing.
 */
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
    /**
     * The check was not made, on purpose: not configured by the policy, or not possible on this PC
     * (no SMART-capable disk or tool, no persistent system log, not an OS where it exists). The
     * summary says why. Such a reading is shown grey and never colours the overall state, the tray
     * or an exit code.
     */
    notChecked: z.literal(true).optional(),
  })
  .strict();
export type Reading = z.infer<typeof readingSchema>;

/** Whether a reading counts towards the overall state (everything but the not-checked). */
export function counts(reading: Pick<Reading, 'notChecked'>): boolean {
  return reading.notChecked !== true;
}

const statusRank: Record<CheckStatus, number> = { ok: 0, unknown: 1, warning: 2, fault: 3 };

/** The worse of two statuses; a check that could not run (unknown) outranks ok but not a warning. */
export function worstStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return statusRank[a] >= statusRank[b] ? a : b;
}
