import { mkdir, stat, statfs } from 'node:fs/promises';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { BackupPolicy } from '../../../../shared/policy/backup-policy';
import { backupConfigured, sourceName } from '../../../../shared/policy/backup-policy';
import type { BackupJobKind, BackupProgress } from '../../../../shared/backup/backup-schema';
import { BackupFailure, destinationFailure, serializeFailure } from './backup-failure';
import type { EngineJob, EngineResult, ListJobResult } from './engine';
import type { EngineRunner } from './engine-runner';
import type { EngineProgress } from './engine-types';
import { acquireLock } from './file-lock';
import { storeLayout } from './store-layout';
import type { BackupStateStore, DestinationRun, DrillRecord, RunRecord, VerifyRecord } from './backup-state';
import { destinationState } from './backup-state';
import { etaSeconds } from './eta';
import { drillJob, verifyJob, type JobContext } from './check-jobs';
import { messageParams, verifyRecordOf } from './job-records';

export { messageParams } from './job-records';

/** Free space where backups or drills write ("destination free space": practice mode may script it). */
export type SpaceSource = (path: string) => Promise<{ freeBytes: number; totalBytes: number }>;

export const statfsSpace: SpaceSource = async (p) => {
  const s = await statfs(p);
  return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
};

export interface BackupServiceOptions {
  policy: BackupPolicy;
  state: BackupStateStore;
  runner: EngineRunner;
  space?: SpaceSource;
  /** Where drills restore to (a fresh folder inside, removed afterwards). */
  tempRoot?: string;
  host?: string;
  now?: () => number;
  log?: (line: string) => void;
  /** Waits before retrying a locked or changing file; tests shorten them. */
  retryDelaysMs?: number[];
}

/** A job that was started: its id (progress events carry it) and its end. */
export interface Job<T> {
  jobId: string;
  done: Promise<T>;
}

export interface BackupService {
  configured: boolean;
  running(): { jobId: string; kind: BackupJobKind; startedAt: string } | null;
  /** Backs up every source to every destination; throws BackupFailure `busy` or `not-configured`. */
  backup(options: {
    trigger: RunRecord['trigger'];
    verify?: boolean;
    acceptSourceChanges?: boolean;
    destinations?: string[];
  }): Job<RunRecord>;
  verify(): Job<VerifyRecord[]>;
  drill(): Job<DrillRecord>;
  /** Runs an engine job on one destination under its lock (restore flows use it). */
  onDestination<T extends EngineResult>(
    kind: BackupJobKind,
    destination: string,
    job: EngineJob,
    jobId?: string,
  ): Promise<T>;
  /** Starts a job of the given kind as the only one running, with its own id. */
  exclusive<T>(kind: BackupJobKind, work: (jobId: string) => Promise<T>): Job<T>;
  list(destination: string): Promise<ListJobResult>;
  onProgress(listener: (p: BackupProgress) => void): () => void;
}

/**
 * The backup engine as the core and the CLI use it: one job at a time per process, each
 * destination under its lock file (so the CLI and the app's core never write one store at once),
 * every outcome written to the state file. Long work runs in the runner (a worker thread).
 */
