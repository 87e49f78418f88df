import type { BackupPolicy } from '../../../../shared/policy/backup-policy';
import type { BackupJobKind, BackupProgress } from '../../../../shared/backup/backup-schema';
import { BackupFailure, serializeFailure } from './backup-failure';
import type { SpaceSource } from './backup-service';
import type { EngineJob, EngineResult } from './engine';
import { destinationState, type BackupStateStore, type DrillRecord, type VerifyRecord } from './backup-state';
import { failedVerify, isUnreachable, messageParams, verifyRecordOf } from './job-records';

/** What the verification and drill jobs use of the service. */
export interface JobContext {
  policy: BackupPolicy;
  state: BackupStateStore;
  now: () => number;
  space: SpaceSource;
  tempRoot: string;
  emit: (p: BackupProgress) => void;
  label: (path: string) => string;
  onDestination<T extends EngineResult>(
    kind: BackupJobKind,
    destination: string,
    job: EngineJob,
    jobId?: string,
  ): Promise<T>;
}

/** Re-reads and re-hashes the newest snapshot of every reachable destination; records each result. */
export async function verifyJob(ctx: JobContext, jobId: string): Promise<VerifyRecord[]> {
  const { policy, state, now, emit, onDestination } = ctx;
  const records: VerifyRecord[] = [];
  for (const d of policy.destinations) {
    let record: VerifyRecord;
    try {
      const r = await onDestination<Extract<EngineResult, { kind: 'verify' }>>(
        'verify',
        d.path,
        { kind: 'verify', destination: d.path, snapshotId: 'latest' },
        jobId,
      );
      record = verifyRecordOf(r.record);
    } catch (error) {
      const failure = serializeFailure(error);
      // A destination that is not there cannot be verified: that is not a verification failure.
      if (isUnreachable(failure)) continue;
      record = failedVerify(failure, now());
    }
    records.push(record);
    await state.update((st) => {
      const ds = destinationState(st, d.path);
      ds.lastVerify = record;
      st.destinations[d.path] = ds;
    });
  }
  const ok = records.length > 0 && records.every((r) => r.ok);
  emit({
    jobId,
    kind: 'verify',
    phase: ok ? 'done' : 'failed',
    files: 0,
    bytes: 0,
    totalFiles: 0,
    totalBytes: 0,
    etaSeconds: 0,
    outcome: ok ? 'ok' : 'failed',
    message: { key: ok ? 'backup.done.verifyOk' : 'backup.done.verifyFailed', params: { count: records.length } },
  });
  return records;
}

/**
 * Restores the newest snapshot of the destination with the newest backup into a temporary folder,
 * checks every byte, times it (the measured RTO) and records it (it verifies that snapshot too).
 */
export async function drillJob(ctx: JobContext, jobId: string): Promise<DrillRecord> {
  const { policy, state, now, emit, onDestination, label } = ctx;
  const st = await state.read();
  // The destination with the newest snapshot: that is what a real recovery would use.
  const ordered = [...policy.destinations].sort((a, b) =>
    (destinationState(st, b.path).lastSnapshot?.at ?? '').localeCompare(
      destinationState(st, a.path).lastSnapshot?.at ?? '',
    ),
  );
  const failedDrill = (error: DrillRecord['error']): DrillRecord => ({
    at: new Date(now()).toISOString(),
    snapshotId: null,
    ok: false,
    seconds: null,
    files: 0,
    bytes: 0,
    problems: 0,
    error,
  });
  let record: DrillRecord | undefined;
  let where = ordered[0]?.path ?? '';
  for (const d of ordered) {
    where = d.path;
    try {
      await checkDrillSpace(ctx, d.path);
      const r = await onDestination<Extract<EngineResult, { kind: 'drill' }>>(
        'drill',
        d.path,
        { kind: 'drill', destination: d.path, tempRoot: ctx.tempRoot },
        jobId,
      );
      record = {
        at: new Date(now()).toISOString(),
        snapshotId: r.snapshotId,
        ok: r.result.problems.length === 0,
        seconds: r.seconds,
        files: r.result.files,
        bytes: r.result.bytes,
        problems: r.result.problems.length,
        error: null,
      };
      break;
    } catch (error) {
      const failure = serializeFailure(error);
      if (isUnreachable(failure) && d !== ordered.at(-1)) continue;
      record = failedDrill(failure);
      break;
    }
  }
  // No destination at all: the drill failed where a store should have been.
  const final = record ?? failedDrill({ kind: 'destination-missing', details: {} });
  await state.update((s) => {
    const ds = destinationState(s, where);
    ds.lastDrill = final;
    // A drill re-hashes every byte it restores: it verifies the snapshot as well.
    if (final.snapshotId)
      ds.lastVerify = {
        at: final.at,
        snapshotId: final.snapshotId,
        ok: final.ok,
        files: final.files,
        bytes: final.bytes,
        problems: final.problems,
        firstProblem: null,
        error: null,
      };
    s.destinations[where] = ds;
  });
  emit({
    jobId,
    kind: 'drill',
    phase: final.ok ? 'done' : 'failed',
    files: final.files,
    bytes: final.bytes,
    totalFiles: final.files,
    totalBytes: final.bytes,
    etaSeconds: 0,
    outcome: final.ok ? 'ok' : 'failed',
    message: final.ok
      ? {
          key: 'backup.done.drillOk',
          params: { files: final.files, seconds: shownSeconds(final.seconds ?? 0) },
        }
      : {
          key: `backup.error.${final.error?.kind ?? 'store-damaged'}`,
          params: messageParams(final.error, label),
        },
  });
  return final;
}

async function checkDrillSpace(ctx: JobContext, destination: string): Promise<void> {
  const { state, space } = ctx;
  const st = await state.read();
  const bytes = Object.values(st.sources).reduce((n, s) => n + s.bytes, 0);
  const root = ctx.tempRoot;
  let free: number;
  try {
    free = (await space(root)).freeBytes;
  } catch {
    return;
  }
  if (free < bytes * 1.05)
    throw new BackupFailure('target-full', { path: root, freeBytes: free, neededBytes: bytes, from: destination });
}

/** A duration as the message shows it: tenths of a second, hundredths under one (a fast drill never reads "0"). */
export function shownSeconds(seconds: number): number {
  return seconds >= 1 ? Math.round(seconds * 10) / 10 : Math.max(0.01, Math.round(seconds * 100) / 100);
}
