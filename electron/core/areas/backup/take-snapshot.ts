import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { BackupFailure, destinationFailure } from './backup-failure';
import { excluder } from './exclusions';
import {
  serializeManifest,
  type ManifestBody,
  type ManifestEntry,
  type ManifestProblem,
  type ManifestSource,
} from './manifest';
import { scanSource, type ScannedEntry } from './scan-source';
import { listObjects, listSnapshotFiles, loadManifest, type OpenStore } from './store';
import { incompletePath, manifestPath, newSnapshotId, objectPath } from './store-layout';
import { errnoOf, fsyncDirSync, sleepSync, writeAtomicSync } from './sync-fs';
import type { EngineProgress } from './engine-types';

export interface SnapshotSource {
  name: string;
  path: string;
}

export interface SnapshotOptions {
  sources: readonly SnapshotSource[];
  exclude: readonly string[];
  /** Percent fewer files than in the previous snapshot that counts as data missing. */
  dataLossPercent: number;
  /** Take a vanished or shrunken source as it is (else its last good copy is carried forward). */
  acceptSourceChanges: boolean;
  host: string;
  /** Waits before each retry of a locked or changing file (ms); its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  now?: () => number;
  onProgress?: (progress: EngineProgress) => void;
  /** `pre-restore`: the safety snapshot before a restore over the live data. */
  purpose?: 'pre-restore';
  /** A second thread to share the copying with (the worker passes one; in process there is none). */
  helper?: CopyHelper;
  /** Test hook: called before each file is copied (a test changes a file or removes the destination). */
  beforeCopy?: (source: string, relPath: string) => void;
}

export interface DataMissing {
  source: string;
  reason: 'source-missing' | 'source-shrunk';
  before: number;
  now: number;
}

export interface SnapshotResult {
  snapshotId: string;
  storeId: string;
  status: 'complete' | 'partial';
  createdAt: string;
  files: number;
  bytes: number;
  /** Files read and hashed this run (the rest passed the quick check). */
  readFiles: number;
  /** Bytes of objects this run added to the store. */
  addedBytes: number;
  problems: ManifestProblem[];
  dataMissing: DataMissing[];
  /** Per source, as stored: files and bytes, and whether it is the last good copy carried forward. */
  sources: { name: string; files: number; bytes: number; carried: boolean }[];
}

const chunk = 1024 * 1024;
/** Files up to this size are read whole before anything is written (a duplicate writes nothing). */
const wholeFileLimit = 8 * 1024 * 1024;
/** FAT keeps modification times to 2 s: a file this recent at scan time is re-read next run. */
const racyWindowMs = 2000;
const lockedCodes = new Set(['EBUSY', 'EPERM', 'EAGAIN', 'ETXTBSY', 'EDEADLK']);

class FileChanged extends Error {}

/**
 * Takes one snapshot into an open store (the caller holds the destination lock). Only what changed
 * is read: a file whose size, modification and change time and inode equal the previous
 * snapshot's entry keeps its hash (rsync's quick check, with restic's inode and ctime). Each file
 * read is hashed while it is copied, and stored once by content (`objects/<sha256>`). The manifest
 * is written last and renamed into place, so a killed run leaves only an `.incomplete` marker.
 */
