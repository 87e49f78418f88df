import fs from 'node:fs';
import { BackupFailure, destinationFailure } from './backup-failure';
import { snapshotsToRemove } from './retention';
import {
  listObjects,
  listSnapshotFiles,
  loadManifest,
  readManifestSummary,
  readVerified,
  type OpenStore,
} from './store';
import { manifestPath, objectPath, verifiedPath } from './store-layout';

export interface PruneResult {
  removedSnapshots: string[];
  removedObjects: number;
  freedBytes: number;
  /** Set when garbage collection was skipped because a manifest could not be read (nothing is deleted blind). */
  skippedCollection?: string;
}

/**
 * Applies retention, then removes objects no remaining manifest names (including those of killed
 * runs). Runs under the destination lock. If any manifest cannot be read, no object is removed:
 * the objects it names are unknown, and deleting blind could destroy a snapshot.
 */
export function pruneStore(
  store: OpenStore,
  rules: { keepLast: number; keepDays: number },
  now: number,
  collect: boolean,
): PruneResult {
  const { layout } = store;
  const { complete } = listSnapshotFiles(layout);
  // No more snapshots than keepLast: the rule keeps them all, so nothing needs reading.
  if (complete.length <= rules.keepLast && !collect) return { removedSnapshots: [], removedObjects: 0, freedBytes: 0 };
  const summaries = complete.flatMap((id) => {
    const s = readManifestSummary(layout, id);
    return s ? [{ id, createdAt: s.createdAt, status: s.status, verified: readVerified(layout, id)?.ok === true }] : [];
  });
  // An unreadable manifest is never removed by retention; it is reported by verification.
  const remove = snapshotsToRemove(summaries, rules, now);
  try {
    for (const id of remove) {
      fs.rmSync(manifestPath(layout, id), { force: true });
      fs.rmSync(verifiedPath(layout, id), { force: true });
    }
  } catch (error) {
    throw destinationFailure(error, layout.snapshots);
  }
  const result: PruneResult = { removedSnapshots: remove, removedObjects: 0, freedBytes: 0 };
  if (!collect && remove.length === 0) return result;
  const referenced = new Set<string>();
  for (const id of listSnapshotFiles(layout).complete) {
    try {
      for (const e of loadManifest(layout, id).entries) if (e.sha256) referenced.add(e.sha256);
    } catch (error) {
      if (error instanceof BackupFailure && error.kind === 'store-damaged') {
        result.skippedCollection = id;
        return result;
      }
      throw error;
    }
  }
  for (const sha256 of listObjects(layout)) {
    if (referenced.has(sha256)) continue;
    const file = objectPath(layout, sha256);
    try {
      result.freedBytes += fs.statSync(file).size;
      fs.rmSync(file, { force: true });
      result.removedObjects++;
    } catch (error) {
      throw destinationFailure(error, file);
    }
  }
  return result;
}
