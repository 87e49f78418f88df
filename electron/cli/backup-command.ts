import os from 'node:os';
import type { Translator } from '../../shared/i18n/translator';
import { exitCouldNotRun } from '../../shared/model/report';
import { describePolicyIssues } from '../../shared/policy/describe-policy-issues';
import { backupConfigured, type BackupPolicy } from '../../shared/policy/backup-policy';
import type { BackupProgress } from '../../shared/backup/backup-schema';
import { loadPolicy } from '../core/policy/load-policy';
import { backupStatePath, defaultDataDir } from '../core/data-dir';
import { openBackupState } from '../core/areas/backup/backup-state';
import { createBackupService, messageParams, type BackupService } from '../core/areas/backup/backup-service';
import { defaultRunner, workerRunner, type EngineRunner } from '../core/areas/backup/engine-runner';
import { serializeFailure, type SerializedFailure } from '../core/areas/backup/backup-failure';
import { localTime } from '../core/areas/backup/local-time';
import { startRestore } from '../core/areas/backup/restore-flow';
import type { CliIo } from './cli-io';

export type BackupCliCommand =
  | { command: 'backup'; verify: boolean; acceptSourceChanges: boolean }
  | { command: 'snapshots' }
  | { command: 'restore'; snapshotId: string; to: string }
  | { command: 'drill' };

export interface BackupCliOptions {
  json: boolean;
  policyPath?: string;
  dataDir?: string;
}

const MiB = 1024 * 1024;
const mib = (n: number): number => Math.round((n / MiB) * 10) / 10;

/**
 * `invoiceguard backup | snapshots | restore | drill`: the backup engine run from this process (in
 * its worker thread), with the same state file and destination locks as the app's core, so
 * neither ever writes a store the other is writing.
 */
export async function runBackupCommand(
  command: BackupCliCommand,
  options: BackupCliOptions,
  t: Translator,
  io: CliIo & { runner?: EngineRunner; workerPath?: string },
): Promise<number> {
  const loaded = await loadPolicy({ cliPath: options.policyPath, env: io.env, platform: io.platform });
  if (loaded.status.issues.length) {
    io.stderr(`invoiceguard: ${describePolicyIssues(loaded.status, t)}\n`);
    return exitCouldNotRun;
  }
  const policy = loaded.policy.backup;
  if (!backupConfigured(policy)) {
    io.stderr(`invoiceguard: ${t.t('cli.backup.notConfigured')}\n`);
    return exitCouldNotRun;
  }
  const dataDir = options.dataDir ?? defaultDataDir(io.platform, io.env, os.homedir());
  const log = (line: string): void => {
    if (io.env.INVOICEGUARD_DEBUG) io.stderr(`[backup] ${line}\n`);
  };
  const runner = io.runner ?? (io.workerPath ? workerRunner(io.workerPath) : defaultRunner(log));
  const service = createBackupService({ policy, state: openBackupState(backupStatePath(dataDir), log), runner, log });
  const print = options.json ? () => {} : progressPrinter(t, io);
  service.onProgress(print);
  const label = (p: string): string => policy.destinations.find((d) => d.path === p)?.name ?? p;
  const reason: Reason = (f, where) =>
    t.t(`backup.error.${f.kind}`, { ...messageParams(f), ...(where ? { path: label(where) } : {}) });
  try {
    switch (command.command) {
      case 'backup':
        return await backup(service, policy, command, options, t, io, reason);
      case 'snapshots':
        return await snapshots(service, policy, options, t, io, reason);
      case 'restore':
        return await restore(service, policy, command, options, t, io);
      case 'drill':
        return await drill(service, options, t, io, reason);
    }
  } catch (error) {
    const f = serializeFailure(error);
    io.stderr(`invoiceguard: ${reason(f)}\n`);
    if (options.json) io.stdout(`${JSON.stringify({ version: 1, ok: false, error: f }, null, 2)}\n`);
    return 2;
  }
}

type Reason = (f: { kind: string; details: SerializedFailure['details'] }, where?: string) => string;