export function createBackupService(options: BackupServiceOptions): BackupService {
  const { policy, state, runner } = options;
  const now = options.now ?? Date.now;
  const space = options.space ?? statfsSpace;
  const host = options.host ?? os.hostname();
  const log = options.log ?? (() => {});
  const listeners = new Set<(p: BackupProgress) => void>();
  let current: { jobId: string; kind: BackupJobKind; startedAt: string } | null = null;

  const emit = (p: BackupProgress): void => listeners.forEach((l) => l(p));
  const label = (p: string): string => policy.destinations.find((d) => d.path === p)?.name ?? p;

  function exclusive<T>(kind: BackupJobKind, work: (jobId: string) => Promise<T>): Job<T> {
    if (!backupConfigured(policy)) throw new BackupFailure('not-configured');
    if (current) throw new BackupFailure('busy', { running: current.kind, since: current.startedAt });
    const jobId = `${kind}-${randomBytes(4).toString('hex')}`;
    current = { jobId, kind, startedAt: new Date(now()).toISOString() };
    const done = work(jobId).finally(() => {
      current = null;
    });
    // The caller may only look at the events; the promise must still never be an unhandled rejection.
    done.catch(() => {});
    return { jobId, done };
  }

  function progressFor(jobId: string, kind: BackupJobKind, destination: string): (p: EngineProgress) => void {
    const started = now();
    let phase = '';
    let phaseStart = started;
    return (p) => {
      if (p.phase !== phase) {
        phase = p.phase;
        phaseStart = now();
      }
      emit({ jobId, kind, destination, ...p, etaSeconds: etaSeconds(p, (now() - phaseStart) / 1000) });
    };
  }

  async function onDestination<T extends EngineResult>(
    kind: BackupJobKind,
    destination: string,
    job: EngineJob,
    jobId: string = kind,
  ): Promise<T> {
    try {
      const st = await stat(destination);
      if (!st.isDirectory())
        throw new BackupFailure('destination-missing', { path: destination, reason: 'not a folder' });
    } catch (error) {
      const failure = error instanceof BackupFailure ? error : destinationFailure(error, destination);
      failure.details.destination = destination;
      throw failure;
    }
    const layout = storeLayout(destination);
    emit({
      jobId,
      kind,
      destination,
      phase: 'lock',
      files: 0,
      bytes: 0,
      totalFiles: 0,
      totalBytes: 0,
      etaSeconds: null,
    });
    let attempt;
    try {
      await mkdir(layout.root, { recursive: false }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      attempt = await acquireLock(layout.lock, { purpose: kind, host });
    } catch (error) {
      throw destinationFailure(error, layout.lock);
    }
    if (!attempt.ok)
      throw new BackupFailure('busy', {
        path: destination,
        ...(attempt.owner
          ? {
              pid: attempt.owner.pid,
              host: attempt.owner.host,
              since: attempt.owner.startedAt,
              running: attempt.owner.purpose,
            }
          : {}),
      });
    try {
      return (await runner.run(job, progressFor(jobId, kind, destination))) as T;
    } catch (error) {
      // Messages name the destination the user knows, not a file deep inside the store.
      // (A restore's own folder problems, `target-*`, keep naming that folder.)
      if (error instanceof BackupFailure && error.details.destination === undefined && !error.kind.startsWith('target'))
        error.details.destination = destination;
      throw error;
    } finally {
      await attempt.lock.release();
    }
  }

  const sources = policy.sources.map((s) => ({ name: sourceName(s), path: s.path }));

  async function backupOne(
    destination: string,
    jobId: string,
    opts: { verify: boolean; acceptSourceChanges: boolean },
  ): Promise<{ run: DestinationRun; verify?: VerifyRecord }> {
    const base = {
      path: destination,
      files: 0,
      bytes: 0,
      readFiles: 0,
      addedBytes: 0,
      problems: [],
      problemCount: 0,
      dataMissing: [],
    };
    try {
      await checkSpaceFor(destination);
      const result = await onDestination<Extract<EngineResult, { kind: 'backup' }>>(
        'backup',
        destination,
        {
          kind: 'backup',
          destination,
          sources,
          exclude: policy.exclude,
          dataLossPercent: policy.dataLossPercent,
          acceptSourceChanges: opts.acceptSourceChanges,
          host,
          retention: policy.retention,
          verify: opts.verify,
          ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
        },
        jobId,
      );
      const s = result.snapshot;
      const run: DestinationRun = {
        ...base,
        outcome: s.status === 'complete' ? 'ok' : 'partial',
        snapshotId: s.snapshotId,
        files: s.files,
        bytes: s.bytes,
        readFiles: s.readFiles,
        addedBytes: s.addedBytes,
        problems: s.problems.slice(0, 50).map((p) => ({
          source: sources[p.source]?.name ?? '',
          path: p.path,
          reason: p.reason,
          code: p.code,
        })),
        problemCount: s.problems.length,
        dataMissing: s.dataMissing,
        error: null,
        verified: result.verify
          ? { ok: result.verify.ok, files: result.verify.files, problems: result.verify.problems.length }
          : null,
      };
      await state.update((st) => {
        const d = destinationState(st, destination);
        d.storeId = s.storeId;
        d.lastSnapshot = { id: s.snapshotId, at: s.createdAt, status: s.status };
        if (s.status === 'complete') d.lastComplete = { id: s.snapshotId, at: s.createdAt };
        d.lastAddedBytes = s.addedBytes;
        if (result.verify) d.lastVerify = verifyRecordOf(result.verify);
        st.destinations[destination] = d;
        for (const src of s.sources)
          if (!src.carried) st.sources[src.name] = { files: src.files, bytes: src.bytes, at: s.createdAt };
      });
      return { run, ...(result.verify ? { verify: verifyRecordOf(result.verify) } : {}) };
    } catch (error) {
      const failure = serializeFailure(error);
      log(`backup to ${destination} failed: ${failure.kind} ${JSON.stringify(failure.details)}`);
      return { run: { ...base, outcome: 'failed', snapshotId: null, error: failure, verified: null } };
    }
  }

  /** Refuses early when the destination clearly cannot take the next run (nothing is written then). */
  async function checkSpaceFor(destination: string): Promise<void> {
    const st = await state.read();
    const d = destinationState(st, destination);
    const sourceBytes = Object.values(st.sources).reduce((n, s) => n + s.bytes, 0);
    const needed = d.lastComplete ? d.lastAddedBytes : sourceBytes;
    let free: number;
    try {
      free = (await space(destination)).freeBytes;
    } catch {
      return; // missing destinations are told by the run itself
    }
    if (needed > 0 && free < needed)
      throw new BackupFailure('destination-full', { path: destination, freeBytes: free, neededBytes: needed });
  }

  const jobs: JobContext = {
    policy,
    state,
    now,
    space,
    tempRoot: options.tempRoot ?? os.tmpdir(),
    emit,
    label,
    onDestination,
  };

  return {
    configured: backupConfigured(policy),
    running: () => current,
    exclusive,
    onDestination,
    backup(opts) {
      return exclusive('backup', async (jobId) => {
        const startedAt = new Date(now()).toISOString();
        const targets = opts.destinations ?? policy.destinations.map((d) => d.path);
        const runs: DestinationRun[] = [];
        for (const destination of targets)
          runs.push(
            (
              await backupOne(destination, jobId, {
                verify: opts.verify ?? false,
                acceptSourceChanges: opts.acceptSourceChanges ?? false,
              })
            ).run,
          );
        const outcome = runs.some((r) => r.outcome === 'ok' || r.outcome === 'partial')
          ? runs.every((r) => r.outcome === 'ok')
            ? 'ok'
            : 'partial'
          : 'failed';
        const record: RunRecord = {
          trigger: opts.trigger,
          startedAt,
          finishedAt: new Date(now()).toISOString(),
          outcome,
          destinations: runs,
        };
        await state.update((st) => {
          st.lastRun = record;
        });
        emitEnd(jobId, 'backup', outcome, runs);
        return record;
      });
    },
    verify: () => exclusive('verify', (jobId) => verifyJob(jobs, jobId)),
    drill: () => exclusive('drill', (jobId) => drillJob(jobs, jobId)),
    list(destination) {
      return runner.run({ kind: 'list', destination }, () => {}) as Promise<ListJobResult>;
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };

  function emitEnd(jobId: string, kind: BackupJobKind, outcome: RunRecord['outcome'], runs: DestinationRun[]): void {
    const files = runs.reduce((n, r) => n + r.files, 0);
    const bytes = runs.reduce((n, r) => n + r.bytes, 0);
    const failed = runs.find((r) => r.error);
    emit({
      jobId,
      kind,
      phase: outcome === 'failed' ? 'failed' : 'done',
      files,
      bytes,
      totalFiles: files,
      totalBytes: bytes,
      etaSeconds: 0,
      outcome,
      message:
        outcome === 'failed' && failed?.error
          ? { key: `backup.error.${failed.error.kind}`, params: messageParams(failed.error, label) }
          : {
              key: outcome === 'ok' ? 'backup.done.ok' : 'backup.done.partial',
              params: { files, problems: runs.reduce((n, r) => n + r.problemCount, 0) },
            },
    });
  }
}
