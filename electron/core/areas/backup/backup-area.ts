import os from 'node:os';
import type { AreaFactory, CoreServices } from '../../probe';
import type { RequestHandlers } from '../../../../shared/protocol/contract';
import type { BackupError, BackupStatus, JobStart, SnapshotSummary } from '../../../../shared/backup/backup-schema';
import { backupConfigured, type BackupPolicy } from '../../../../shared/policy/backup-policy';
import { backupStatePath, defaultDataDir } from '../../data-dir';
import { BackupFailure, serializeFailure } from './backup-failure';
import { backupProbes } from './backup-probes';
import { backupRule } from './backup-rules';
import { createBackupService, messageParams, type BackupService, type SpaceSource } from './backup-service';
import { destinationState, openBackupState, type BackupState, type BackupStateStore } from './backup-state';
import { defaultRunner, type EngineRunner } from './engine-runner';
import { newestComplete, nextRunAt } from './evaluate-backup';
import { localTime } from './local-time';
import {
  fsDestinationLooks,
  fsSourceLooks,
  watchSources,
  type DestinationLookSource,
  type SourceLookSource,
} from './look-sources';
import { startRestore } from './restore-flow';
import { nextDue } from './schedule';

export interface BackupAreaOptions {
  /** Where the state file lives (core-setup's data directory; default: the per-OS one). */
  dataDir?: string;
  /** The state of the last backup; replaces the file (practice mode may script it). */
  state?: BackupStateStore;
  runner?: EngineRunner;
  space?: SpaceSource;
  destinations?: DestinationLookSource;
  sources?: SourceLookSource;
  tempRoot?: string;
  now?: () => number;
  /** The first scheduled check waits this long after the core starts (default 60 s). */
  startDelayMs?: number;
  retryDelaysMs?: number[];
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * Backups of the invoicing software's data (docs/backup.md): scheduled snapshots, verification,
 * restore drills and the checks behind RPO and RTO. Without a configured `backup` section it runs
 * no check and no backup; its requests then answer "not configured".
 */
export function backupArea(options: BackupAreaOptions = {}): AreaFactory {
  return ({ policy: fullPolicy, platform }) => {
    const policy = fullPolicy.backup;
    const log = options.log ?? (() => {});
    const now = options.now ?? Date.now;
    const dataDir = options.dataDir ?? defaultDataDir(platform, options.env ?? process.env, os.homedir());
    const state = options.state ?? openBackupState(backupStatePath(dataDir), log);
    const service = createBackupService({
      policy,
      state,
      runner: options.runner ?? defaultRunner(log),
      now,
      log,
      ...(options.space ? { space: options.space } : {}),
      ...(options.tempRoot ? { tempRoot: options.tempRoot } : {}),
      ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    });
    const configured = backupConfigured(policy);
    const jobListeners = new Set<() => void>();
    const jobsChanged = (): void => jobListeners.forEach((l) => l());
    service.onProgress((p) => {
      if (p.phase === 'done' || p.phase === 'failed') jobsChanged();
    });
    const scheduler = createScheduler(policy, service, state, now, options.startDelayMs ?? 60_000, log, jobsChanged);

    const probes = configured
      ? backupProbes({
          policy,
          state,
          now,
          destinations: options.destinations ?? fsDestinationLooks(options.space),
          sources: options.sources ?? fsSourceLooks(policy.exclude),
          watchJobs(onChange) {
            jobListeners.add(onChange);
            // The monitor starts the watches when the core starts: that is when the schedule begins.
            scheduler.start();
            return () => {
              jobListeners.delete(onChange);
              if (jobListeners.size === 0) scheduler.stop();
            };
          },
          watchSources: (onChange) =>
            watchSources(
              policy.sources.map((s) => s.path),
              onChange,
            ),
        })
      : [];

    return {
      probes,
      rules: configured ? [backupRule] : [],
      serve: (services) => serveBackup(services, service, policy, state, now),
      dispose: () => scheduler.stop(),
    };
  };
}

interface Scheduler {
  start(): void;
  stop(): void;
}

function createScheduler(
  policy: BackupPolicy,
  service: BackupService,
  state: BackupStateStore,
  now: () => number,
  startDelayMs: number,
  log: (line: string) => void,
  changed: () => void,
): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let next: number | null = null;

  async function tick(): Promise<void> {
    timer = undefined;
    if (!running) return;
    try {
      const st = await state.read();
      const last = st.lastScheduledAt ? Date.parse(st.lastScheduledAt) : null;
      next = nextDue(policy.schedule, last, now());
      if (next <= now() && !service.running()) {
        const at = new Date(now()).toISOString();
        // Recorded before the run: a run that crashes the core is not repeated at every start.
        await state.update((s) => {
          s.lastScheduledAt = at;
        });
        await service.backup({ trigger: 'schedule' }).done;
        await followUps();
        next = nextDue(policy.schedule, Date.parse(at), now());
      }
    } catch (error) {
      const f = serializeFailure(error);
      if (f.kind !== 'busy') log(`backup scheduler: ${f.kind} ${JSON.stringify(f.details)}`);
    } finally {
      changed();
      if (running) {
        // Re-read at least hourly: the clock may jump (sleep, time zone, manual change).
        const wait = Math.min(Math.max((next ?? now()) - now(), 10_000), 3_600_000);
        timer = setTimeout(() => void tick(), wait);
        timer.unref();
      }
    }
  }

