import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../electron/core/core';
import { backupArea } from '../../../../../electron/core/areas/backup/backup-area';
import { workerRunner } from '../../../../../electron/core/areas/backup/engine-runner';
import { validatePolicy } from '../../../../../shared/policy/parse-policy';
import { backupProgressSchema, type BackupProgress } from '../../../../../shared/backup/backup-schema';
import type { PolicyInput } from '../../../../../shared/policy/policy-schema';
import { flipByte, makeTree, storeObjects, describeTree } from '../../../../support/backup/trees';
import { checkDisplayName } from '../../../../../shared/i18n/check-name';
import { createTranslator } from '../../../../../shared/i18n/translator';
import { messagesFor } from '../../../../../shared/i18n/catalog';

// The backup area inside a real core, its jobs in the real worker thread (dist/backup-worker.cjs,
// built by `npm test` before the tests run).
const workerFile = path.resolve('dist/backup-worker.cjs');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function setUp(backup: PolicyInput['backup'] | undefined): { core: Core; events: BackupProgress[]; root: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-area-'));
  roots.push(root);
  const parsed = validatePolicy({ version: 1, ...(backup ? { backup } : {}) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const core = createCore({
    loaded: { policy: parsed.policy, status: { source: 'default', issues: [] } },
    areas: [
      backupArea({
        dataDir: path.join(root, 'data'),
        runner: workerRunner(workerFile),
        tempRoot: root,
        startDelayMs: 3_600_000,
        retryDelaysMs: [5],
      }),
    ],
    platform: process.platform,
    version: 'test',
  });
  const events: BackupProgress[] = [];
  core.onEvent((name, payload) => {
    if (name === 'backupProgress') events.push(backupProgressSchema.parse(payload));
  });
  return { core, events, root };
}

async function finished(events: BackupProgress[], jobId: string): Promise<BackupProgress> {
  for (;;) {
    const end = events.find((e) => e.jobId === jobId && (e.phase === 'done' || e.phase === 'failed'));
    if (end) return end;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the backup area without a backup section', () => {
  it('runs no check (nothing turns amber) and answers "not configured"', async () => {
    const { core } = setUp(undefined);
    expect(core.snapshot().checks).toEqual([]);
    const status = await core.handlers.getBackupStatus?.({});
    expect(status).toMatchObject({ configured: false, running: null, nextRunAt: null });
    const start = await core.handlers.startBackup?.({ verify: false, acceptSourceChanges: false });
    expect(start).toMatchObject({ accepted: false, error: { message: { key: 'backup.error.not-configured' } } });
    expect(await core.handlers.listSnapshots?.({})).toEqual({
      configured: false,
      snapshots: [],
      incomplete: 0,
      errors: [],
    });
    await core.stop();
  });
});

describe('the backup area in a core', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-src-'));
  roots.push(root);
  const src = path.join(root, '开票数据');
  const usb = path.join(root, 'usb');
  fs.mkdirSync(usb);
  makeTree(src, { dirs: 20, perDir: 50, largeBytes: 4 * 1024 * 1024 });
  const { core, events } = setUp({
    sources: [{ path: src, name: '开票数据' }],
    destinations: [{ path: usb, kind: 'usb', name: 'U盘' }],
  });

  it('reads "never backed up" before the first backup; every check has a display name in both languages', async () => {
    const snapshot = await core.handlers.runChecks({});
    const byId = Object.fromEntries(snapshot.checks.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        'backup.destination',
        'backup.drill',
        'backup.freshness',
        'backup.last-run',
        'backup.sources',
        'backup.verification',
      ].sort(),
    );
    expect(byId['backup.freshness']).toMatchObject({ status: 'warning', details: { configured: true } });
    expect(snapshot.faults.map((f) => f.id)).toContain('backup.stale');
    for (const language of ['zh-CN', 'en'] as const) {
      const t = createTranslator(language);
      for (const c of snapshot.checks) {
        expect(checkDisplayName(c.id, t)).not.toBe(c.id);
        expect(messagesFor(language)[c.summary.key], `${language} ${c.summary.key}`).toBeTruthy();
      }
    }
  });

  it('"立即备份" answers at once, reports progress with totals, and leaves the checks green', async () => {
    const start = await core.handlers.startBackup?.({ verify: true, acceptSourceChanges: false });
    expect(start?.accepted).toBe(true);
    const jobId = start?.accepted ? start.jobId : '';
    // A second request while it runs is refused, not queued behind it.
    expect(await core.handlers.startBackup?.({ verify: false, acceptSourceChanges: false })).toMatchObject({
      accepted: false,
      error: { message: { key: 'backup.error.busy' } },
    });
    const end = await finished(events, jobId);
    expect(end).toMatchObject({ phase: 'done', outcome: 'ok', files: 1001 });
    const copy = events.filter((e) => e.jobId === jobId && e.phase === 'copy');
    expect(copy.at(-1)).toMatchObject({ files: 1001, totalFiles: 1001 });
    expect(copy[0]?.totalBytes).toBeGreaterThan(4 * 1024 * 1024);
    const snapshot = await core.handlers.runChecks({});
    const status = Object.fromEntries(snapshot.checks.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({
      'backup.freshness': 'ok',
      'backup.last-run': 'ok',
      'backup.verification': 'ok',
      'backup.destination': 'ok',
      'backup.sources': 'ok',
      'backup.drill': 'warning',
    });
    expect(snapshot.faults.map((f) => f.id)).toEqual(['backup.drill-overdue']);
  });

  it('a restore drill measures the RTO, clears the drill fault and counts as a verification of its snapshot', async () => {
    const drillStarted = new Date().toISOString();
    const start = await core.handlers.startRestoreDrill?.({});
    const end = await finished(events, start?.accepted ? start.jobId : '');
    expect(end).toMatchObject({ phase: 'done', outcome: 'ok', files: 1001, message: { key: 'backup.done.drillOk' } });
    const status = await core.handlers.getBackupStatus?.({});
    expect(status?.rto.seconds).toBeGreaterThan(0);
    expect(status?.rpo.ageSeconds).not.toBeNull();
    expect((await core.handlers.runChecks({ ids: ['backup.drill'] })).faults).toEqual([]);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('invoiceguard-drill-'))).toEqual([]);
    // The snapshot list says what the status says: the drilled (newest) snapshot was verified by it.
    const listed = await core.handlers.listSnapshots?.({});
    const newest = listed?.snapshots
      .filter((s) => !s.preRestore)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    expect(newest?.verified?.ok).toBe(true);
    expect(newest?.verified?.at.localeCompare(drillStarted)).toBeGreaterThanOrEqual(0);
  });

  it('a flipped byte in the store fails the next verification and raises backup.verify-failed', async () => {
    const objects = storeObjects(usb).filter((f) => fs.statSync(f).size > 100);
    flipByte(objects[0] as string, 10);
    const start = await core.handlers.startBackup?.({ verify: true, acceptSourceChanges: false });
    await finished(events, start?.accepted ? start.jobId : '');
    const snapshot = await core.handlers.runChecks({ ids: ['backup.verification'] });
    expect(snapshot.checks.find((c) => c.id === 'backup.verification')?.status).toBe('warning');
    expect(snapshot.faults.find((f) => f.id === 'backup.verify-failed')).toMatchObject({
      severity: 'warning',
      guide: 'backup.verify-failed',
    });
    flipByte(objects[0] as string, 10); // heal it for the next tests
  });

  it('raises data.lost between runs when a source folder loses most of its files', async () => {
    const moved = path.join(root, 'moved-away');
    fs.renameSync(path.join(src, '2020年'), moved);
    fs.renameSync(path.join(src, '2021年'), `${moved}-2`);
    fs.renameSync(path.join(src, '2022年'), `${moved}-3`);
    fs.renameSync(path.join(src, '2023年'), `${moved}-4`);
    fs.renameSync(path.join(src, '2024年'), `${moved}-5`);
    const snapshot = await core.handlers.runChecks({ ids: ['backup.sources'] });
    expect(snapshot.faults.find((f) => f.id === 'data.lost')).toMatchObject({
      severity: 'critical',
      checkIds: ['backup.sources'],
    });
    fs.renameSync(moved, path.join(src, '2020年'));
    fs.renameSync(`${moved}-2`, path.join(src, '2021年'));
    fs.renameSync(`${moved}-3`, path.join(src, '2022年'));
    fs.renameSync(`${moved}-4`, path.join(src, '2023年'));
    fs.renameSync(`${moved}-5`, path.join(src, '2024年'));
    expect((await core.handlers.runChecks({ ids: ['backup.sources'] })).faults.map((f) => f.id)).not.toContain(
      'data.lost',
    );
  });

  it('restores over the live data only with the token naming what is replaced, after snapshotting the current state', async () => {
    const before = describeTree(src);
    const list = await core.handlers.listSnapshots?.({});
    const count = list?.snapshots.length ?? 0;
    const latest = list?.snapshots.at(-1)?.id ?? '';
    fs.writeFileSync(path.join(src, '误操作.txt'), 'a file made after the backup');
    fs.rmSync(path.join(src, '2025年'), { recursive: true });

    const ask = await core.handlers.restoreSnapshot?.({ snapshotId: 'latest', target: { original: true } });
    expect(ask).toMatchObject({
      needsConfirmation: true,
      snapshotId: latest,
      replaces: [{ name: '开票数据', path: src }],
    });
    const token = ask && 'needsConfirmation' in ask ? ask.confirmToken : '';
    expect(
      await core.handlers.restoreSnapshot?.({ snapshotId: latest, target: { original: true }, confirmToken: 'wrong' }),
    ).toMatchObject({
      accepted: false,
      error: { message: { key: 'backup.error.confirm-mismatch' } },
    });
    expect(fs.existsSync(path.join(src, '误操作.txt'))).toBe(true);

    const go = await core.handlers.restoreSnapshot?.({
      snapshotId: latest,
      target: { original: true },
      confirmToken: token,
    });
    const end = await finished(events, go && 'jobId' in go ? go.jobId : '');
    expect(end).toMatchObject({ phase: 'done', outcome: 'ok' });
    expect(describeTree(src)).toEqual(before);
    const after = await core.handlers.listSnapshots?.({});
    expect(after?.snapshots.length).toBe(count + 1); // the pre-restore snapshot holds the replaced state
  });

  it('restores over the live data when the whole data folder is gone (the case it exists for)', async () => {
    const before = describeTree(src);
    fs.rmSync(src, { recursive: true });
    const ask = await core.handlers.restoreSnapshot?.({ snapshotId: 'latest', target: { original: true } });
    const token = ask && 'needsConfirmation' in ask ? ask.confirmToken : '';
    const go = await core.handlers.restoreSnapshot?.({
      snapshotId: 'latest',
      target: { original: true },
      confirmToken: token,
    });
    const end = await finished(events, go && 'jobId' in go ? go.jobId : '');
    expect(end).toMatchObject({ phase: 'done', outcome: 'ok' });
    expect(describeTree(src)).toEqual(before);
    await core.stop();
  });
});
