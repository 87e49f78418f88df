import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** What kind of thing a path named when it was not a regular file. */
export type FileKind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

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

/**
 * Reads a file people hand us (the policy, a practice scenario) without trusting what it is: it is
 * opened first and checked on the open handle (no window between a check and the open for a swap),
 * refused unless it is a regular file (a FIFO would hang the reader, /dev/zero would grow it
 * without end), and read at most `maxBytes + 1` bytes, so a file over the cap is refused without
 * reading it, whatever size it claims. Never throws.
 */
export async function readCappedFile(file: string, maxBytes: number): Promise<CappedRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, openFlags);
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, problem: 'not-a-file', kind: kindOf(stats) };
    if (stats.size > maxBytes) return { ok: false, problem: 'too-large', maxBytes };
    // The size can change, or lie (virtual files say 0): read until the end, at most the cap plus one byte.
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return { ok: true, bytes: Buffer.concat(chunks, total) };
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return { ok: false, problem: 'too-large', maxBytes };
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close().catch(() => {});
  }
}

function kindOf(stats: Stats): FileKind {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

function failure(error: unknown): CappedRead {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'not-found' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: 'no-permission' };
  if (code === 'EISDIR') return { ok: false, problem: 'not-a-file', kind: 'directory' };
  // ENXIO: a socket file (open cannot open one); EAGAIN/EWOULDBLOCK: a device without data.
  if (code === 'ENXIO') return { ok: false, problem: 'not-a-file', kind: 'socket' };
  return { ok: false, problem: 'unreadable', reason: code ?? String(error) };
}
