// Small synchronous file helpers for the backup engine, which runs in a worker thread (so sync
// calls never block the core's event loop) and wants every syscall it makes to be visible.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Flushes a directory entry (rename, create) to disk where the OS allows it (not on Windows). */
export function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems (network shares) refuse fsync on a directory; the rename still happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes a file whole or not at all: a temp file in `tempDir`, flushed, then renamed over `file`. */
export function writeAtomicSync(file: string, data: string | Buffer, tempDir = path.dirname(file)): void {
  const temp = path.join(tempDir, `${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirSync(path.dirname(file));
}

/** Sleeps without an event loop (the worker has nothing else to do while it waits to retry). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? '';
}
