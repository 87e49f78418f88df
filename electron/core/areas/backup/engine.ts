import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { BackupFailure, targetFailure } from './backup-failure';
import type { EngineProgress } from './engine-types';
import { pruneStore, type PruneResult } from './prune-store';
import { restoreSnapshot, type RestoreResult } from './restore-snapshot';
import {
  cleanIncomplete,
  listSnapshotFiles,
  loadManifest,
  openStore,
  readManifestSummary,
  readVerified,
  type ManifestHeaderSummary,
  type OpenStore,
  type VerifiedRecord,
} from './store';
import { errnoOf } from './sync-fs';
import { newestManifest, takeSnapshot, type SnapshotResult, type SnapshotSource } from './take-snapshot';
import type { CopyHelper } from './copy-file';
import { recordDrillVerification, verifySnapshot } from './verify-snapshot';
import type { ManifestBody } from './manifest';

/** A job for the engine: plain data, so it crosses into the worker thread as it is. */
export type EngineJob =
  | {
      kind: 'backup';
      destination: string;
      sources: SnapshotSource[];
      exclude: string[];
      dataLossPercent: number;
      acceptSourceChanges: boolean;
      host: string;
      retention: { keepLast: number; keepDays: number };
      verify: boolean;
      retryDelaysMs?: number[];
      purpose?: 'pre-restore';
    }
  | { kind: 'verify'; destination: string; snapshotId: string }
  | { kind: 'restore'; destination: string; snapshotId: string; targets: { source: string; folder: string }[] }
  | { kind: 'restore-live'; destination: string; snapshotId: string; sources: { name: string; path: string }[] }
  | { kind: 'drill'; destination: string; tempRoot: string }
  | { kind: 'list'; destination: string };

export interface BackupJobResult {
  kind: 'backup';
  storeCreated: boolean;
  cleanedIncomplete: number;
  snapshot: SnapshotResult;
  prune: PruneResult;
  verify?: VerifiedRecord;
}
export interface VerifyJobResult {
  kind: 'verify';
  record: VerifiedRecord;
}
export interface RestoreJobResult {
  kind: 'restore';
  snapshotId: string;
  result: RestoreResult;
  seconds: number;
}
export interface DrillJobResult {
  kind: 'drill';
  snapshotId: string;
  result: RestoreResult;
  /** The measured recovery time: the restore alone, start to last byte. */
  seconds: number;
}
export interface ListJobResult {
  kind: 'list';
  storeId: string;
  snapshots: (ManifestHeaderSummary & { verified: { at: string; ok: boolean } | null })[];
  incomplete: number;
}
export type EngineResult = BackupJobResult | VerifyJobResult | RestoreJobResult | DrillJobResult | ListJobResult;

