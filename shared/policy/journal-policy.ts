import { z } from 'zod';

/** An absolute folder: `/var/…`, `C:\…`, `C:/…` or a UNC share `\\server\…` (the core has no working directory to be relative to). */
export const absolutePathSchema = z
  .string()
  .min(2)
  .max(1024)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\)/, 'policy.rule.absolutePath');

/**
 * The incident journal (docs/journal.md): where it lives, when a segment file is closed and a new
 * one started, and how long old segments are kept. The folder is the data folder's `journal` unless
 * IT moves it (for example to a disk that is backed up).
 */
export const journalPolicySchema = z
  .object({
    /** Absolute folder of the journal; null: `journal` inside the data folder. */
    folder: absolutePathSchema.nullable().default(null),
    /** A segment file is closed and a new one started when it would pass this size. */
    segmentMiB: z.number().int().min(1).max(256).default(4),
    /** The oldest closed segments are deleted while all segments together are larger than this. */
    maxTotalMiB: z.number().int().min(8).max(10_240).default(256),
    /** Closed segments whose newest record is older than this are deleted. */
    retentionDays: z.number().int().min(7).max(3650).default(365),
    /** Raw USB events from this many minutes before a fault opened are kept with its incident. */
    usbEventsMinutes: z.number().int().min(0).max(240).default(10),
  })
  .strict();
export type JournalPolicy = z.infer<typeof journalPolicySchema>;
