import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { ManifestBody } from './manifest';
import { writeVerified, type OpenStore, type VerifiedRecord } from './store';
import { objectPath } from './store-layout';
import { errnoOf } from './sync-fs';
import { throttle } from './take-snapshot';
import type { EngineProgress } from './engine-types';

const maxListed = 50;

/**
 * Re-reads every object a snapshot names and re-hashes it: the only way to know the bytes on the
 * destination are still the bytes that were backed up. The record is kept in the store
 * (`verified/<id>.json`), so retention knows the newest verified snapshot whoever verified it.
 */
export function verifySnapshot(
  store: OpenStore,
  body: ManifestBody,
  options: { now?: () => number; onProgress?: (p: EngineProgress) => void } = {},
): VerifiedRecord {
  const now = options.now ?? Date.now;
  const progress = throttle(options.onProgress, now);
  const objects = new Map<string, { size: number; path: string }>();
  for (const e of body.entries)
    if (e.type === 'file' && e.sha256 && !objects.has(e.sha256))
      objects.set(e.sha256, { size: e.size, path: `${body.sources[e.source]?.name ?? ''}/${e.path}` });
  const totalFiles = objects.size;
  const totalBytes = [...objects.values()].reduce((n, o) => n + o.size, 0);
  const problems: VerifiedRecord['problems'] = [];
  let problemCount = 0;
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let files = 0;
  let bytes = 0;
  progress({ phase: 'verify', files, bytes, totalFiles, totalBytes }, true);
  for (const [sha256, o] of objects) {
    const reason = checkObject(objectPath(store.layout, sha256), sha256, o.size, buffer);
    if (reason) {
      problemCount++;
      if (problems.length < maxListed) problems.push({ sha256, path: o.path, reason });
    }
    files++;
    bytes += o.size;
    progress({ phase: 'verify', files, bytes, totalFiles, totalBytes });
  }
  const record: VerifiedRecord = {
    snapshotId: body.id,
    at: new Date(now()).toISOString(),
    ok: problemCount === 0,
    objects: totalFiles,
    files: body.entries.filter((e) => e.type === 'file').length,
    bytes: totalBytes,
    problems,
  };
  writeVerified(store.layout, record);
  return record;
}

/**
 * A drill restored every file of the snapshot and hashed every byte on the way: that is a full
 * verification too, kept in the store like one, so listings and retention see it.
 */
export function recordDrillVerification(
  store: OpenStore,
  body: ManifestBody,
  problems: readonly { path: string; reason: string }[],
  now: () => number = Date.now,
): VerifiedRecord {
  const objects = new Map<string, number>();
  for (const e of body.entries) if (e.type === 'file' && e.sha256) objects.set(e.sha256, e.size);
  const record: VerifiedRecord = {
    snapshotId: body.id,
    at: new Date(now()).toISOString(),
    ok: problems.length === 0,
    objects: objects.size,
    files: body.entries.filter((e) => e.type === 'file').length,
    bytes: [...objects.values()].reduce((n, size) => n + size, 0),
    // A restore names the file, not the object: the hash is left empty.
    problems: problems.slice(0, maxListed).map((p) => ({ sha256: '', path: p.path, reason: p.reason })),
  };
  writeVerified(store.layout, record);
  return record;
}

function checkObject(file: string, sha256: string, size: number, buffer: Buffer): string | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'missing' : `unreadable (${errnoOf(error) || 'error'})`;
  }
  try {
    const hash = createHash('sha256');
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, read);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      read += n;
    }
    if (read !== size) return 'wrong size';
    return hash.digest('hex') === sha256 ? undefined : 'damaged';
  } catch (error) {
    return `unreadable (${errnoOf(error) || 'error'})`;
  } finally {
    fs.closeSync(fd);
  }
}
