import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { BackupFailure, destinationFailure } from './backup-failure';
import type { ManifestEntry } from './manifest';
import type { OpenStore } from './store';
import { objectPath } from './store-layout';
import { errnoOf, sleepSync } from './sync-fs';

// Copying one changed file into the store: read once, hashed while read, checked for changes
// during the read, written to tmp/ and renamed to its content address. Used by the engine's thread
// and by the copy helper thread.

export const chunk = 1024 * 1024;
/** Files up to this size are read whole before anything is written (a duplicate writes nothing). */
const wholeFileLimit = 8 * 1024 * 1024;
/** FAT keeps modification times to 2 s: a file this recent at scan time is re-read next run. */
export const racyWindowMs = 2000;
const lockedCodes = new Set(['EBUSY', 'EPERM', 'EAGAIN', 'ETXTBSY', 'EDEADLK']);

class FileChanged extends Error {}

/** What a copy helper thread needs besides the files: where to write and what is stored already. */
export interface CopyContext {
  layout: OpenStore['layout'];
  retryDelaysMs: readonly number[];
  startedAt: number;
  known: string[];
}

/** Copies part of a run's files in another thread; `wait` blocks until it is done, reporting progress. */
export interface CopyHelper {
  start(
    files: string[],
    context: CopyContext,
  ): {
    progress(): { files: number; bytes: number };
    abort(): void;
    wait(onTick: () => void): { outcomes: (CopyOutcome | null)[]; added: string[]; failure?: unknown };
  };
}

/**
 * The helper's side: copies each file like the main loop does (same retries, same checks) and
 * reports progress through `counters` (files, bytes); stops early when `aborted()` says so or the
 * destination fails.
 */
export function copyFiles(
  files: readonly string[],
  context: CopyContext,
  counters: { add(bytes: number): void; aborted(): boolean },
): { outcomes: (CopyOutcome | null)[]; added: string[]; failure?: unknown } {
  const store: OpenStore = { layout: context.layout, storeId: '', created: false };
  const known = new Set(context.known);
  const buffer = Buffer.allocUnsafe(chunk);
  const outcomes: (CopyOutcome | null)[] = [];
  const added: string[] = [];
  try {
    for (const file of files) {
      if (counters.aborted()) break;
      const outcome = copyWithRetries(file, store, buffer, known, context.retryDelaysMs, context.startedAt);
      outcomes.push(outcome);
      if (outcome.ok && outcome.added) added.push(outcome.sha256);
      counters.add(outcome.ok ? outcome.stat.size : 0);
    }
  } catch (error) {
    return { outcomes, added, failure: error };
  }
  return { outcomes, added };
}

export type CopyOutcome =
  | {
      ok: true;
      sha256: string;
      added: boolean;
      stat: Pick<ManifestEntry, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino' | 'mode'> & { recent?: true };
    }
  | { ok: false; reason: 'locked' | 'changed' | 'unreadable' | 'vanished'; code: string };

export function copyWithRetries(
  abs: string,
  store: OpenStore,
  buffer: Buffer,
  known: Set<string>,
  retryDelays: readonly number[],
  startedAt: number,
): CopyOutcome {
  let last: CopyOutcome = { ok: false, reason: 'changed', code: 'CHANGED' };
  for (let attempt = 0; attempt <= retryDelays.length; attempt++) {
    if (attempt > 0) sleepSync(retryDelays[attempt - 1] as number);
    try {
      return copyOnce(abs, store, buffer, known, startedAt);
    } catch (error) {
      if (error instanceof FileChanged) {
        last = { ok: false, reason: 'changed', code: 'CHANGED' };
        continue;
      }
      if (error instanceof BackupFailure) throw error;
      const code = errnoOf(error);
      if (code === 'ENOENT') return { ok: false, reason: 'vanished', code };
      if (lockedCodes.has(code)) {
        last = { ok: false, reason: 'locked', code };
        continue;
      }
      return { ok: false, reason: 'unreadable', code: code || 'ERROR' };
    }
  }
  return last;
}