  /** After a scheduled backup: the verification and the drill, when their intervals are up. */
  async function followUps(): Promise<void> {
    const st = await state.read();
    const t = now();
    const newest = (pick: (d: ReturnType<typeof destinationState>) => { at: string } | null): number =>
      Math.max(0, ...policy.destinations.map((d) => Date.parse(pick(destinationState(st, d.path))?.at ?? '') || 0));
    if (!newestComplete(st, policy)) return;
    if (t - newest((d) => d.lastDrill) > policy.drillIntervalDays * 86_400_000) {
      await service.drill().done;
      return; // a drill verifies what it restores
    }
    if (t - newest((d) => d.lastVerify) > policy.verifyIntervalDays * 86_400_000) await service.verify().done;
  }

  return {
    start() {
      if (running || !backupConfigured(policy)) return;
      running = true;
      timer = setTimeout(() => void tick(), startDelayMs);
      timer.unref();
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}

function errorOf(error: unknown, policy?: BackupPolicy): BackupError {
  const f = serializeFailure(error);
  const label = (p: string): string => policy?.destinations.find((d) => d.path === p)?.name ?? p;
  return { message: { key: `backup.error.${f.kind}`, params: messageParams(f, label) }, details: f.details };
}

function accepted(start: () => { jobId: string }, policy: BackupPolicy): JobStart {
  try {
    return { accepted: true, jobId: start().jobId };
  } catch (error) {
    return { accepted: false, error: errorOf(error, policy) };
  }
}

function serveBackup(
  services: CoreServices,
  service: BackupService,
  policy: BackupPolicy,
  state: BackupStateStore,
  now: () => number,
): Partial<RequestHandlers> {
  service.onProgress((p) => services.emit('backupProgress', p));
  return {
    getBackupStatus: async () => backupStatus(policy, await state.read(), service, now()),
    startBackup: async ({ verify, acceptSourceChanges }) =>
      accepted(() => service.backup({ trigger: 'manual', verify, acceptSourceChanges }), policy),
    startRestoreDrill: async () => accepted(() => service.drill(), policy),
    listSnapshots: async () => {
      if (!service.configured) return { configured: false, snapshots: [], incomplete: 0, errors: [] };
      let incomplete = 0;
      const snapshots: SnapshotSummary[] = [];
      const errors: { destination: string; error: BackupError }[] = [];
      for (const d of policy.destinations) {
        try {
          const list = await service.list(d.path);
          incomplete += list.incomplete;
          snapshots.push(...list.snapshots.map((s) => ({ ...s, destination: d.path })));
        } catch (error) {
          errors.push({ destination: d.path, error: errorOf(error, policy) });
        }
      }
      return { configured: true, snapshots, incomplete, errors };
    },
    restoreSnapshot: async (params) => {
      if (!service.configured) return { accepted: false, error: errorOf(new BackupFailure('not-configured')) };
      try {
        const answer = await startRestore(service, policy, params, (p) => services.emit('backupProgress', p));
        return 'needsConfirmation' in answer ? answer : { accepted: true, jobId: answer.jobId };
      } catch (error) {
        return { accepted: false, error: errorOf(error, policy) };
      }
    },
  };
}

/** The dashboard card's numbers (the UI formats them; times are ISO UTC, shown in local time). */
export function backupStatus(policy: BackupPolicy, st: BackupState, service: BackupService, now: number): BackupStatus {
  const newest = newestComplete(st, policy);
  const drills = policy.destinations
    .flatMap((d) => destinationState(st, d.path).lastDrill ?? [])
    .sort((a, b) => b.at.localeCompare(a.at));
  const verifies = policy.destinations
    .flatMap((d) => destinationState(st, d.path).lastVerify ?? [])
    .sort((a, b) => b.at.localeCompare(a.at));
  const drill = drills[0];
  const verify = verifies[0];
  const run = st.lastRun;
  const failed = run?.destinations.find((d) => d.error)?.error;
  return {
    configured: service.configured,
    running: service.running(),
    rpo: {
      targetHours: policy.rpoHours,
      ageSeconds: newest ? Math.max(0, Math.round((now - Date.parse(newest.at)) / 1000)) : null,
      newestAt: newest?.at ?? null,
    },
    rto: { seconds: drill?.ok ? drill.seconds : null, at: drill?.at ?? null, ok: drill ? drill.ok : null },
    lastRun: run
      ? {
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
          outcome: run.outcome,
          message:
            run.outcome === 'failed' && failed
              ? {
                  key: `backup.error.${failed.kind}`,
                  params: messageParams(failed, (p) => policy.destinations.find((d) => d.path === p)?.name ?? p),
                }
              : {
                  key: run.outcome === 'ok' ? 'backup.done.ok' : 'backup.done.partial',
                  params: {
                    files: Math.max(0, ...run.destinations.map((d) => d.files)),
                    problems: Math.max(0, ...run.destinations.map((d) => d.problemCount)),
                    at: localTime(run.finishedAt),
                  },
                },
        }
      : null,
    lastVerify: verify ? { at: verify.at, ok: verify.ok, snapshotId: verify.snapshotId } : null,
    nextRunAt: service.configured ? nextRunAt(policy, st, now) : null,
    destinations: policy.destinations.map((d) => {
      const ds = destinationState(st, d.path);
      return {
        path: d.path,
        kind: d.kind,
        name: d.name ?? d.path,
        newestAt: ds.lastSnapshot?.at ?? null,
        newestStatus: ds.lastSnapshot?.status ?? null,
      };
    }),
  };
}