export function takeSnapshot(store: OpenStore, options: SnapshotOptions): SnapshotResult {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const { layout } = store;
  const retryDelays = options.retryDelaysMs ?? [100, 400, 1500];
  const progress = throttle(options.onProgress, now);
  const previous = newestManifest(store);
  const id = newSnapshotId(startedAt, listSnapshotFiles(layout).complete.at(-1));
  // The objects the newest snapshot names (no listing of the store: that would cost more than the
  // whole quick check). A file whose content is stored only by an older snapshot is written again.
  const known = previous ? new Set(previous.entries.flatMap((e) => (e.sha256 ? [e.sha256] : []))) : listObjects(layout);
  if (previous) dropLostObjects(store, previous, known);
  // Per source name, its previous entries by path.
  const previousBySource = new Map<string, Map<string, ManifestEntry>>();
  if (previous) {
    const maps = previous.sources.map((s) => {
      const m = new Map<string, ManifestEntry>();
      previousBySource.set(s.name, m);
      return m;
    });
    for (const e of previous.entries) maps[e.source]?.set(e.path, e);
  }

  // The marker only tells people (and `snapshots`) that a run is or was under way; what makes a
  // snapshot count is its manifest, so the marker needs no flush.
  dest(
    () =>
      fs.writeFileSync(
        incompletePath(layout, id),
        `${JSON.stringify({ pid: process.pid, host: options.host, startedAt: new Date(startedAt).toISOString() })}\n`,
        { flag: 'wx' },
      ),
    layout.snapshots,
  );

  // Scan first, so the copy phase knows its totals (files, bytes, ETA).
  progress({ phase: 'scan', files: 0, bytes: 0, totalFiles: 0, totalBytes: 0 }, true);
  const excluded = excluder(options.exclude);
  const sources: ManifestSource[] = [];
  const entries: ManifestEntry[] = [];
  const problems: ManifestProblem[] = [];
  const dataMissing: DataMissing[] = [];
  const toCopy: { sourceIndex: number; entry: ManifestEntry; abs: string }[] = [];
  options.sources.forEach((source, sourceIndex) => {
    const before = previous?.sources.find((s) => s.name === source.name);
    const scan = scanSource(source.path, excluded, sourceIndex);
    const found = scan.ok ? scan.files : 0;
    const lost =
      before !== undefined &&
      (!scan.ok ||
        (before.files > 0 && found === 0) ||
        (before.files >= 20 && found <= before.files * (1 - options.dataLossPercent / 100)));
    if (!scan.ok || lost) {
      const reason = !scan.ok ? 'source-missing' : 'source-shrunk';
      if (!scan.ok || !options.acceptSourceChanges) {
        dataMissing.push({ source: source.name, reason, before: before?.files ?? 0, now: found });
        problems.push({ source: sourceIndex, path: '', reason, code: scan.ok ? 'SHRUNK' : scan.code });
        // The last good copy stays in the newest snapshot, so retention can never age it out.
        if (previous && before) {
          const prevIndex = previous.sources.indexOf(before);
          for (const e of previous.entries) {
            if (e.source !== prevIndex) continue;
            const { added: _added, ...carried } = e;
            entries.push({ ...carried, source: sourceIndex });
          }
          sources.push({ ...before, path: source.path, carriedFrom: before.carriedFrom ?? previous.id });
        } else sources.push({ name: source.name, path: source.path, files: 0, bytes: 0 });
        return;
      }
      dataMissing.push({ source: source.name, reason, before: before?.files ?? 0, now: found });
    }
    if (!scan.ok) return;
    const previousEntries = previousBySource.get(source.name);
    for (const u of scan.unreadable)
      problems.push({ source: sourceIndex, path: u.path, reason: 'unreadable', code: u.code });
    sources.push({ name: source.name, path: source.path, files: 0, bytes: 0 });
    const racy = startedAt - racyWindowMs;
    for (const entry of scan.entries) {
      if (entry.type === 'file') {
        if (entry.mtimeMs > racy) entry.recent = true;
        const prev = previousEntries?.get(entry.path);
        if (prev && unchanged(prev, entry) && prev.sha256 && known.has(prev.sha256)) {
          entry.sha256 = prev.sha256;
          entries.push(entry);
          continue;
        }
        toCopy.push({ sourceIndex, entry, abs: path.join(source.path, ...entry.path.split('/')) });
      }
      entries.push(entry);
    }
  });

  const totalFiles = toCopy.length;
  const totalBytes = toCopy.reduce((n, c) => n + c.entry.size, 0);
  let doneFiles = 0;
  let doneBytes = 0;
  let addedBytes = 0;
  const added: string[] = [];
  const failed = new Set<ManifestEntry>();
  const buffer = Buffer.allocUnsafe(chunk);
  progress({ phase: 'copy', files: 0, bytes: 0, totalFiles, totalBytes }, true);
  const apply = (item: (typeof toCopy)[number], outcome: CopyOutcome): void => {
    if (outcome.ok) {
      Object.assign(item.entry, outcome.stat, { sha256: outcome.sha256 });
      if (outcome.added) {
        item.entry.added = true;
        added.push(outcome.sha256);
        addedBytes += outcome.stat.size;
      }
    } else if (outcome.reason === 'vanished') failed.add(item.entry);
    else {
      failed.add(item.entry);
      problems.push({ source: item.sourceIndex, path: item.entry.path, reason: outcome.reason, code: outcome.code });
    }
  };
  // With a helper thread (the second core), the work is split by cost: bytes plus a per-file share.
  const cost = (c: (typeof toCopy)[number]): number => c.entry.size + 64 * 1024;
  const useHelper = options.helper !== undefined && !options.beforeCopy && toCopy.length >= 64;
  const mine: typeof toCopy = [];
  const theirs: typeof toCopy = [];
  if (useHelper) {
    let a = 0;
    let b = 0;
    for (const c of [...toCopy].sort((x, y) => cost(y) - cost(x))) {
      if (b <= a) {
        theirs.push(c);
        b += cost(c);
      } else {
        mine.push(c);
        a += cost(c);
      }
    }
  } else mine.push(...toCopy);
  const helper = useHelper
    ? options.helper?.start(
        theirs.map((c) => c.abs),
        { layout, retryDelaysMs: retryDelays, startedAt, known: [...known] },
      )
    : undefined;
  let failure: unknown;
  try {
    for (const item of mine) {
      options.beforeCopy?.(options.sources[item.sourceIndex]?.name ?? '', item.entry.path);
      apply(item, copyWithRetries(item.abs, store, buffer, known, retryDelays, startedAt));
      doneFiles++;
      doneBytes += item.entry.size;
      const h = helper?.progress() ?? { files: 0, bytes: 0 };
      progress({ phase: 'copy', files: doneFiles + h.files, bytes: doneBytes + h.bytes, totalFiles, totalBytes });
    }
  } catch (error) {
    failure = error;
    helper?.abort();
  }
  if (helper) {
    const result = helper.wait(() => {
      const h = helper.progress();
      progress({ phase: 'copy', files: doneFiles + h.files, bytes: doneBytes + h.bytes, totalFiles, totalBytes });
    });
    result.outcomes.forEach((outcome, i) => {
      const item = theirs[i];
      if (item && outcome) apply(item, outcome);
    });
    for (const h of result.added) if (!added.includes(h)) added.push(h);
    doneFiles += theirs.length;
    doneBytes += theirs.reduce((n, c) => n + c.entry.size, 0);
    failure ??= result.failure;
  }
  if (failure !== undefined) {
    // The destination failed (full, gone, read-only): take back what this run added, keep the rest.
    const classified = destinationFailure(failure, layout.root);
    removeQuietly([...added.map((h) => objectPath(layout, h)), incompletePath(layout, id)]);
    throw classified;
  }

  progress({ phase: 'copy', files: doneFiles, bytes: doneBytes, totalFiles, totalBytes }, true);
  const kept = entries.filter((e) => !failed.has(e));
  for (const e of kept) {
    const s = sources[e.source];
    if (s && e.type === 'file' && !s.carriedFrom) {
      s.files++;
      s.bytes += e.size;
    }
  }
  const createdAt = new Date(startedAt).toISOString();
  const body: ManifestBody = {
    id,
    storeId: store.storeId,
    createdAt,
    finishedAt: new Date(now()).toISOString(),
    host: options.host,
    status: problems.length ? 'partial' : 'complete',
    ...(options.purpose ? { purpose: options.purpose } : {}),
    sources,
    entries: kept,
    problems,
  };
  progress({ phase: 'manifest', files: doneFiles, bytes: doneBytes, totalFiles, totalBytes }, true);
  dest(() => {
    writeAtomicSync(manifestPath(layout, id), serializeManifest(body), layout.tmp);
    fs.rmSync(incompletePath(layout, id), { force: true });
    fsyncDirSync(layout.snapshots);
  }, layout.snapshots);
  return {
    snapshotId: id,
    storeId: store.storeId,
    status: body.status,
    createdAt,
    files: sources.reduce((n, s) => n + s.files, 0),
    bytes: sources.reduce((n, s) => n + s.bytes, 0),
    readFiles: totalFiles - failed.size,
    addedBytes,
    problems,
    dataMissing,
    sources: sources.map((s) => ({
      name: s.name,
      files: s.files,
      bytes: s.bytes,
      carried: s.carriedFrom !== undefined,
    })),
  };
}

