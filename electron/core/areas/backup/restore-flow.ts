import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { BackupPolicy } from '../../../../shared/policy/backup-policy';
import { sourceName } from '../../../../shared/policy/backup-policy';
import type { RestoreConfirmation, BackupProgress } from '../../../../shared/backup/backup-schema';
import { BackupFailure, serializeFailure } from './backup-failure';
import type { BackupService, Job } from './backup-service';
import { messageParams } from './backup-service';
import type { EngineResult, ListJobResult } from './engine';
import { safeName } from './engine';

export interface RestoreRequest {
  snapshotId: string;
  destination?: string;
  target: { folder: string } | { original: true };
  confirmToken?: string;
}

export interface RestoreOutcome {
  snapshotId: string;
  destination: string;
  files: number;
  bytes: number;
  seconds: number;
  problems: { path: string; reason: string }[];
  /** For a restore over the live data: the snapshot of the state it replaced. */
  preRestoreSnapshotId?: string;
}

/** The token that confirms one exact replacement: snapshot, store and every folder replaced. */
export function confirmToken(snapshotId: string, destination: string, paths: readonly string[]): string {
  return createHash('sha256')
    .update([snapshotId, destination, ...paths].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/**
 * "恢复": finds the snapshot, then restores it into a chosen folder (which must be empty or new),
 * or over the live data: the first call answers what would be replaced and a token; the call
 * with that token snapshots the current state first (it must be complete: with files locked by a
 * running invoicing program nothing is replaced) and only then swaps the folders.
 */
export async function startRestore(
  service: BackupService,
  policy: BackupPolicy,
  request: RestoreRequest,
  emit: (p: BackupProgress) => void,
): Promise<RestoreConfirmation | Job<RestoreOutcome>> {
  const found = await findSnapshot(service, policy, request.snapshotId, request.destination);
  const { destination, snapshot } = found;
  if ('folder' in request.target) {
    const folder = path.resolve(request.target.folder);
    return service.exclusive('restore', async (jobId) =>
      finish(jobId, async () => {
        const targets = snapshot.sources.map((s, i) => ({
          source: s.name,
          folder: path.join(folder, safeName(s.name, i)),
        }));
        const r = await service.onDestination<Extract<EngineResult, { kind: 'restore' }>>(
          'restore',
          destination,
          { kind: 'restore', destination, snapshotId: snapshot.id, targets },
          jobId,
        );
        return restored(r);
      }),
    );
  }
  const live = policy.sources
    .map((s) => ({ name: sourceName(s), path: s.path }))
    .filter((s) => snapshot.sources.some((x) => x.name === s.name));
  const token = confirmToken(
    snapshot.id,
    destination,
    live.map((l) => l.path),
  );
  if (request.confirmToken === undefined)
    return {
      needsConfirmation: true,
      snapshotId: snapshot.id,
      replaces: live.map((l) => {
        const s = snapshot.sources.find((x) => x.name === l.name);
        return { name: l.name, path: l.path, files: s?.files ?? 0, bytes: s?.bytes ?? 0 };
      }),
      confirmToken: token,
    };
  if (request.confirmToken !== token) throw new BackupFailure('confirm-mismatch', { snapshotId: snapshot.id });
  return service.exclusive('restore', async (jobId) =>
    finish(jobId, async () => {
      // The current state first, as it is (a shrunken folder is taken as it is: that is what is replaced).
      const pre = await service.onDestination<Extract<EngineResult, { kind: 'backup' }>>(
        'backup',
        destination,
        {
          kind: 'backup',
          destination,
          sources: live,
          exclude: policy.exclude,
          dataLossPercent: policy.dataLossPercent,
          acceptSourceChanges: true,
          host: os.hostname(),
          retention: { keepLast: 10_000, keepDays: 3650 },
          verify: false,
          purpose: 'pre-restore',
        },
        jobId,
      );
      // A folder that is gone has nothing to replace (the usual case after data loss); a locked or
      // changing file means the invoicing software is running: then nothing is replaced.
      if (pre.snapshot.problems.some((p) => p.reason !== 'source-missing'))
        throw new BackupFailure('pre-restore-partial', {
          snapshotId: pre.snapshot.snapshotId,
          problems: pre.snapshot.problems.length,
        });
      const r = await service.onDestination<Extract<EngineResult, { kind: 'restore' }>>(
        'restore',
        destination,
        { kind: 'restore-live', destination, snapshotId: snapshot.id, sources: live },
        jobId,
      );
      return { ...restored(r), preRestoreSnapshotId: pre.snapshot.snapshotId };
    }),
  );

  function restored(r: Extract<EngineResult, { kind: 'restore' }>): RestoreOutcome {
    return {
      snapshotId: r.snapshotId,
      destination,
      files: r.result.files,
      bytes: r.result.bytes,
      seconds: r.seconds,
      problems: r.result.problems,
    };
  }

  async function finish(jobId: string, work: () => Promise<RestoreOutcome>): Promise<RestoreOutcome> {
    try {
      const outcome = await work();
      const ok = outcome.problems.length === 0;
      emit({
        jobId,
        kind: 'restore',
        phase: ok ? 'done' : 'failed',
        destination,
        files: outcome.files,
        bytes: outcome.bytes,
        totalFiles: outcome.files,
        totalBytes: outcome.bytes,
        etaSeconds: 0,
        outcome: ok ? 'ok' : 'partial',
        message: {
          key: ok ? 'backup.done.restoreOk' : 'backup.done.restorePartial',
          params: { files: outcome.files, problems: outcome.problems.length },
        },
      });
      return outcome;
    } catch (error) {
      const failure = serializeFailure(error);
      emit({
        jobId,
        kind: 'restore',
        phase: 'failed',
        destination,
        files: 0,
        bytes: 0,
        totalFiles: 0,
        totalBytes: 0,
        etaSeconds: 0,
        outcome: 'failed',
        message: { key: `backup.error.${failure.kind}`, params: messageParams(failure) },
      });
      throw error;
    }
  }
}

/** `latest` (the newest snapshot of any destination) or an id, resolved to one destination's snapshot. */
export async function findSnapshot(
  service: BackupService,
  policy: BackupPolicy,
  snapshotId: string,
  destination?: string,
): Promise<{ destination: string; snapshot: ListJobResult['snapshots'][number] }> {
  const candidates = destination ? [destination] : policy.destinations.map((d) => d.path);
  let best: { destination: string; snapshot: ListJobResult['snapshots'][number] } | undefined;
  let firstError: unknown;
  for (const d of candidates) {
    let list: ListJobResult;
    try {
      list = await service.list(d);
    } catch (error) {
      firstError ??= error;
      continue;
    }
    const match =
      snapshotId === 'latest'
        ? list.snapshots.filter((s) => !s.preRestore).at(-1)
        : list.snapshots.find((s) => s.id === snapshotId);
    if (match && (!best || match.id > best.snapshot.id)) best = { destination: d, snapshot: match };
    if (match && snapshotId !== 'latest') break;
  }
  if (best) return best;
  if (firstError && candidates.length === 1) throw firstError;
  throw new BackupFailure('snapshot-not-found', { snapshotId });
}
