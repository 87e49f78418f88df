// Small synchronous file helpers for the backup engine, which runs in a worker thread (so sync
// calls never block the core's event loop) and wants every syscall it makes to be visible.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A file that is not a regular file, or larger than the cap, refused while reading. */
export class RefusedFileError extends Error {
  constructor(
    readonly file: string,
    readonly why: 'not-a-file' | 'too-large',
  ) {
    super(`${file}: ${why === 'too-large' ? 'larger than allowed' : 'not a regular file'}`);
  }
}

/**
 * Reads a small file (manifest, marker, state) with the cap applied while reading: opened first,
 * checked to be a regular file through its descriptor, then read no further than `maxBytes`.
 */
export function readCappedSync(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new RefusedFileError(file, 'not-a-file');
    if (st.size > maxBytes) throw new RefusedFileError(file, 'too-large');
    const buffer = Buffer.allocUnsafe(Math.min(st.size + 1, maxBytes + 1));
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
      if (read > maxBytes) throw new RefusedFileError(file, 'too-large');
      if (read === buffer.length) break;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

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