/** The newest snapshot whose manifest reads back whole; a damaged one is skipped (the next older is used). */
export function newestManifest(store: OpenStore, skipPreRestore = false): ManifestBody | undefined {
  const { complete } = listSnapshotFiles(store.layout);
  for (let i = complete.length - 1; i >= 0; i--) {
    try {
      const body = loadManifest(store.layout, complete[i] as string);
      if (skipPreRestore && body.purpose === 'pre-restore') continue;
      return body;
    } catch (error) {
      if (error instanceof BackupFailure && error.kind === 'store-damaged') continue;
      throw error;
    }
  }
  return undefined;
}

/**
 * Objects are not flushed one by one (that alone would cost more than the copy); the previous run's
 * new objects are checked here instead: one that is missing or shorter than its file after a power
 * cut is forgotten, so this run copies the file again.
 */
function dropLostObjects(store: OpenStore, previous: ManifestBody, known: Set<string>): void {
  for (const e of previous.entries) {
    if (!e.added || !e.sha256 || !known.has(e.sha256)) continue;
    try {
      if (fs.statSync(objectPath(store.layout, e.sha256)).size !== e.size) known.delete(e.sha256);
    } catch {
      known.delete(e.sha256);
    }
  }
}

function unchanged(prev: ManifestEntry, s: ScannedEntry): boolean {
  return (
    prev.type === 'file' &&
    !prev.recent &&
    prev.size === s.size &&
    prev.mtimeMs === s.mtimeMs &&
    prev.ctimeMs === s.ctimeMs &&
    prev.ino === s.ino
  );
}

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

