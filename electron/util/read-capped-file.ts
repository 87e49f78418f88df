// The one bounded file reader (every file the app reads goes through it): opened first and checked
// on the open handle (no window between a check and the open for a swap), refused unless it is a
// regular file (a FIFO would hang the reader, /dev/zero would grow it without end), and read at
// most `maxBytes + 1` bytes, so a file over the cap is refused without being read, whatever size it
// claims (files in /proc claim 0).
import fs, { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** What kind of thing a path named when it was not a regular file. */
export type FileKind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

/** A file that is not a regular file, or is larger than the reader's cap: refused, never read. */
export class RefusedFileError extends Error {
  constructor(
    readonly file: string,
    readonly why: 'not-a-file' | 'too-large',
    readonly kind?: FileKind,
  ) {
    super(`${file}: ${why === 'too-large' ? 'larger than allowed' : `not a regular file (${kind ?? 'other'})`}`);
  }
}

export type CappedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'not-found' | 'no-permission' }
  | { ok: false; problem: 'not-a-file'; kind: FileKind }
  | { ok: false; problem: 'too-large'; maxBytes: number }
  | { ok: false; problem: 'unreadable'; reason: string };

// O_NONBLOCK: opening a FIFO for reading otherwise waits, forever, for a writer; it is refused by
// fstat below instead. (Windows has neither FIFOs of this kind nor the flag.) O_NOCTTY: a terminal
// device named as a file must not become our controlling terminal.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const chunkBytes = 64 * 1024;

/**
 * Reads a file of at most `maxBytes`. Throws the file system's error (ENOENT, EACCES…) or a
 * RefusedFileError; for files the app keeps itself, where a caller tells "absent" from "bad".
 */
export async function readCapped(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await openRegular(file);
  try {
    // The size can change, or lie: read until the end, at most the cap plus one byte.
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(chunkBytes, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    throw new RefusedFileError(file, 'too-large');
  } finally {
    await handle.close().catch(() => {});
  }
}

/** The last `maxBytes` of a regular file (a log that may be larger than what is wanted of it). */
export async function readTail(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await openRegular(file);
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(Math.min(maxBytes, size - start));
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * The same as readCapped for a file people hand us (the policy, a practice scenario), as a result
 * that says what was wrong in words a message can be made of. Never throws.
 */
export async function readCappedFile(file: string, maxBytes: number): Promise<CappedRead> {
  try {
    return { ok: true, bytes: await readCapped(file, maxBytes) };
  } catch (error) {
    if (error instanceof RefusedFileError)
      return error.why === 'too-large'
        ? { ok: false, problem: 'too-large', maxBytes }
        : { ok: false, problem: 'not-a-file', kind: error.kind ?? 'other' };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'not-found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: 'no-permission' };
    return { ok: false, problem: 'unreadable', reason: code ?? String(error) };
  }
}

/**
 * readCapped for code that must not yield (the backup engine's worker thread, where every syscall
 * it makes should be visible, and /proc scans that read many tiny files).
 */
export function readCappedSync(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, openFlags);
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw new RefusedFileError(file, 'not-a-file', kindOf(stats));
    if (stats.size > maxBytes) throw new RefusedFileError(file, 'too-large');
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(chunkBytes, maxBytes + 1 - total));
      const bytesRead = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    throw new RefusedFileError(file, 'too-large');
  } finally {
    fs.closeSync(fd);
  }
}

async function openRegular(file: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(file, openFlags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new RefusedFileError(file, 'not-a-file', 'directory');
    // ENXIO: a socket file (open cannot open one).
    if (code === 'ENXIO') throw new RefusedFileError(file, 'not-a-file', 'socket');
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new RefusedFileError(file, 'not-a-file', kindOf(stats));
    return handle;
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

function kindOf(stats: Stats): FileKind {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}
