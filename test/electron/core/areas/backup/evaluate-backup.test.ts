import { describe, expect, it } from 'vitest';
import { backupPolicySchema } from '../../../../../shared/policy/backup-policy';
import { emptyBackupState, type BackupState } from '../../../../../electron/core/areas/backup/backup-state';
import {
  evaluateDestinations,
  evaluateDrill,
  evaluateFreshness,
  evaluateLastRun,
  evaluateSources,
  evaluateVerification,
} from '../../../../../electron/core/areas/backup/evaluate-backup';
import { backupRule } from '../../../../../electron/core/areas/backup/backup-rules';
import { snapshotsToRemove } from '../../../../../electron/core/areas/backup/retention';
import { nextDue } from '../../../../../electron/core/areas/backup/schedule';
import { etaSeconds } from '../../../../../electron/core/areas/backup/eta';
import type { Reading } from '../../../../../shared/model/reading';
import type { ProbeOutcome } from '../../../../../electron/core/probe';

const policy = backupPolicySchema.parse({
  sources: [{ path: 'C:\\开票\\Data', name: '开票数据' }],
  destinations: [
    { path: 'E:\\', kind: 'usb' },
    { path: '\\\\nas\\backup', kind: 'network' },
  ],
  rpoHours: 24,
});
const now = Date.parse('2026-12-02T12:00:00Z');
const hoursAgo = (h: number): string => new Date(now - h * 3_600_000).toISOString();

function stateWith(change: (s: BackupState) => void): BackupState {
  const s = emptyBackupState();
  change(s);
  return s;
}

function destination(s: BackupState, path: string): BackupState['destinations'][string] {
  s.destinations[path] ??= {
    storeId: null,
    lastSnapshot: null,
    lastComplete: null,
    lastVerify: null,
    lastDrill: null,
    lastAddedBytes: 0,
  };
  return s.destinations[path];
}

const faultOf = (o: ProbeOutcome): unknown => o.details?.fault;

