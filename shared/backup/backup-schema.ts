import { z } from 'zod';
import { messageSchema } from '../model/reading';

/** Long jobs the backup area runs, each reported through `backupProgress` events. */
export const backupJobKinds = ['backup', 'verify', 'restore', 'drill'] as const;
export const backupJobKindSchema = z.enum(backupJobKinds);
export type BackupJobKind = z.infer<typeof backupJobKindSchema>;

export const backupPhases = [
  'lock',
  'scan',
  'copy',
  'manifest',
  'prune',
  'verify',
  'restore',
  'cleanup',
  'done',
  'failed',
] as const;
export const backupPhaseSchema = z.enum(backupPhases);
export type BackupPhase = z.infer<typeof backupPhaseSchema>;

/** complete: every file is in it; partial: some files could not be copied (listed in the snapshot). */
export const snapshotStatusSchema = z.enum(['complete', 'partial']);

/** One snapshot as lists and the restore dialog show it; times are ISO UTC, shown in local time. */
export const snapshotSummarySchema = z
  .object({
    id: z.string(),
    destination: z.string(),
    createdAt: z.string(),
    status: snapshotStatusSchema,
    files: z.number().int().nonnegative(),
    bytes: z.number().nonnegative(),
    problems: z.number().int().nonnegative(),
    /** The safety copy taken right before a restore over the live data (undoes that restore; `latest` skips it). */
    preRestore: z.boolean(),
    sources: z.array(
      z
        .object({ name: z.string(), path: z.string(), files: z.number(), bytes: z.number(), carried: z.boolean() })
        .strict(),
    ),
    verified: z.object({ at: z.string(), ok: z.boolean() }).strict().nullable(),
  })
  .strict();
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

/** A problem told to people: a catalog message, and the raw OS facts for IT in `details`. */
export const backupErrorSchema = z
  .object({ message: messageSchema, details: z.record(z.string(), z.unknown()).optional() })
  .strict();
export type BackupError = z.infer<typeof backupErrorSchema>;

export const listSnapshotsResultSchema = z
  .object({
    configured: z.boolean(),
    snapshots: z.array(snapshotSummarySchema),
    /** Snapshots whose manifest was never written (a run that was killed): never counted, removed by the next run. */
    incomplete: z.number().int().nonnegative(),
    errors: z.array(z.object({ destination: z.string(), error: backupErrorSchema }).strict()),
  })
  .strict();
export type ListSnapshotsResult = z.infer<typeof listSnapshotsResultSchema>;

/** A job the area accepted (its progress follows as events with the same id) or why it did not. */
export const jobStartSchema = z.union([
  z.object({ accepted: z.literal(true), jobId: z.string() }).strict(),
  z.object({ accepted: z.literal(false), error: backupErrorSchema }).strict(),
]);
export type JobStart = z.infer<typeof jobStartSchema>;

/** What restoring over the live data would replace, and the token that confirms exactly this. */
export const restoreConfirmationSchema = z
  .object({
    needsConfirmation: z.literal(true),
    snapshotId: z.string(),
    replaces: z.array(
      z.object({ name: z.string(), path: z.string(), files: z.number().int(), bytes: z.number() }).strict(),
    ),
    confirmToken: z.string(),
  })
  .strict();
export type RestoreConfirmation = z.infer<typeof restoreConfirmationSchema>;

export const restoreStartSchema = z.union([jobStartSchema, restoreConfirmationSchema]);

export const restoreParamsSchema = z
  .object({
    /** A snapshot id, or `latest`. */
    snapshotId: z.string().min(1).max(100),
    /** Which destination to read from (path as in the policy); default: the first that has the snapshot. */
    destination: z.string().min(1).max(1024).optional(),
    /** A folder the user chose (must be empty or not exist), or the original folders (`original: true`). */
    target: z.union([
      z.object({ folder: z.string().min(1).max(1024) }).strict(),
      z.object({ original: z.literal(true) }).strict(),
    ]),
    /** For `original`: the token from the confirmation answer, naming exactly what will be replaced. */
    confirmToken: z.string().max(100).optional(),
  })
  .strict();

/** Progress of a backup, verification, restore or drill; `etaSeconds` is null until there is a rate to go by. */
export const backupProgressSchema = z
  .object({
    jobId: z.string(),
    kind: backupJobKindSchema,
    phase: backupPhaseSchema,
    destination: z.string().optional(),
    files: z.number().int().nonnegative(),
    bytes: z.number().nonnegative(),
    totalFiles: z.number().int().nonnegative(),
    totalBytes: z.number().nonnegative(),
    etaSeconds: z.number().nonnegative().nullable(),
    /** With `done` and `failed`: what happened, as a catalog message. */
    outcome: z.enum(['ok', 'partial', 'failed']).optional(),
    message: messageSchema.optional(),
  })
  .strict();
export type BackupProgress = z.infer<typeof backupProgressSchema>;

const lastRecord = z.object({ at: z.string(), ok: z.boolean(), snapshotId: z.string().nullable() }).strict();

/** The dashboard card: configured or not, RPO and RTO as numbers, what runs now and what ran last. */
export const backupStatusSchema = z
  .object({
    configured: z.boolean(),
    running: z.object({ jobId: z.string(), kind: backupJobKindSchema, startedAt: z.string() }).strict().nullable(),
    rpo: z
      .object({
        targetHours: z.number(),
        /** Age of the newest complete snapshot, seconds; null when there is none. */
        ageSeconds: z.number().nullable(),
        newestAt: z.string().nullable(),
      })
      .strict(),
    /** The measured recovery time: how long the last drill's restore took. */
    rto: z.object({ seconds: z.number().nullable(), at: z.string().nullable(), ok: z.boolean().nullable() }).strict(),
    lastRun: z
      .object({
        startedAt: z.string(),
        finishedAt: z.string(),
        outcome: z.enum(['ok', 'partial', 'failed']),
        message: messageSchema,
      })
      .strict()
      .nullable(),
    lastVerify: lastRecord.nullable(),
    nextRunAt: z.string().nullable(),
    destinations: z.array(
      z
        .object({
          path: z.string(),
          kind: z.enum(['folder', 'usb', 'network']),
          name: z.string(),
          newestAt: z.string().nullable(),
          newestStatus: snapshotStatusSchema.nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type BackupStatus = z.infer<typeof backupStatusSchema>;
