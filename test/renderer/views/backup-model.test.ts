import { describe, expect, it } from 'vitest';
import { backupStatusModel } from '../../../renderer/src/views/backup-model';
import { snapshotListModel } from '../../../renderer/src/views/snapshot-list-model';
import { sizeMessage } from '../../../renderer/src/views/backup-size';
import { ageMessage, durationMessage } from '../../../renderer/src/components/age-message';
import { fakeReading } from '../../support/fake-snapshot';
import { fakeBackupStatus, fakeSnapshotList, fakeSnapshotSummary } from '../support/backup-fixtures';

const destinationReading = fakeReading({
  id: 'backup.destination',
  area: 'backup',
  status: 'warning',
  summary: { key: 'check.backup.destination.missing' },
  details: {
    destinations: [
      { path: 'E:\\', reachable: true, freeMiB: 20 * 1024, enough: true },
      { path: '\\\\nas\\backup', reachable: false, freeMiB: null, enough: null },
    ],
  },
});

describe('the backup status panel', () => {
  it('is loading, failed or not configured before it has rows', () => {
    expect(backupStatusModel({ checks: [] })).toEqual({ kind: 'loading' });
    const failure = { code: 'timeout', detail: 'x' } as const;
    expect(backupStatusModel({ checks: [], failure })).toEqual({ kind: 'failed', failure });
    expect(backupStatusModel({ status: fakeBackupStatus({ configured: false }), checks: [] })).toEqual({
      kind: 'not-configured',
    });
  });

  it('says the freshness against the RPO, the last run in the core’s words, verification, RTO and the next run', () => {
    const model = backupStatusModel({ status: fakeBackupStatus(), checks: [] });
    if (model.kind !== 'ready') throw new Error(model.kind);
    const row = (id: string) => model.rows.find((r) => r.id === id)!;
    expect(row('freshness')).toMatchObject({
      tone: 'ok',
      value: {
        key: 'ui.backup.fresh',
        params: { rpoHours: 26 },
        parts: { age: { key: 'ui.age.hours', params: { n: 2 } } },
      },
    });
    expect(row('last-run').value).toMatchObject({ key: 'ui.backup.when', parts: { what: { key: 'backup.done.ok' } } });
    expect(row('verification')).toMatchObject({ tone: 'ok', value: { key: 'ui.backup.verifyOk' } });
    expect(row('drill')).toMatchObject({
      tone: 'ok',
      value: { key: 'ui.backup.rto', parts: { duration: { key: 'ui.duration.seconds', params: { n: 3.4 } } } },
    });
    expect(row('next')).toMatchObject({ value: { key: 'ui.backup.next', times: { at: '2026-12-02T12:30:00.000Z' } } });
    expect(row('next').tone).toBeUndefined();
  });

  it('warns when the newest complete backup is older than the RPO, or there is none, or the drill failed', () => {
    const stale = backupStatusModel({
      status: fakeBackupStatus({
        rpo: { targetHours: 26, ageSeconds: 30 * 3600, newestAt: '2026-12-01T03:00:00.000Z' },
        rto: { seconds: null, at: '2026-12-01T03:00:00.000Z', ok: false },
      }),
      checks: [],
    });
    if (stale.kind !== 'ready') throw new Error(stale.kind);
    expect(stale.rows[0]).toMatchObject({ tone: 'warning', value: { key: 'ui.backup.stale' } });
    expect(stale.rows.find((r) => r.id === 'drill')).toMatchObject({
      tone: 'warning',
      value: { key: 'ui.backup.drillFailed' },
    });
    const never = backupStatusModel({
      status: fakeBackupStatus({ rpo: { targetHours: 26, ageSeconds: null, newestAt: null }, lastRun: null }),
      checks: [],
    });
    if (never.kind !== 'ready') throw new Error(never.kind);
    expect(never.rows[0]).toMatchObject({
      tone: 'warning',
      value: { key: 'ui.backup.never', params: { rpoHours: 26 } },
    });
    expect(never.rows[1]).toMatchObject({ tone: 'not-checked', value: { key: 'ui.backup.noRun' } });
  });

  it('names destinations by their policy name, else by number (never their path), with free space from the live reading', () => {
    const model = backupStatusModel({ status: fakeBackupStatus(), checks: [destinationReading] });
    if (model.kind !== 'ready') throw new Error(model.kind);
    const [usb, nas] = model.destinations;
    expect(usb).toMatchObject({
      name: { key: 'ui.backup.dest.named', params: { name: '备份盘' } },
      kindKey: 'ui.backup.kind.usb',
      tone: 'ok',
      space: { key: 'ui.backup.dest.free', parts: { size: { key: 'ui.backup.size.gb', params: { n: 20 } } } },
      newest: { key: 'ui.backup.dest.newest.complete' },
    });
    expect(nas).toMatchObject({
      name: { key: 'ui.backup.dest.numbered', params: { n: 2 } },
      tone: 'warning',
      space: { key: 'ui.backup.dest.unreachable' },
    });
    expect(JSON.stringify(model.destinations.map((d) => [d.name, d.space, d.newest]))).not.toContain('nas');
  });
});

