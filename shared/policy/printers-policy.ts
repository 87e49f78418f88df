import { z } from 'zod';

/** Which printer prints the invoices and when its queue counts as stuck. */
export const printersPolicySchema = z
  .object({
    /** false on workstations that print no paper invoices (数电票 only): the check is not run at all. */
    enabled: z.boolean().default(true),
    /**
     * The invoice printer: its exact queue name (case-insensitive), or a pattern with `*` and `?`
     * such as `*DS-1100*` or `Jolimark*`. null means "the default printer", and then a missing
     * default printer is itself a fault (`printer.no-default`).
     */
    invoicePrinter: z.string().min(1).max(256).nullable().default(null),
    /** A job waiting longer than this is stuck (a dot-matrix invoice prints in well under a minute). */
    stuckJobMinutes: z.number().int().min(1).max(1440).default(10),
    /** The queue query is cheap (one lpstat, or one call into the shared PowerShell). */
    intervalSeconds: z.number().int().min(5).max(86_400).default(30),
  })
  .strict();
export type PrintersPolicy = z.infer<typeof printersPolicySchema>;
