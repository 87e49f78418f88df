import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readCapped } from '../../util/read-capped-file';

export type LockResult = { held: true; release(): Promise<void> } | { held: false; ownerPid?: number };

/**
 * One writer per journal folder: `journal.lock` holds the writer's pid. A second core on the same
 * folder (the CLI's one-shot core while the app runs) finds a live owner and only reads; a lock
 * left by a killed core (its pid no longer runs) is taken over. Errors other than "someone holds
 * it" (read-only folder, full disk) are thrown for the caller to report.
 */
export async function acquireJournalLock(folder: string, pid = process.pid): Promise<LockResult> {
  const file = path.join(folder, 'journal.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, `${pid}\n`, { flag: 'wx' });
      return {
        held: true,
        async release() {
          // Only our own lock is removed: a successor may have taken over a lock we thought stale.
          if ((await ownerOf(file)) === pid) await fs.unlink(file).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await ownerOf(file);
    if (owner !== undefined && isAlive(owner)) return { held: false, ownerPid: owner };
    await fs.unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return { held: false };
}

async function ownerOf(file: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readCapped(file, 64)).toString('utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
