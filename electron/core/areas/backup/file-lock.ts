import { open, rename, stat, unlink, utimes } from 'node:fs/promises';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readCapped, RefusedFileError } from '../../../util/read-capped-file';

const ownerSchema = z
  .object({ pid: z.number().int(), host: z.string(), startedAt: z.string(), purpose: z.string() })
  .strict();
export type LockOwner = z.infer<typeof ownerSchema>;

export interface HeldLock {
  owner: LockOwner;
  release(): Promise<void>;
}

export type LockAttempt = { ok: true; lock: HeldLock } | { ok: false; owner: LockOwner | null };

export interface LockOptions {
  purpose: string;
  /** A lock whose heartbeat (modification time) is older than this is stale (its holder died elsewhere). */
  staleMs?: number;
  heartbeatMs?: number;
  host?: string;
  pid?: number;
  now?: () => number;
}

/** Whether a process of this machine is alive (EPERM: it exists, it is just not ours). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock file created exclusively (`wx`, atomic on local disks and SMB/NFS shares) holding pid,
 * host, start time and purpose, its modification time refreshed as a heartbeat. Stale when its
 * holder is on this machine and dead, or when the heartbeat stopped (a holder on another machine,
 * or one killed with its machine). A stale lock is renamed aside first, so two processes breaking
 * it at once cannot both win. Errors other than "exists" are thrown for the caller to classify.
 */
export async function acquireLock(file: string, options: LockOptions): Promise<LockAttempt> {
  const now = options.now ?? Date.now;
  const staleMs = options.staleMs ?? 120_000;
  const owner: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    startedAt: new Date(now()).toISOString(),
    purpose: options.purpose,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(owner)}\n`);
      } finally {
        await handle.close();
      }
      return { ok: true, lock: held(file, owner, options.heartbeatMs ?? Math.max(1000, Math.floor(staleMs / 4))) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readOwner(file);
    if (current === 'gone') continue;
    const { holder, mtimeMs } = current;
    const dead = holder !== null && holder.host === owner.host && !pidAlive(holder.pid);
    const silent = now() - mtimeMs > staleMs;
    if (!dead && !silent) return { ok: false, owner: holder };
    const aside = `${file}.stale-${randomBytes(4).toString('hex')}`;
    try {
      await rename(file, aside);
      await unlink(aside).catch(() => {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { ok: false, owner: null };
}

async function readOwner(file: string): Promise<{ holder: LockOwner | null; mtimeMs: number } | 'gone'> {
  try {
    const st = await stat(file);
    let text: string;
    try {
      text = (await readCapped(file, 64 * 1024)).toString('utf8');
    } catch (error) {
      if (error instanceof RefusedFileError) return { holder: null, mtimeMs: st.mtimeMs };
      throw error;
    }
    let holder: LockOwner | null = null;
    try {
      const parsed = ownerSchema.safeParse(JSON.parse(text));
      holder = parsed.success ? parsed.data : null;
    } catch {
      holder = null; // half-written by a holder that died at once: judged by its age
    }
    return { holder, mtimeMs: st.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

function held(file: string, owner: LockOwner, heartbeatMs: number): HeldLock {
  const beat = setInterval(() => {
    const t = new Date();
    utimes(file, t, t).catch(() => {});
  }, heartbeatMs);
  beat.unref();
  let released = false;
  return {
    owner,
    async release() {
      if (released) return;
      released = true;
      clearInterval(beat);
      const current = await readOwner(file).catch(() => 'gone' as const);
      // Only our own lock is removed (it may have been broken as stale and taken by another).
      if (current !== 'gone' && current.holder?.pid === owner.pid && current.holder.startedAt === owner.startedAt)
        await unlink(file).catch(() => {});
    },
  };
}
