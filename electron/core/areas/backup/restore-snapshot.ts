import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { BackupFailure, targetFailure } from './backup-failure';
import type { ManifestBody, ManifestEntry } from './manifest';
import type { OpenStore } from './store';
import { objectPath } from './store-layout';
import { errnoOf } from './sync-fs';
import { throttle } from './take-snapshot';
import type { EngineProgress } from './engine-types';

export interface RestoreTarget {
  sourceIndex: number;
  /** The folder the source's tree is written into; it must not exist yet, or be empty. */
  folder: string;
}

export interface RestoreResult {
  files: number;
  bytes: number;
  dirs: number;
  /** Objects missing or damaged in the store: those files are not written (never a wrong file). */
  problems: { path: string; reason: string }[];
}

/**
 * Writes sources of a snapshot into folders: names, contents, empty folders, symbolic links,
 * permissions and modification times. Every byte read from the store is hashed on the way and
 * compared with the manifest, so a restore is also a verification of what it restored.
 */
export function restoreSnapshot(
  store: OpenStore,
  body: ManifestBody,
  targets: readonly RestoreTarget[],
  options: { now?: () => number; onProgress?: (p: EngineProgress) => void; phase?: 'restore' | 'cleanup' } = {},
): RestoreResult {
  const progress = throttle(options.onProgress, options.now ?? Date.now);
  const chosen = new Map(targets.map((t) => [t.sourceIndex, t.folder]));
  for (const folder of chosen.values()) ensureEmptyFolder(folder);
  const entries = body.entries.filter((e) => chosen.has(e.source));
  const files = entries.filter((e) => e.type === 'file');
  const totalFiles = files.length;
  const totalBytes = files.reduce((n, e) => n + e.size, 0);
  const result: RestoreResult = { files: 0, bytes: 0, dirs: 0, problems: [] };
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const dirs: { abs: string; entry: ManifestEntry }[] = [];
  const phase = options.phase ?? 'restore';
  progress({ phase, files: 0, bytes: 0, totalFiles, totalBytes }, true);
  for (const entry of entries) {
    const root = chosen.get(entry.source) as string;
    const abs = entry.path ? path.join(root, ...entry.path.split('/')) : root;
    const shown = `${body.sources[entry.source]?.name ?? ''}/${entry.path}`;
    // A name that would land outside the folder (a `..` or a drive on Windows) is never written.
    if (abs !== root && !abs.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
      result.problems.push({ path: shown, reason: 'unsafe name' });
      continue;
    }
    try {
      if (entry.type === 'dir') {
        fs.mkdirSync(abs, { recursive: true });
        dirs.push({ abs, entry });
        result.dirs++;
      } else if (entry.type === 'symlink') {
        fs.symlinkSync(entry.target ?? '', abs);
      } else {
        const reason = restoreFile(store, entry, abs, buffer);
        if (reason) result.problems.push({ path: shown, reason });
        else {
          result.files++;
          result.bytes += entry.size;
        }
        progress({ phase, files: result.files, bytes: result.bytes, totalFiles, totalBytes });
      }
    } catch (error) {
      if (error instanceof BackupFailure) throw error;
      throw targetFailure(error, abs);
    }
  }
  // Folder times last, deepest first: creating what a folder holds changes its time.
  for (let i = dirs.length - 1; i >= 0; i--) {
    const { abs, entry } = dirs[i] as { abs: string; entry: ManifestEntry };
    try {
      if (process.platform !== 'win32') fs.chmodSync(abs, entry.mode);
      fs.utimesSync(abs, entry.mtimeMs / 1000, entry.mtimeMs / 1000);
    } catch (error) {
      throw targetFailure(error, abs);
    }
  }
  progress({ phase, files: result.files, bytes: result.bytes, totalFiles, totalBytes }, true);
  return result;
}

/** A restore never writes into a folder that holds anything: nothing already there can be overwritten. */
export function ensureEmptyFolder(folder: string): void {
  try {
    const names = fs.readdirSync(folder);
    if (names.length) throw new BackupFailure('target-not-empty', { path: folder });
  } catch (error) {
    if (error instanceof BackupFailure) throw error;
    if (errnoOf(error) !== 'ENOENT') throw targetFailure(error, folder);
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (inner) {
      throw targetFailure(inner, folder);
    }
  }
}

/** Copies one object to its file, checking the hash; returns why not, or undefined when restored. */
function restoreFile(store: OpenStore, entry: ManifestEntry, abs: string, buffer: Buffer): string | undefined {
  let input: number;
  try {
    input = fs.openSync(objectPath(store.layout, entry.sha256 ?? ''), 'r');
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'missing' : `unreadable (${errnoOf(error) || 'error'})`;
  }
  let ok = false;
  try {
    const out = fs.openSync(abs, 'wx', entry.mode & 0o777 || 0o644);
    try {
      const hash = createHash('sha256');
      let read = 0;
      for (;;) {
        let n: number;
        try {
          n = fs.readSync(input, buffer, 0, buffer.length, read);
        } catch (error) {
          return `unreadable (${errnoOf(error) || 'error'})`;
        }
        if (n === 0) break;
        hash.update(buffer.subarray(0, n));
        let off = 0;
        while (off < n) off += fs.writeSync(out, buffer, off, n - off);
        read += n;
      }
      if (read !== entry.size || hash.digest('hex') !== entry.sha256) return 'damaged';
      ok = true;
    } finally {
      fs.closeSync(out);
      if (!ok) fs.rmSync(abs, { force: true });
    }
    if (process.platform !== 'win32') fs.chmodSync(abs, entry.mode);
    fs.utimesSync(abs, entry.mtimeMs / 1000, entry.mtimeMs / 1000);
    return undefined;
  } finally {
    fs.closeSync(input);
  }
}