/** Source errors are thrown as they are; destination errors as BackupFailure. */
function copyOnce(abs: string, store: OpenStore, buffer: Buffer, known: Set<string>, startedAt: number): CopyOutcome {
  const { layout } = store;
  const fd = fs.openSync(abs, 'r');
  let temp: string | undefined;
  try {
    const before = fs.fstatSync(fd);
    const hash = createHash('sha256');
    let read = 0;
    let whole: Buffer | undefined;
    if (before.size <= wholeFileLimit) {
      // One byte more room than the size: reading it means the file grew while we read it.
      whole = before.size < buffer.length ? buffer.subarray(0, before.size + 1) : Buffer.allocUnsafe(before.size + 1);
      while (read < whole.length) {
        const wanted = whole.length - read;
        const n = fs.readSync(fd, whole, read, wanted, read);
        read += n;
        // A short read of a regular file is its end: no second call just to see zero bytes.
        if (n < wanted) break;
      }
      if (read > before.size) throw new FileChanged();
      hash.update(whole.subarray(0, read));
    } else {
      // The kernel copies (copy_file_range on Linux, CopyFileW on Windows: the bytes never pass
      // through this process), then the copy itself is hashed, so the name is exactly what is stored.
      temp = tempName(layout.tmp);
      copyLarge(abs, temp, layout.tmp);
      read = hashFile(temp, hash, buffer);
      if (fs.lstatSync(abs).ino !== before.ino) throw new FileChanged(); // replaced while copied
    }
    const after = fs.fstatSync(fd);
    if (
      read !== before.size ||
      after.size !== before.size ||
      after.mtimeMs !== before.mtimeMs ||
      after.ctimeMs !== before.ctimeMs
    )
      throw new FileChanged();
    const sha256 = hash.digest('hex');
    const stat = {
      size: before.size,
      mtimeMs: before.mtimeMs,
      ctimeMs: before.ctimeMs,
      ino: before.ino,
      mode: before.mode & 0o7777,
      ...(before.mtimeMs > startedAt - racyWindowMs ? { recent: true as const } : {}),
    };
    if (known.has(sha256)) return { ok: true, sha256, added: false, stat };
    const final = objectPath(layout, sha256);
    if (whole) {
      temp = tempName(layout.tmp);
      const data = whole.subarray(0, read);
      dest(() => {
        const o = fs.openSync(temp as string, 'wx');
        try {
          writeAll(o, data);
        } finally {
          fs.closeSync(o);
        }
      }, layout.tmp);
    }
    const from = temp as string;
    dest(() => {
      try {
        fs.renameSync(from, final);
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT') throw error;
        fs.mkdirSync(path.dirname(final), { recursive: true });
        fs.renameSync(from, final);
      }
    }, final);
    temp = undefined;
    known.add(sha256);
    return { ok: true, sha256, added: true, stat };
  } finally {
    fs.closeSync(fd);
    if (temp !== undefined) fs.rmSync(temp, { force: true });
  }
}

const runTag = `${process.pid}-${randomBytes(4).toString('hex')}`;
let tempCounter = 0;
/** A temp file name no other run can pick (the temp folder is emptied by the next run anyway). */
function tempName(dir: string): string {
  return path.join(dir, `${runTag}-${(tempCounter++).toString(36)}`);
}

const destinationCodes = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EIO']);

/** Copies a large source file to a temp file of the store; its errors are told apart by side. */
function copyLarge(abs: string, temp: string, tmpDir: string): void {
  try {
    fs.copyFileSync(abs, temp, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    const code = errnoOf(error);
    if (destinationCodes.has(code) || !fs.existsSync(tmpDir)) throw destinationFailure(error, tmpDir);
    if (code === 'EACCES' || code === 'EPERM') {
      let sourceReadable = true;
      try {
        fs.accessSync(abs, fs.constants.R_OK);
      } catch {
        sourceReadable = false;
      }
      if (sourceReadable) throw destinationFailure(error, tmpDir);
    }
    throw error; // the source's: locked, unreadable or gone
  }
}

/** Hashes a file of the store (just written, so read from the cache); returns its length. */
function hashFile(file: string, hash: Hash, buffer: Buffer): number {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw destinationFailure(error, file);
  }
  try {
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, read);
      if (n === 0) return read;
      hash.update(buffer.subarray(0, n));
      read += n;
    }
  } catch (error) {
    throw destinationFailure(error, file);
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
}

/** Runs a destination operation; its errors become a classified BackupFailure. */
export function dest<T>(op: () => T, where: string): T {
  try {
    return op();
  } catch (error) {
    throw destinationFailure(error, where);
  }
}

export function removeQuietly(files: readonly string[]): void {
  for (const f of files) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // The destination may be gone; what is left is cleaned by the next run.
    }
  }
}