describe('the snapshot list', () => {
  it('is newest first with state, verification, size and files; ids stay keys', () => {
    const model = snapshotListModel({
      list: {
        ...fakeSnapshotList([
          fakeSnapshotSummary({ id: 'old', createdAt: '2026-11-30T07:00:00.000Z', verified: { at: 'x', ok: true } }),
          fakeSnapshotSummary({ id: 'new', status: 'partial', preRestore: true }),
        ]),
        incomplete: 2,
      },
    });
    if (model.kind !== 'ready') throw new Error(model.kind);
    expect(model.rows.map((r) => r.id)).toEqual(['new', 'old']);
    expect(model.rows[0]).toMatchObject({
      tone: 'warning',
      statusKey: 'ui.backup.snap.partial',
      verifiedKey: 'ui.backup.snap.notVerified',
      size: { key: 'ui.backup.size.mb', params: { n: 8.4 } },
      files: 41,
      preRestore: true,
    });
    expect(model.rows[1]).toMatchObject({ tone: 'ok', verifiedKey: 'ui.backup.snap.verified' });
    expect(model.rows[0]?.where).toBeUndefined();
    expect(model.incomplete).toEqual({ key: 'ui.backup.snap.incomplete', params: { count: 2 } });
  });

  it('says where each is kept when there is more than one destination, and a destination it could not list', () => {
    const model = snapshotListModel({
      status: fakeBackupStatus(),
      list: {
        ...fakeSnapshotList([fakeSnapshotSummary(), fakeSnapshotSummary({ destination: '\\\\nas\\backup' })]),
        errors: [
          { destination: 'F:\\', error: { message: { key: 'backup.error.store-damaged', params: { path: 'F:\\' } } } },
        ],
      },
    });
    if (model.kind !== 'ready') throw new Error(model.kind);
    expect(model.rows.map((r) => r.where?.key)).toEqual(['ui.backup.dest.named', 'ui.backup.dest.numbered']);
    expect(model.errors).toEqual([{ key: 'backup.error.store-damaged', params: { path: 'F:\\' } }]);
  });

  it('is loading, failed or not configured without a list', () => {
    expect(snapshotListModel({})).toEqual({ kind: 'loading' });
    expect(snapshotListModel({ list: { ...fakeSnapshotList(), configured: false } })).toEqual({
      kind: 'not-configured',
    });
  });
});

describe('sizes and ages in words', () => {
  it('picks the unit', () => {
    expect(sizeMessage(0)).toEqual({ key: 'ui.backup.size.kb', params: { n: 0 } });
    expect(sizeMessage(1500)).toEqual({ key: 'ui.backup.size.kb', params: { n: 2 } });
    expect(sizeMessage(3.25 * 1024 ** 3)).toEqual({ key: 'ui.backup.size.gb', params: { n: 3.3 } });
    expect(ageMessage(20)).toEqual({ key: 'ui.age.justNow' });
    expect(ageMessage(125)).toEqual({ key: 'ui.age.minutes', params: { n: 2 } });
    expect(ageMessage(5.04 * 3600)).toEqual({ key: 'ui.age.hours', params: { n: 5 } });
    expect(ageMessage(3.5 * 86_400)).toEqual({ key: 'ui.age.days', params: { n: 3 } });
    expect(durationMessage(0.04)).toEqual({ key: 'ui.duration.underSecond' });
    expect(durationMessage(125.4)).toEqual({ key: 'ui.duration.minutes', params: { m: 2, s: 5 } });
  });
});