async function backup(
  service: BackupService,
  policy: BackupPolicy,
  command: Extract<BackupCliCommand, { command: 'backup' }>,
  options: BackupCliOptions,
  t: Translator,
  io: CliIo,
  reason: Reason,
): Promise<number> {
  if (!options.json)
    io.stderr(
      `${t.t('cli.backup.started', { count: policy.sources.length, destinations: policy.destinations.length })}\n`,
    );
  const record = await service.backup({
    trigger: 'manual',
    verify: command.verify,
    acceptSourceChanges: command.acceptSourceChanges,
  }).done;
  if (options.json) {
    io.stdout(`${JSON.stringify({ version: 1, ...record }, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const d of record.destinations) {
      const name = policy.destinations.find((x) => x.path === d.path)?.name ?? d.path;
      if (d.outcome === 'failed' && d.error)
        lines.push(t.t('cli.backup.destFailed', { path: name, reason: reason(d.error, d.path) }));
      else if (d.outcome === 'partial') {
        lines.push(t.t('cli.backup.destPartial', { path: name, id: d.snapshotId ?? '', count: d.problemCount }));
        for (const p of d.problems.slice(0, 20))
          lines.push(
            t.t('cli.backup.problem', { source: p.source, path: p.path, reason: t.t(`cli.backup.reason.${p.reason}`) }),
          );
      } else
        lines.push(
          t.t('cli.backup.destOk', {
            path: name,
            id: d.snapshotId ?? '',
            files: d.files,
            read: d.readFiles,
            addedMiB: mib(d.addedBytes),
          }),
        );
      if (d.verified)
        lines.push(
          t.t('cli.backup.verified', {
            objects: d.verified.files,
            result: d.verified.ok
              ? t.t('cli.backup.verifyOk')
              : t.t('cli.backup.verifyBad', { count: d.verified.problems }),
          }),
        );
      for (const m of d.dataMissing)
        lines.push(
          t.t('cli.backup.dataMissing', {
            source: m.source,
            what: t.t(`cli.backup.dataMissing.${m.reason}`),
            before: m.before,
            now: m.now,
          }),
        );
    }
    io.stdout(`${lines.join('\n')}\n`);
  }
  if (record.outcome === 'failed' || record.destinations.some((d) => d.verified && !d.verified.ok)) return 2;
  return record.outcome === 'ok' ? 0 : 1;
}

async function snapshots(
  service: BackupService,
  policy: BackupPolicy,
  options: BackupCliOptions,
  t: Translator,
  io: CliIo,
  reason: Reason,
): Promise<number> {
  const report: unknown[] = [];
  const lines: string[] = [];
  let failed = 0;
  for (const d of policy.destinations) {
    try {
      const list = await service.list(d.path);
      report.push({
        destination: d.path,
        storeId: list.storeId,
        snapshots: list.snapshots,
        incomplete: list.incomplete,
      });
      lines.push(t.t('cli.snapshots.heading', { path: d.name ?? d.path }));
      if (!list.snapshots.length) lines.push(t.t('cli.snapshots.none'));
      for (const s of [...list.snapshots].reverse())
        lines.push(
          t.t('cli.snapshots.line', {
            id: s.id,
            time: localTime(s.createdAt),
            status: t.t(`cli.snapshots.${s.status}`),
            files: s.files,
            mib: mib(s.bytes),
            note: s.preRestore ? ` ${t.t('cli.snapshots.preRestore')}` : '',
            verified: t.t(
              s.verified
                ? s.verified.ok
                  ? 'cli.snapshots.verifiedOk'
                  : 'cli.snapshots.verifiedBad'
                : 'cli.snapshots.notVerified',
            ),
          }),
        );
      if (list.incomplete) lines.push(t.t('cli.snapshots.incomplete', { count: list.incomplete }));
    } catch (error) {
      failed++;
      const f = serializeFailure(error);
      report.push({ destination: d.path, error: f });
      lines.push(t.t('cli.snapshots.error', { path: d.name ?? d.path, reason: reason(f, d.path) }));
    }
  }
  io.stdout(
    options.json ? `${JSON.stringify({ version: 1, destinations: report }, null, 2)}\n` : `${lines.join('\n')}\n`,
  );
  return failed === 0 ? 0 : failed === policy.destinations.length ? 2 : 1;
}

async function restore(
  service: BackupService,
  policy: BackupPolicy,
  command: Extract<BackupCliCommand, { command: 'restore' }>,
  options: BackupCliOptions,
  t: Translator,
  io: CliIo,
): Promise<number> {
  const job = await startRestore(
    service,
    policy,
    { snapshotId: command.snapshotId, target: { folder: command.to } },
    () => {},
  );
  if ('needsConfirmation' in job) return exitCouldNotRun; // a folder target never asks
  const outcome = await job.done;
  if (options.json)
    io.stdout(`${JSON.stringify({ version: 1, ok: outcome.problems.length === 0, ...outcome }, null, 2)}\n`);
  else {
    const lines = [
      t.t('cli.restore.done', {
        id: outcome.snapshotId,
        path: command.to,
        files: outcome.files,
        seconds: Math.round(outcome.seconds * 10) / 10,
      }),
    ];
    if (outcome.problems.length) {
      lines.push(t.t('cli.restore.problems', { count: outcome.problems.length }));
      for (const p of outcome.problems.slice(0, 20)) lines.push(`    ${p.path}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
  }
  return outcome.problems.length ? 1 : 0;
}

async function drill(
  service: BackupService,
  options: BackupCliOptions,
  t: Translator,
  io: CliIo,
  reason: Reason,
): Promise<number> {
  const record = await service.drill().done;
  if (options.json) io.stdout(`${JSON.stringify({ version: 1, ...record }, null, 2)}\n`);
  else if (record.ok)
    io.stdout(
      `${t.t('cli.drill.done', { id: record.snapshotId ?? '', files: record.files, seconds: Math.round((record.seconds ?? 0) * 10) / 10 })}\n`,
    );
  else
    io.stdout(
      `${t.t('cli.drill.failed', {
        reason: record.error ? reason(record.error) : t.t('backup.done.restorePartial', { problems: record.problems }),
      })}\n`,
    );
  return record.ok ? 0 : 2;
}

/** Progress on standard error, at most every two seconds (none with --json). */
function progressPrinter(t: Translator, io: CliIo): (p: BackupProgress) => void {
  let last = 0;
  return (p) => {
    if (p.phase !== 'copy' && p.phase !== 'verify' && p.phase !== 'restore') return;
    const nowMs = Date.now();
    if (nowMs - last < 2000) return;
    last = nowMs;
    io.stderr(
      `${t.t('cli.backup.progress', {
        phase: t.t(`backup.phase.${p.phase}`),
        files: p.files,
        totalFiles: p.totalFiles,
        mib: mib(p.bytes),
        totalMiB: mib(p.totalBytes),
        eta: p.etaSeconds !== null ? t.t('cli.backup.eta', { seconds: p.etaSeconds }) : '',
      })}\n`,
    );
  };
}
