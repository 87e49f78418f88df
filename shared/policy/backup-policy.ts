import { z } from 'zod';

/** An absolute path as IT writes it: `C:\…`, `\\server\share\…` or `/…` (checked again on the machine itself). */
const absolutePath = z
  .string()
  .min(2)
  .max(1024)
  .regex(/^([A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+|\/)/, 'policy.rule.backupAbsolutePath');

const note = z.string().max(2000).optional();

/** A folder of the invoicing software's data; `name` is the folder's name inside a snapshot and a restore. */
const sourceSchema = z
  .object({
    path: absolutePath,
    /** Defaults to the folder's own name; must be unique (it names the folder a restore creates). */
    name: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[^\\/:*?"<>|]+$/, 'policy.rule.backupName')
      .optional(),
    note,
  })
  .strict();

/** Where snapshots go: a local folder, a USB drive, a network share path (the store is a folder inside it). */
const destinationSchema = z
  .object({
    path: absolutePath,
    kind: z.enum(['folder', 'usb', 'network']).default('folder'),
    name: z.string().min(1).max(80).optional(),
    note,
  })
  .strict();

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'policy.rule.timeOfDay');

/** Exactly one of: every day at a local time, or every so many hours. */
const scheduleSchema = z
  .object({
    dailyAt: timeOfDay.optional(),
    everyHours: z.number().min(0.25).max(168).optional(),
  })
  .strict()
  .refine((s) => (s.dailyAt === undefined) !== (s.everyHours === undefined), {
    message: 'policy.rule.backupScheduleOne',
  });

const retentionSchema = z
  .object({
    /** The newest this many snapshots are kept... */
    keepLast: z.number().int().min(1).max(10_000).default(30),
    /** ...and every snapshot younger than this many days (restic's keep-last plus keep-within). */
    keepDays: z.number().int().min(0).max(3650).default(90),
  })
  .strict();

/** Strips the trailing separator and unifies separators and case, to compare two policy paths. */
function comparable(p: string): string {
  const unified = p.replace(/\\/g, '/').replace(/\/+$/, '');
  return /^[A-Za-z]:/.test(unified) || unified.startsWith('//') ? unified.toLowerCase() : unified;
}

function inside(child: string, parent: string): boolean {
  const c = comparable(child);
  const p = comparable(parent);
  return c === p || c.startsWith(`${p}/`);
}

/** The last part of a policy path (a source's default name). */
export function baseName(p: string): string {
  const parts = comparable(p).split('/').filter(Boolean);
  return parts.at(-1) ?? p;
}

/**
 * Backups of the invoicing software's data (docs/backup.md). With no sources or no destinations
 * the area runs no check and no backup: the dashboard shows it as not configured.
 */
export const backupPolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    sources: z.array(sourceSchema).max(32).default([]),
    destinations: z.array(destinationSchema).max(8).default([]),
    schedule: scheduleSchema.prefault({ dailyAt: '12:30' }),
    /** Recovery point objective: the newest good backup may be at most this old. Daily runs plus slack. */
    rpoHours: z.number().min(0.25).max(8760).default(26),
    retention: retentionSchema.prefault({}),
    /** Every so many days the newest snapshot is read back and re-hashed in full. */
    verifyIntervalDays: z.number().int().min(1).max(365).default(7),
    /** Every so many days the newest snapshot is restored to a temporary folder and timed (the measured RTO). */
    drillIntervalDays: z.number().int().min(1).max(365).default(30),
    /** Glob patterns (relative to a source; a pattern without "/" matches a name anywhere), e.g. "*.tmp". */
    exclude: z.array(z.string().min(1).max(256)).max(100).default([]),
    /** A source with this many percent fewer files than in the last snapshot counts as data missing. */
    dataLossPercent: z.number().int().min(10).max(100).default(50),
    /** How often the backup checks (freshness, destinations, the source watch) run. */
    checkIntervalSeconds: z.number().int().min(30).max(86_400).default(300),
    note,
  })
  .strict()
  .superRefine((b, ctx) => {
    const names = b.sources.map((s) => (s.name ?? baseName(s.path)).toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i)
        ctx.addIssue({ code: 'custom', message: 'policy.rule.uniqueNames', path: ['sources', i, 'name'] });
    });
    b.destinations.forEach((d, i) => {
      b.sources.forEach((s) => {
        if (inside(d.path, s.path) || inside(s.path, d.path))
          ctx.addIssue({ code: 'custom', message: 'policy.rule.backupOverlap', path: ['destinations', i, 'path'] });
      });
      if (b.destinations.findIndex((o) => comparable(o.path) === comparable(d.path)) !== i)
        ctx.addIssue({ code: 'custom', message: 'policy.rule.uniqueNames', path: ['destinations', i, 'path'] });
    });
  });
export type BackupPolicy = z.infer<typeof backupPolicySchema>;

/** True when the policy names something to back up and somewhere to put it. */
export function backupConfigured(policy: BackupPolicy): boolean {
  return policy.enabled && policy.sources.length > 0 && policy.destinations.length > 0;
}

/** The name a source has inside snapshots and restores. */
export function sourceName(source: BackupPolicy['sources'][number]): string {
  return source.name ?? baseName(source.path);
}
