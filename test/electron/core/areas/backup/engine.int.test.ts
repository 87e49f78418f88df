import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runEngineJob, type BackupJobResult, type EngineJob } from '../../../../../electron/core/areas/backup/engine';
import { BackupFailure } from '../../../../../electron/core/areas/backup/backup-failure';
import { workerRunner } from '../../../../../electron/core/areas/backup/engine-runner';
import { listSnapshotFiles, loadManifest, openStore } from '../../../../../electron/core/areas/backup/store';
import { manifestPath, objectPath, storeLayout } from '../../../../../electron/core/areas/backup/store-layout';
import { aDayAgo, ageTree, describeTree, flipByte, makeTree, storeObjects } from '../../../../support/backup/trees';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function workspace(): { root: string; src: string; dst: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-'));
  roots.push(root);
  const src = path.join(root, '开票数据');
  const dst = path.join(root, 'U盘');
  fs.mkdirSync(src);
  fs.mkdirSync(dst);
  return { root, src, dst };
}

function backupJob(src: string, dst: string, extra: Partial<Extract<EngineJob, { kind: 'backup' }>> = {}): EngineJob {
  return {
    kind: 'backup',
    destination: dst,
    sources: [{ name: '开票数据', path: src }],
    exclude: ['*.tmp'],
    dataLossPercent: 50,
    acceptSourceChanges: false,
    host: os.hostname(),
    retention: { keepLast: 30, keepDays: 90 },
    verify: false,
    retryDelaysMs: [5, 10],
    ...extra,
  };
}

const backup = (job: EngineJob): BackupJobResult => runEngineJob(job, () => {}) as BackupJobResult;

function failureOf(fn: () => unknown): BackupFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof BackupFailure) return error;
    throw error;
  }
  throw new Error('expected a BackupFailure');
}

