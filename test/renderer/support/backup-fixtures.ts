import type {
  BackupProgress,
  BackupStatus,
  ListSnapshotsResult,
  SnapshotSummary,
} from '../../../shared/backup/backup-schema';

// Valid backup protocol values for renderer tests, with optional overrides (like fixtures.ts).

export const backupNow = new Date('2026-12-02T09:00:00.000Z');
const hoursAgo = (h: number): string => new Date(backupNow.getTime() - h * 3_600_000).toISOString();

export function fakeBackupStatus(overrides: Partial<BackupStatus> = {}): BackupStatus {
  return {
    configured: true,
    running: null,
    rpo: { targetHours: 26, ageSeconds: 2 * 3600, newestAt: hoursAgo(2) },
    rto: { seconds: 3.4, at: hoursAgo(30), ok: true },
    lastRun: {
      startedAt: hoursAgo(2),
      finishedAt: hoursAgo(2),
      outcome: 'ok',
      message: { key: 'backup.done.ok', params: { files: 41, problems: 0, at: '2026-12-02 07:00' } },
    },
    lastVerify: { at: hoursAgo(30), ok: true, snapshotId: 'snap-1' },
    nextRunAt: '2026-12-02T12:30:00.000Z',
    destinations: [
      { path: 'E:\\', kind: 'usb', name: '备份盘', newestAt: hoursAgo(2), newestStatus: 'complete' },
      { path: '\\\\nas\\backup', kind: 'network', name: '\\\\nas\\backup', newestAt: null, newestStatus: null },
    ],
    ...overrides,
  };
}

export function fakeSnapshotSummary(overrides: Partial<SnapshotSummary> = {}): SnapshotSummary {
  return {
    id: '20261202T070000Z-a1b2',
    destination: 'E:\\',
    createdAt: hoursAgo(2),
    status: 'complete',
    files: 41,
    bytes: 8.4 * 1024 * 1024,
    problems: 0,
    preRestore: false,
    sources: [{ name: '开票数据', path: 'D:\\开票数据', files: 41, bytes: 8.4 * 1024 * 1024, carried: false }],
    verified: null,
    ...overrides,
  };
}

export function fakeSnapshotList(snapshots: SnapshotSummary[] = [fakeSnapshotSummary()]): ListSnapshotsResult {
  return { configured: true, snapshots, incomplete: 0, errors: [] };
}

export function fakeProgress(overrides: Partial<BackupProgress> = {}): BackupProgress {
  return {
    jobId: 'backup-1',
    kind: 'backup',
    phase: 'copy',
    files: 10,
    bytes: 2 * 1024 * 1024,
    totalFiles: 40,
    totalBytes: 8 * 1024 * 1024,
    etaSeconds: 12,
    ...overrides,
  };
}