function copyWithRetries(
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
  let out: number | undefined;
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
      temp = tempName(layout.tmp);
      out = dest(() => fs.openSync(temp as string, 'wx'), layout.tmp);
      // Up to the size seen at the start: a file that keeps growing is not chased, it is "changed".
      while (read < before.size) {
        const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, before.size - read), read);
        if (n === 0) break;
        hash.update(buffer.subarray(0, n));
        const data = buffer.subarray(0, n);
        const o = out;
        dest(() => writeAll(o, data), layout.tmp);
        read += n;
      }
      if (fs.readSync(fd, Buffer.allocUnsafe(1), 0, 1, read) !== 0) throw new FileChanged();
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
    } else if (out !== undefined) {
      const o = out;
      out = undefined;
      dest(() => fs.closeSync(o), layout.tmp);
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
    if (out !== undefined) fs.closeSync(out);
    if (temp !== undefined) fs.rmSync(temp, { force: true });
  }
}

const runTag = `${process.pid}-${randomBytes(4).toString('hex')}`;
let tempCounter = 0;
/** A temp file name no other run can pick (the temp folder is emptied by the next run anyway). */
function tempName(dir: string): string {
  return path.join(dir, `${runTag}-${(tempCounter++).toString(36)}`);
}

function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
}

/** Runs a destination operation; its errors become a classified BackupFailure. */
function dest<T>(op: () => T, where: string): T {
  try {
    return op();
  } catch (error) {
    throw destinationFailure(error, where);
  }
}

function removeQuietly(files: readonly string[]): void {
  for (const f of files) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // The destination may be gone; what is left is cleaned by the next run.
    }
  }
}

/** Progress at most every 100 ms (phase changes always). */
export function throttle(
  onProgress: ((p: EngineProgress) => void) | undefined,
  now: () => number,
): (p: EngineProgress, force?: boolean) => void {
  let last = 0;
  return (p, force = false) => {
    if (!onProgress) return;
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    onProgress(p);
  };
}