describe('backup freshness against the RPO', () => {
  it('is a warning with backup.stale before the first complete backup', () => {
    const o = evaluateFreshness(policy, emptyBackupState(), now);
    expect(o).toMatchObject({ status: 'warning', summary: { key: 'check.backup.freshness.never' } });
    expect(faultOf(o)).toBe('backup.stale');
  });

  it('takes the newest complete snapshot of any destination, shown in local time', () => {
    const s = stateWith((st) => {
      destination(st, 'E:\\').lastComplete = { id: 'a', at: hoursAgo(30) };
      destination(st, '\\\\nas\\backup').lastComplete = { id: 'b', at: hoursAgo(2) };
    });
    const o = evaluateFreshness(policy, s, now);
    expect(o.status).toBe('ok');
    expect(o.summary.params).toMatchObject({ hours: 2, rpoHours: 24 });
    expect(String(o.summary.params?.at)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(o.details).toMatchObject({ configured: true, destination: '\\\\nas\\backup' });
  });

  it('is stale once the newest complete backup is older than the RPO', () => {
    const s = stateWith((st) => (destination(st, 'E:\\').lastComplete = { id: 'a', at: hoursAgo(24.5) }));
    expect(faultOf(evaluateFreshness(policy, s, now))).toBe('backup.stale');
  });
});

describe('the last run', () => {
  const run = (outcome: 'ok' | 'partial' | 'failed', extra: object = {}): BackupState =>
    stateWith((st) => {
      st.lastRun = {
        trigger: 'schedule',
        startedAt: hoursAgo(1),
        finishedAt: hoursAgo(1),
        outcome,
        destinations: [
          {
            path: 'E:\\',
            outcome,
            snapshotId: outcome === 'failed' ? null : 's',
            files: 10,
            bytes: 100,
            readFiles: 2,
            addedBytes: 20,
            problems: [],
            problemCount: 0,
            dataMissing: [],
            error: null,
            verified: null,
            ...extra,
          },
        ],
      };
    });

  it('is not checked before any run (the freshness check warns instead), ok after a good one', () => {
    expect(evaluateLastRun(policy, emptyBackupState())).toMatchObject({ status: 'unknown', notChecked: true });
    expect(evaluateLastRun(policy, run('ok'))).toMatchObject({
      status: 'ok',
      summary: { key: 'check.backup.lastRun.ok' },
    });
  });

  it('names a failure by its kind (the raw OS error stays in details) and raises backup.failed', () => {
    const o = evaluateLastRun(
      policy,
      run('failed', { error: { kind: 'destination-full', details: { code: 'ENOSPC' } } }),
    );
    expect(o).toMatchObject({ status: 'warning', summary: { key: 'check.backup.lastRun.failed.full' } });
    expect(JSON.stringify(o.summary)).not.toContain('ENOSPC');
    expect(faultOf(o)).toBe('backup.failed');
  });

  it('a partial run names its first missing file and raises backup.partial', () => {
    const o = evaluateLastRun(
      policy,
      run('partial', {
        problemCount: 1,
        problems: [{ source: '开票数据', path: 'db/main.db', reason: 'locked', code: 'EBUSY' }],
      }),
    );
    expect(o.summary).toMatchObject({
      key: 'check.backup.lastRun.partial',
      params: { count: 1, first: '开票数据/db/main.db' },
    });
    expect(faultOf(o)).toBe('backup.partial');
  });
});

describe('verification, destinations, drills, sources', () => {
  it('a failed verification raises backup.verify-failed; an old one is a warning without a fault', () => {
    const bad = stateWith((st) => {
      destination(st, 'E:\\').lastVerify = {
        at: hoursAgo(1),
        snapshotId: 's',
        ok: false,
        files: 10,
        bytes: 1,
        problems: 1,
        firstProblem: '开票数据/a: damaged',
        error: null,
      };
    });
    expect(evaluateVerification(policy, bad, now)).toMatchObject({
      status: 'warning',
      details: { fault: 'backup.verify-failed' },
    });
    const old = stateWith((st) => {
      destination(st, 'E:\\').lastVerify = {
        at: hoursAgo(24 * 9),
        snapshotId: 's',
        ok: true,
        files: 10,
        bytes: 1,
        problems: 0,
        firstProblem: null,
        error: null,
      };
    });
    expect(evaluateVerification(policy, old, now).summary.key).toBe('check.backup.verification.overdue');
  });

  it('a missing destination raises backup.destination-missing, and says so when none is left', () => {
    const some = evaluateDestinations(policy, emptyBackupState(), [
      { path: 'E:\\', reachable: false, code: 'ENOENT' },
      { path: '\\\\nas\\backup', reachable: true, freeBytes: 10 * 2 ** 30 },
    ]);
    expect(some.details).toMatchObject({ fault: 'backup.destination-missing' });
    expect(some.details?.severity).toBeUndefined();
    const none = evaluateDestinations(policy, emptyBackupState(), [
      { path: 'E:\\', reachable: false },
      { path: '\\\\nas\\backup', reachable: false },
    ]);
    expect(none).toMatchObject({
      summary: { key: 'check.backup.destination.allMissing' },
      details: { fault: 'backup.destination-missing' },
    });
  });

  it('too little space for the next run raises backup.destination-full', () => {
    const s = stateWith((st) => (st.sources['开票数据'] = { files: 10, bytes: 500 * 2 ** 20, at: hoursAgo(1) }));
    const o = evaluateDestinations(policy, s, [
      { path: 'E:\\', reachable: true, freeBytes: 100 * 2 ** 20 },
      { path: '\\\\nas\\backup', reachable: true, freeBytes: 10 * 2 ** 30 },
    ]);
    expect(o).toMatchObject({
      summary: { key: 'check.backup.destination.low', params: { neededMiB: 500 } },
      details: { fault: 'backup.destination-full' },
    });
  });

  it('a drill gives the measured RTO; none yet or too old is backup.drill-overdue', () => {
    expect(evaluateDrill(policy, emptyBackupState(), now).details).toMatchObject({ fault: 'backup.drill-overdue' });
    const s = stateWith((st) => {
      destination(st, 'E:\\').lastDrill = {
        at: hoursAgo(3),
        snapshotId: 's',
        ok: true,
        seconds: 42.25,
        files: 9,
        bytes: 1,
        problems: 0,
        error: null,
      };
    });
    expect(evaluateDrill(policy, s, now)).toMatchObject({
      status: 'ok',
      details: { rtoSeconds: 42.25 },
      summary: { params: { seconds: 42.3 } },
    });
  });

  it('a source that vanished or lost most of its files raises data.lost', () => {
    const s = stateWith((st) => (st.sources['开票数据'] = { files: 1000, bytes: 1, at: hoursAgo(1) }));
    const look = (exists: boolean, files: number) => [{ name: '开票数据', path: 'C:\\开票\\Data', exists, files }];
    expect(evaluateSources(policy, s, look(true, 990)).status).toBe('ok');
    expect(evaluateSources(policy, s, look(true, 400)).details).toMatchObject({ fault: 'data.lost' });
    expect(evaluateSources(policy, s, look(false, 0)).summary.key).toBe('check.backup.sources.missing');
  });

  it('a source folder never found (a wrong path, software not installed) is a warning for IT, not lost data', () => {
    const look = (exists: boolean) => [
      { name: '百旺开票数据', path: 'C:\\百旺\\Database', exists, files: exists ? 5 : 0 },
    ];
    const never = evaluateSources(
      policy,
      stateWith(() => {}),
      look(false),
    );
    expect(never).toMatchObject({ status: 'warning', summary: { key: 'check.backup.sources.neverFound' } });
    expect(never.details).toMatchObject({ fault: null });
    // Seen by this monitor, then gone before any backup: that is lost data.
    const gone = evaluateSources(
      policy,
      stateWith(() => {}),
      look(false),
      new Set(['百旺开票数据']),
    );
    expect(gone).toMatchObject({ status: 'fault', details: { fault: 'data.lost' } });
  });
});

describe('the rule', () => {
  it('turns each backup reading that names a fault into that fault, with the reading severity override', () => {
    const reading = (id: string, details: Record<string, unknown>): Reading => ({
      id,
      area: 'backup',
      status: 'warning',
      summary: { key: 'k', params: { path: 'E:\\' } },
      details,
      checkedAt: '',
      durationMs: 0,
    });
    const readings = new Map([
      [
        'backup.destination',
        reading('backup.destination', { fault: 'backup.destination-missing', severity: 'critical' }),
      ],
      ['backup.freshness', reading('backup.freshness', { fault: null })],
    ]);
    expect(backupRule.evaluate(readings)).toEqual([
      {
        id: 'backup.destination-missing',
        checkIds: ['backup.destination'],
        severity: 'critical',
        evidence: { path: 'E:\\' },
      },
    ]);
  });
});

describe('retention', () => {
  const snap = (id: string, daysAgo: number, verified = false, status: 'complete' | 'partial' = 'complete') => ({
    id,
    createdAt: new Date(now - daysAgo * 86_400_000).toISOString(),
    status,
    verified,
  });

  it('keeps the newest N and everything younger than D days; removes the rest', () => {
    const all = [snap('1', 100), snap('2', 50), snap('3', 20), snap('4', 1), snap('5', 0)];
    expect(snapshotsToRemove(all, { keepLast: 2, keepDays: 30 }, now)).toEqual(['2', '1']);
  });

  it('never removes the newest verified snapshot nor the newest complete one', () => {
    const all = [snap('1', 100, true), snap('2', 90), snap('3', 80, false, 'partial'), snap('4', 70, false, 'partial')];
    expect(snapshotsToRemove(all, { keepLast: 1, keepDays: 0 }, now)).toEqual(['3']);
  });
});

describe('the schedule', () => {
  const local = (y: number, m: number, d: number, h: number, min = 0): number =>
    new Date(y, m - 1, d, h, min).getTime();

  it('daily: due at once when today’s (or yesterday’s) slot has not run, else tomorrow at the same local time', () => {
    const at = local(2026, 12, 2, 15);
    expect(nextDue({ dailyAt: '12:30' }, null, at)).toBe(local(2026, 12, 2, 12, 30));
    expect(nextDue({ dailyAt: '12:30' }, local(2026, 12, 2, 12, 31), at)).toBe(local(2026, 12, 3, 12, 30));
    expect(nextDue({ dailyAt: '18:00' }, local(2026, 12, 1, 18, 1), at)).toBe(local(2026, 12, 2, 18, 0));
    // A slot missed while the PC was off is caught up, but only once.
    expect(nextDue({ dailyAt: '18:00' }, local(2026, 11, 28, 18, 0), at)).toBe(local(2026, 12, 1, 18, 0));
  });

  it('interval: from the last scheduled start', () => {
    expect(nextDue({ everyHours: 4 }, null, now)).toBe(now);
    expect(nextDue({ everyHours: 4 }, now - 3_600_000, now)).toBe(now + 3 * 3_600_000);
  });
});

describe('ETA', () => {
  it('is null until a second has passed, then counts files and bytes together', () => {
    expect(etaSeconds({ files: 5, bytes: 100, totalFiles: 10, totalBytes: 200 }, 0.5)).toBeNull();
    expect(etaSeconds({ files: 5, bytes: 100, totalFiles: 10, totalBytes: 200 }, 10)).toBe(10);
    expect(etaSeconds({ files: 10, bytes: 200, totalFiles: 10, totalBytes: 200 }, 10)).toBe(0);
  });
});
