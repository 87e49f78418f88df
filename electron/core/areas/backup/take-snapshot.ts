import fs from 'node:fs';
import path from 'node:path';
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
import { fsyncDirSync, writeAtomicSync } from './sync-fs';
import {
  chunk,
  racyWindowMs,
  copyWithRetries,
  dest,
  removeQuietly,
  type CopyHelper,
  type CopyOutcome,
} from './copy-file';

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
