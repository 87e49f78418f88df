import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../../../electron/core/areas/backup/file-lock';
import { openBackupState } from '../../../../../electron/core/areas/backup/backup-state';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-lock-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The pid of a process that existed and is now dead (killed with SIGKILL, like a crashed core). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  const pid = child.pid as number;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  return pid;
}

describe('the destination lock', () => {
  it('lets one holder in at a time and tells the other who holds it', async () => {
    const file = path.join(root, 'lock-a');
    const first = await acquireLock(file, { purpose: 'backup' });
    expect(first.ok).toBe(true);
    const second = await acquireLock(file, { purpose: 'backup' });
    expect(second).toMatchObject({ ok: false, owner: { pid: process.pid, host: os.hostname(), purpose: 'backup' } });
    if (first.ok) await first.lock.release();
    expect(fs.existsSync(file)).toBe(false);
    const third = await acquireLock(file, { purpose: 'drill' });
    expect(third.ok).toBe(true);
    if (third.ok) await third.lock.release();
  });

  it('breaks a lock whose holder on this machine died (kill -9)', async () => {
    const file = path.join(root, 'lock-b');
    const pid = await deadPid();
    fs.writeFileSync(
      file,
      JSON.stringify({ pid, host: os.hostname(), startedAt: new Date().toISOString(), purpose: 'backup' }),
    );
    const attempt = await acquireLock(file, { purpose: 'backup' });
    expect(attempt.ok).toBe(true);
    if (attempt.ok) await attempt.lock.release();
  });

  it('keeps a fresh lock of another machine, breaks one whose heartbeat stopped', async () => {
    const file = path.join(root, 'lock-c');
    fs.writeFileSync(
      file,
      JSON.stringify({ pid: 1, host: 'other-pc', startedAt: new Date().toISOString(), purpose: 'backup' }),
    );
    expect((await acquireLock(file, { purpose: 'backup' })).ok).toBe(false);
    const old = new Date(Date.now() - 10 * 60_000);
    fs.utimesSync(file, old, old);
    const attempt = await acquireLock(file, { purpose: 'backup' });
    expect(attempt.ok).toBe(true);
    if (attempt.ok) await attempt.lock.release();
  });
});

describe('the backup state file', () => {
  it('sets a corrupt file aside and starts empty, deleting nothing', async () => {
    const file = path.join(root, 'state-a.json');
    fs.writeFileSync(file, '{"version": 1, "lastRun": "garbage"');
    const state = await openBackupState(file).read();
    expect(state.lastRun).toBeNull();
    expect(fs.readdirSync(root).filter((n) => n.startsWith('state-a.json.corrupt-'))).toHaveLength(1);
  });

  it('refuses a state file that is not a regular file or is far too large', async () => {
    const dir = path.join(root, 'state-dir.json');
    fs.mkdirSync(dir);
    expect((await openBackupState(dir).read()).lastRun).toBeNull();
    const big = path.join(root, 'state-big.json');
    fs.writeFileSync(big, Buffer.alloc(5 * 1024 * 1024, 0x20));
    expect((await openBackupState(big).read()).lastRun).toBeNull();
  });

  it('loses no update when two writers (the CLI and the core) update at once', async () => {
    const file = path.join(root, 'state-b.json');
    const a = openBackupState(file);
    const b = openBackupState(file);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).update((s) => {
          s.sources[`s${i}`] = { files: i, bytes: i, at: new Date().toISOString() };
        }),
      ),
    );
    expect(Object.keys((await a.read()).sources).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `s${i}`).sort());
  });
});