describe('snapshots of a real tree', () => {
  it('round-trips thousands of files byte for byte: names, empty files and folders, a large file, times', () => {
    const { root, src, dst } = workspace();
    makeTree(src, { dirs: 60, perDir: 50, largeBytes: 24 * 1024 * 1024 });
    fs.writeFileSync(path.join(src, 'skip.tmp'), 'excluded');
    ageTree(src);
    const first = backup(backupJob(src, dst, { verify: true }));
    expect(first.snapshot.status).toBe('complete');
    expect(first.snapshot.files).toBe(60 * 50 + 1);
    expect(first.verify?.ok).toBe(true);

    const out = path.join(root, '恢复');
    const restored = runEngineJob(
      { kind: 'restore', destination: dst, snapshotId: 'latest', targets: [{ source: '开票数据', folder: out }] },
      () => {},
    );
    expect(restored.kind === 'restore' && restored.result.problems).toEqual([]);
    const before = describeTree(src);
    before.delete('skip.tmp');
    expect(describeTree(out)).toEqual(before);
    expect(fs.readdirSync(path.join(out, '空文件夹', '更深一层'))).toEqual([]);
  });

  it('stores only what changed: an unchanged run reads no file and adds no object; a changed file is re-read', () => {
    const { src, dst } = workspace();
    makeTree(src, { dirs: 20, perDir: 50 });
    backup(backupJob(src, dst));
    const objects = storeObjects(dst).length;
    const second = backup(backupJob(src, dst));
    expect(second.snapshot.readFiles).toBe(0);
    expect(second.snapshot.addedBytes).toBe(0);
    expect(storeObjects(dst).length).toBe(objects);

    const changed = path.join(src, '2020年', '第0批', '发票明细', '发票_0_1.xml');
    fs.writeFileSync(changed, '<发票 号="改过"/>');
    fs.utimesSync(changed, aDayAgo(), aDayAgo());
    const third = backup(backupJob(src, dst));
    expect(third.snapshot.readFiles).toBe(1);
    expect(storeObjects(dst).length).toBe(objects + 1);
  });

  it('re-reads a file modified within the time resolution of the scan (the racy-clean case)', () => {
    const { src, dst } = workspace();
    fs.writeFileSync(path.join(src, 'fresh.db'), 'v1');
    const first = backup(backupJob(src, dst));
    expect(first.snapshot.readFiles).toBe(1);
    // Same size, same second: only re-reading can tell, and the engine does.
    const second = backup(backupJob(src, dst));
    expect(second.snapshot.readFiles).toBe(1);
  });

  it('fails verification when one byte of a stored object flips, naming the file', () => {
    const { src, dst } = workspace();
    makeTree(src, { dirs: 2, perDir: 5 });
    const result = backup(backupJob(src, dst));
    const layout = storeLayout(dst);
    const entry = loadManifest(layout, result.snapshot.snapshotId).entries.find(
      (e) => e.type === 'file' && e.size > 10,
    );
    flipByte(objectPath(layout, entry?.sha256 ?? ''), 3);
    const verify = runEngineJob({ kind: 'verify', destination: dst, snapshotId: 'latest' }, () => {});
    expect(verify.kind === 'verify' && verify.record.ok).toBe(false);
    expect(verify.kind === 'verify' && verify.record.problems[0]).toMatchObject({
      reason: 'damaged',
      path: `开票数据/${entry?.path}`,
    });
    // A restore never writes the damaged file; it reports it.
    const restored = runEngineJob(
      {
        kind: 'restore',
        destination: dst,
        snapshotId: 'latest',
        targets: [{ source: '开票数据', folder: path.join(dst, '..', 'r') }],
      },
      () => {},
    );
    expect(restored.kind === 'restore' && restored.result.problems.map((p) => p.reason)).toEqual(['damaged']);
  });

  it('skips a damaged manifest for `latest` and never counts it as a snapshot', () => {
    const { src, dst } = workspace();
    makeTree(src, { dirs: 1, perDir: 3 });
    const older = backup(backupJob(src, dst)).snapshot.snapshotId;
    const newer = backup(backupJob(src, dst)).snapshot.snapshotId;
    flipByte(manifestPath(storeLayout(dst), newer), 400);
    const verify = runEngineJob({ kind: 'verify', destination: dst, snapshotId: 'latest' }, () => {});
    expect(verify.kind === 'verify' && verify.record.snapshotId).toBe(older);
    expect(failureOf(() => runEngineJob({ kind: 'verify', destination: dst, snapshotId: newer }, () => {})).kind).toBe(
      'store-damaged',
    );
  });

  it('lists a file that keeps changing while it is copied and makes the snapshot partial', async () => {
    const { src, dst } = workspace();
    makeTree(src, { dirs: 1, perDir: 5 });
    const busy = path.join(src, 'growing.log');
    fs.writeFileSync(busy, Buffer.alloc(48 * 1024 * 1024, 1)); // long reads: the writer gets CPU during each even on a busy machine
    // A real writer process, like the invoicing software appending to its log during the backup.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(busy)},'a');for(;;){fs.writeSync(fd,'x'.repeat(512));}`,
    ]);
    try {
      await new Promise((r) => setTimeout(r, 200));
      const result = backup(backupJob(src, dst));
      expect(result.snapshot.status).toBe('partial');
      expect(result.snapshot.problems).toEqual([
        { source: 0, path: 'growing.log', reason: 'changed', code: 'CHANGED' },
      ]);
      expect(result.snapshot.files).toBe(5);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('lists a file it cannot read instead of leaving it out silently', () => {
    if (process.getuid?.() === 0) return; // root reads everything; the locked-file path is covered below
    const { src, dst } = workspace();
    fs.writeFileSync(path.join(src, 'secret.db'), 'x');
    fs.chmodSync(path.join(src, 'secret.db'), 0);
    const result = backup(backupJob(src, dst));
    expect(result.snapshot.problems[0]).toMatchObject({ path: 'secret.db', reason: 'unreadable' });
  });

  it('keeps the last good copy of a source that vanished, and says so', () => {
    const { root, src, dst } = workspace();
    makeTree(src, { dirs: 3, perDir: 10 });
    backup(backupJob(src, dst));
    fs.rmSync(src, { recursive: true });
    const result = backup(backupJob(src, dst));
    expect(result.snapshot.status).toBe('partial');
    expect(result.snapshot.dataMissing).toEqual([{ source: '开票数据', reason: 'source-missing', before: 30, now: 0 }]);
    expect(result.snapshot.sources[0]).toMatchObject({ files: 30, carried: true });
    const out = path.join(root, 'back');
    runEngineJob(
      { kind: 'restore', destination: dst, snapshotId: 'latest', targets: [{ source: '开票数据', folder: out }] },
      () => {},
    );
    expect([...describeTree(out).values()].filter((e) => e.type === 'file')).toHaveLength(30);
  });

  it('treats a source that lost most of its files as data missing unless told to accept it', () => {
    const { src, dst } = workspace();
    makeTree(src, { dirs: 4, perDir: 10 });
    backup(backupJob(src, dst));
    for (const year of ['2020年', '2021年', '2022年']) fs.rmSync(path.join(src, year), { recursive: true });
    const kept = backup(backupJob(src, dst));
    expect(kept.snapshot.dataMissing[0]).toMatchObject({ reason: 'source-shrunk', before: 40, now: 10 });
    expect(kept.snapshot.files).toBe(40);
    const accepted = backup(backupJob(src, dst, { acceptSourceChanges: true }));
    expect(accepted.snapshot.status).toBe('complete');
    expect(accepted.snapshot.files).toBe(10);
  });
});

describe('failures leave earlier snapshots untouched', () => {
  const mounts: string[] = [];
  afterEach(() => {
    for (const m of mounts.splice(0)) execFileSync('umount', ['-l', m], { timeout: 10_000 });
  });
  const root = process.getuid?.() === 0;

  it.skipIf(!root)('a full destination (ENOSPC on a small tmpfs): a clear failure, the space given back', () => {
    const { src, dst } = workspace();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dst], { timeout: 10_000 });
    mounts.push(dst);
    makeTree(src, { dirs: 2, perDir: 5 });
    const first = backup(backupJob(src, dst));
    const freeBefore = fs.statfsSync(dst).bavail;
    fs.writeFileSync(path.join(src, 'big.db'), Buffer.alloc(9 * 1024 * 1024, 7));
    ageTree(src);
    const failure = failureOf(() => backup(backupJob(src, dst)));
    expect(failure.kind).toBe('destination-full');
    expect(failure.details.code).toBe('ENOSPC');
    expect(fs.statfsSync(dst).bavail).toBeGreaterThanOrEqual(freeBefore - 2);
    expect(listSnapshotFiles(storeLayout(dst))).toEqual({ complete: [first.snapshot.snapshotId], incomplete: [] });
    const verify = runEngineJob({ kind: 'verify', destination: dst, snapshotId: first.snapshot.snapshotId }, () => {});
    expect(verify.kind === 'verify' && verify.record.ok).toBe(true);
  });

  it.skipIf(!root)(
    'a destination that disappears mid-run (unmounted): "missing", and the store intact once back',
    () => {
      const { root: ws, src, dst } = workspace();
      const disk = path.join(ws, 'disk');
      fs.mkdirSync(disk);
      execFileSync('mount', ['--bind', disk, dst], { timeout: 10_000 });
      makeTree(src, { dirs: 2, perDir: 20 });
      const first = backup(backupJob(src, dst));
      fs.writeFileSync(path.join(src, 'new.db'), 'new data');
      fs.writeFileSync(path.join(src, 'new2.db'), 'more new data');
      ageTree(src);
      let copied = 0;
      const failure = failureOf(() =>
        runEngineJob(backupJob(src, dst), (p) => {
          if (p.phase === 'copy' && p.files === 0 && copied++ === 0)
            execFileSync('umount', ['-l', dst], { timeout: 10_000 });
        }),
      );
      expect(failure.kind).toBe('destination-missing');
      // Plugged back in: the earlier snapshot is whole; the interrupted one is incomplete and is cleaned by the next run.
      execFileSync('mount', ['--bind', disk, dst], { timeout: 10_000 });
      mounts.push(dst);
      const files = listSnapshotFiles(storeLayout(dst));
      expect(files.complete).toEqual([first.snapshot.snapshotId]);
      const next = backup(backupJob(src, dst));
      expect(next.cleanedIncomplete).toBe(files.incomplete.length);
      expect(listSnapshotFiles(storeLayout(dst)).incomplete).toEqual([]);
    },
  );

  it.skipIf(!root)(
    'ENOSPC while the copy helper thread shares the work: the same clear failure, nothing left behind',
    async () => {
      const { src, dst } = workspace();
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dst], { timeout: 10_000 });
      mounts.push(dst);
      makeTree(src, { dirs: 4, perDir: 50 });
      const runner = workerRunner(path.resolve('dist/backup-worker.cjs'));
      const first = await runner.run(backupJob(src, dst), () => {});
      const freeBefore = fs.statfsSync(dst).bavail;
      for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(src, `big${i}.db`), Buffer.alloc(3 * 1024 * 1024, i + 1));
      for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(src, `new${i}.xml`), `new ${i}`);
      ageTree(src);
      const failure = await runner
        .run(backupJob(src, dst), () => {})
        .then(
          () => undefined,
          (error: unknown) => error as BackupFailure,
        );
      expect(failure?.kind).toBe('destination-full');
      expect(fs.statfsSync(dst).bavail).toBeGreaterThanOrEqual(freeBefore - 2);
      expect(listSnapshotFiles(storeLayout(dst)).complete).toEqual([
        first.kind === 'backup' ? first.snapshot.snapshotId : '',
      ]);
    },
  );

  it('a destination that is not there is "missing" and is never created', () => {
    const { root, src } = workspace();
    const absent = path.join(root, 'not-plugged-in');
    expect(failureOf(() => backup(backupJob(src, absent))).kind).toBe('destination-missing');
    expect(fs.existsSync(absent)).toBe(false);
  });

  it('refuses to restore into a folder that holds anything', () => {
    const { root, src, dst } = workspace();
    makeTree(src, { dirs: 1, perDir: 2 });
    backup(backupJob(src, dst));
    const target = path.join(root, 'full');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'mine');
    const failure = failureOf(() =>
      runEngineJob(
        { kind: 'restore', destination: dst, snapshotId: 'latest', targets: [{ source: '开票数据', folder: target }] },
        () => {},
      ),
    );
    expect(failure.kind).toBe('target-not-empty');
    expect(fs.readdirSync(target)).toEqual(['keep.txt']);
  });
});

describe('retention', () => {
  it('removes old snapshots and their objects but never the newest verified one', () => {
    const { src, dst } = workspace();
    fs.writeFileSync(path.join(src, 'a.db'), 'version 0');
    ageTree(src);
    const verified = backup(backupJob(src, dst, { verify: true })).snapshot.snapshotId;
    for (let i = 1; i <= 3; i++) {
      fs.writeFileSync(path.join(src, 'a.db'), `version ${i}`);
      ageTree(src);
      backup(backupJob(src, dst, { retention: { keepLast: 2, keepDays: 0 } }));
    }
    const { complete } = listSnapshotFiles(storeLayout(dst));
    expect(complete).toHaveLength(3);
    expect(complete).toContain(verified);
    expect(storeObjects(dst)).toHaveLength(3);
    expect(openStore(dst, false).created).toBe(false);
  });
});