/** Runs one job to the end (synchronously; in production inside the worker thread). Throws BackupFailure. */
export function runEngineJob(
  job: EngineJob,
  onProgress: (p: EngineProgress) => void,
  helper?: CopyHelper,
): EngineResult {
  const now = Date.now;
  switch (job.kind) {
    case 'backup': {
      const store = openStore(job.destination, true);
      const cleanedIncomplete = cleanIncomplete(store.layout);
      const snapshot = takeSnapshot(store, {
        sources: job.sources,
        exclude: job.exclude,
        dataLossPercent: job.dataLossPercent,
        acceptSourceChanges: job.acceptSourceChanges,
        host: job.host,
        onProgress,
        ...(job.retryDelaysMs ? { retryDelaysMs: job.retryDelaysMs } : {}),
        ...(helper ? { helper } : {}),
        ...(job.purpose ? { purpose: job.purpose } : {}),
      });
      onProgress({ phase: 'prune', files: 0, bytes: 0, totalFiles: 0, totalBytes: 0 });
      const prune = pruneStore(store, job.retention, now(), cleanedIncomplete > 0);
      const verify = job.verify
        ? verifySnapshot(store, loadManifest(store.layout, snapshot.snapshotId), { onProgress })
        : undefined;
      return {
        kind: 'backup',
        storeCreated: store.created,
        cleanedIncomplete,
        snapshot,
        prune,
        ...(verify ? { verify } : {}),
      };
    }
    case 'verify': {
      const store = openStore(job.destination, false);
      const body = resolveSnapshot(store, job.snapshotId);
      return { kind: 'verify', record: verifySnapshot(store, body, { onProgress }) };
    }
    case 'restore': {
      const store = openStore(job.destination, false);
      const body = resolveSnapshot(store, job.snapshotId);
      const targets = job.targets.map((t) => {
        const index = body.sources.findIndex((s) => s.name === t.source);
        if (index < 0) throw new BackupFailure('snapshot-not-found', { snapshotId: body.id, source: t.source });
        return { sourceIndex: index, folder: t.folder };
      });
      const started = performance.now();
      const result = restoreSnapshot(store, body, targets, { onProgress });
      return { kind: 'restore', snapshotId: body.id, result, seconds: (performance.now() - started) / 1000 };
    }
    case 'restore-live':
      return restoreLive(job, onProgress);
    case 'drill': {
      const store = openStore(job.destination, false);
      const body = resolveSnapshot(store, 'latest');
      let folder: string;
      try {
        folder = fs.mkdtempSync(path.join(job.tempRoot, 'invoiceguard-drill-'));
      } catch (error) {
        throw targetFailure(error, job.tempRoot);
      }
      try {
        const targets = body.sources.map((s, i) => ({
          sourceIndex: i,
          folder: path.join(folder, safeName(s.name, i)),
        }));
        const started = performance.now();
        const result = restoreSnapshot(store, body, targets, { onProgress });
        const seconds = (performance.now() - started) / 1000;
        recordDrillVerification(store, body, result.problems);
        return { kind: 'drill', snapshotId: body.id, result, seconds };
      } finally {
        onProgress({ phase: 'cleanup', files: 0, bytes: 0, totalFiles: 0, totalBytes: 0 });
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }
    case 'list': {
      let store: OpenStore;
      try {
        store = openStore(job.destination, false);
      } catch (error) {
        // A destination without a store yet simply has no snapshots.
        if (error instanceof BackupFailure && error.kind === 'snapshot-not-found')
          return { kind: 'list', storeId: '', snapshots: [], incomplete: 0 };
        throw error;
      }
      const { complete, incomplete } = listSnapshotFiles(store.layout);
      const snapshots = complete.flatMap((id) => {
        const summary = readManifestSummary(store.layout, id);
        if (!summary) return [];
        const v = readVerified(store.layout, id);
        return [{ ...summary, verified: v ? { at: v.at, ok: v.ok } : null }];
      });
      return { kind: 'list', storeId: store.storeId, snapshots, incomplete: incomplete.length };
    }
  }
}

/** `latest` or an id: the newest whole manifest, or exactly the one named. */
export function resolveSnapshot(store: OpenStore, snapshotId: string): ManifestBody {
  if (snapshotId !== 'latest') return loadManifest(store.layout, snapshotId);
  const body = newestManifest(store, true);
  if (!body) throw new BackupFailure('snapshot-not-found', { snapshotId });
  return body;
}

/** A folder name for a source inside a drill or restore folder (names are checked by the policy; ids are a fallback). */
export function safeName(name: string, index: number): string {
  return /^[^\\/:*?"<>|]+$/.test(name) && name !== '.' && name !== '..' ? name : `source-${index + 1}`;
}

/**
 * Over the live data: each source is restored into a new folder beside it, and only when all are
 * restored whole are the folders swapped (two renames each). A folder the invoicing software holds
 * open cannot be renamed: then everything is put back as it was and nothing is replaced.
 */
function restoreLive(
  job: Extract<EngineJob, { kind: 'restore-live' }>,
  onProgress: (p: EngineProgress) => void,
): RestoreJobResult {
  const store = openStore(job.destination, false);
  const body = resolveSnapshot(store, job.snapshotId);
  const tag = randomBytes(3).toString('hex');
  const plan = job.sources.map((s) => {
    const index = body.sources.findIndex((b) => b.name === s.name);
    if (index < 0) throw new BackupFailure('snapshot-not-found', { snapshotId: body.id, source: s.name });
    return {
      index,
      live: s.path,
      staging: `${s.path}.invoiceguard-restore-${tag}`,
      aside: `${s.path}.invoiceguard-old-${tag}`,
    };
  });
  const started = performance.now();
  let result: RestoreResult;
  try {
    result = restoreSnapshot(
      store,
      body,
      plan.map((p) => ({ sourceIndex: p.index, folder: p.staging })),
      { onProgress },
    );
    if (result.problems.length)
      throw new BackupFailure('store-damaged', {
        snapshotId: body.id,
        reason: `${result.problems.length} files damaged or missing`,
      });
  } catch (error) {
    for (const p of plan) fs.rmSync(p.staging, { recursive: true, force: true });
    throw error;
  }
  const swapped: typeof plan = [];
  try {
    for (const p of plan) {
      try {
        fs.renameSync(p.live, p.aside);
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT')
          throw new BackupFailure('live-in-use', { path: p.live, code: errnoOf(error), reason: String(error) });
        fs.mkdirSync(p.aside);
      }
      try {
        fs.renameSync(p.staging, p.live);
      } catch (error) {
        fs.renameSync(p.aside, p.live);
        throw new BackupFailure('live-in-use', { path: p.live, code: errnoOf(error), reason: String(error) });
      }
      swapped.push(p);
    }
  } catch (error) {
    // Put back what was swapped already, then remove every staged copy: the live data is as before.
    for (const p of swapped.reverse()) {
      try {
        fs.renameSync(p.live, p.staging);
        fs.renameSync(p.aside, p.live);
      } catch {
        // Left for IT with both folders in place; the pre-restore snapshot also holds the old state.
      }
    }
    for (const p of plan) fs.rmSync(p.staging, { recursive: true, force: true });
    throw error;
  }
  onProgress({ phase: 'cleanup', files: 0, bytes: 0, totalFiles: 0, totalBytes: 0 });
  // The replaced data is in the pre-restore snapshot taken just before this job.
  for (const p of plan) fs.rmSync(p.aside, { recursive: true, force: true });
  return { kind: 'restore', snapshotId: body.id, result, seconds: (performance.now() - started) / 1000 };
}
