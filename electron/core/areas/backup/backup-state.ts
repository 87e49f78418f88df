import { mkdir, rename, writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { acquireLock } from './file-lock';
import { readCapped } from '../../../util/read-capped-file';
import { errorMessage } from '../../../../shared/error-message';

const maxStateBytes = 4 * 1024 * 1024;

const failureSchema = z
  .object({ kind: z.string(), details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) })
  .strict();

const problemSchema = z.object({ source: z.string(), path: z.string(), reason: z.string(), code: z.string() }).strict();

const destinationRunSchema = z
  .object({
    path: z.string(),
    outcome: z.enum(['ok', 'partial', 'failed']),
    snapshotId: z.string().nullable(),
    files: z.number(),
    bytes: z.number(),
    readFiles: z.number(),
    addedBytes: z.number(),
    problems: z.array(problemSchema),
    problemCount: z.number().int(),
    dataMissing: z.array(
      z.object({ source: z.string(), reason: z.string(), before: z.number(), now: z.number() }).strict(),
    ),
    error: failureSchema.nullable(),
    /** With `--verify` / `verify: true`: the new snapshot read back and re-hashed. */
    verified: z.object({ ok: z.boolean(), files: z.number(), problems: z.number() }).strict().nullable().default(null),
  })
  .strict();
export type DestinationRun = z.infer<typeof destinationRunSchema>;

const runSchema = z
  .object({
    trigger: z.enum(['schedule', 'manual', 'pre-restore']),
    startedAt: z.string(),
    finishedAt: z.string(),
    outcome: z.enum(['ok', 'partial', 'failed']),
    destinations: z.array(destinationRunSchema),
  })
  .strict();
export type RunRecord = z.infer<typeof runSchema>;

const verifySchema = z
  .object({
    at: z.string(),
    snapshotId: z.string().nullable(),
    ok: z.boolean(),
    files: z.number(),
    bytes: z.number(),
    problems: z.number().int(),
    firstProblem: z.string().nullable(),
    error: failureSchema.nullable(),
  })
  .strict();
export type VerifyRecord = z.infer<typeof verifySchema>;

const drillSchema = z
  .object({
    at: z.string(),
    snapshotId: z.string().nullable(),
    ok: z.boolean(),
    seconds: z.number().nullable(),
    files: z.number(),
    bytes: z.number(),
    problems: z.number().int(),
    error: failureSchema.nullable(),
  })
  .strict();
export type DrillRecord = z.infer<typeof drillSchema>;

const destinationStateSchema = z
  .object({
    storeId: z.string().nullable().default(null),
    lastSnapshot: z
      .object({ id: z.string(), at: z.string(), status: z.enum(['complete', 'partial']) })
      .strict()
      .nullable()
      .default(null),
    lastComplete: z.object({ id: z.string(), at: z.string() }).strict().nullable().default(null),
    lastVerify: verifySchema.nullable().default(null),
    lastDrill: drillSchema.nullable().default(null),
    /** Bytes the last run added; with the sources' size it estimates what the next run needs. */
    lastAddedBytes: z.number().nonnegative().default(0),
  })
  .strict();
export type DestinationState = z.infer<typeof destinationStateSchema>;

export const backupStateSchema = z
  .object({
    version: z.literal(1).default(1),
    lastRun: runSchema.nullable().default(null),
    destinations: z.record(z.string(), destinationStateSchema).default({}),
    /** When the scheduler last started a run (so a restart never repeats it). */
    lastScheduledAt: z.string().nullable().default(null),
    /** Files and bytes per source at the last snapshot: the watcher's baseline between runs. */
    sources: z
      .record(z.string(), z.object({ files: z.number(), bytes: z.number(), at: z.string() }).strict())
      .default({}),
  })
  .strict();
export type BackupState = z.infer<typeof backupStateSchema>;

export function emptyBackupState(): BackupState {
  return backupStateSchema.parse({});
}

export function destinationState(state: BackupState, destination: string): DestinationState {
  return state.destinations[destination] ?? destinationStateSchema.parse({});
}

/** "State of the last backup": the one interface evaluation reads (practice mode may script it). */
export interface BackupStateSource {
  read(): Promise<BackupState>;
}

export interface BackupStateStore extends BackupStateSource {
  /** Read-modify-write under a lock beside the file, so the CLI and the app's core never lose each other's update. */
  update(change: (state: BackupState) => void): Promise<BackupState>;
}

/**
 * The state file in the data directory. Missing: empty state. Unreadable or of unknown shape: it
 * is renamed aside (`.corrupt-<time>`, nothing deleted) and the state starts empty. Saves are
 * atomic (temp file, then rename).
 */
export function openBackupState(file: string, log: (line: string) => void = () => {}): BackupStateStore {
  async function read(): Promise<BackupState> {
    let buffer: Buffer;
    try {
      buffer = await readCapped(file, maxStateBytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyBackupState();
      return setAside(errorMessage(error));
    }
    try {
      const parsed = backupStateSchema.safeParse(JSON.parse(buffer.toString('utf8')));
      if (parsed.success) return parsed.data;
      return setAside('unknown shape');
    } catch (error) {
      return setAside(errorMessage(error));
    }
  }
  async function setAside(reason: string): Promise<BackupState> {
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, aside).catch(() => {});
    log(`backup state ${file} was not usable (${reason}); moved to ${aside}, starting empty`);
    return emptyBackupState();
  }
  return {
    read,
    async update(change) {
      await mkdir(path.dirname(file), { recursive: true });
      const lockFile = `${file}.lock`;
      let attempt = await acquireLock(lockFile, { purpose: 'state', staleMs: 30_000 });
      for (let i = 0; !attempt.ok && i < 100; i++) {
        await new Promise((r) => setTimeout(r, 50));
        attempt = await acquireLock(lockFile, { purpose: 'state', staleMs: 30_000 });
      }
      if (!attempt.ok) throw new Error(`backup state ${file} is locked by another process`);
      try {
        const state = await read();
        change(state);
        const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        try {
          await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, { encoding: 'utf8', flush: true });
          await rename(temp, file);
        } catch (error) {
          await unlink(temp).catch(() => {});
          throw error;
        }
        return state;
      } finally {
        await attempt.lock.release();
      }
    },
  };
}
