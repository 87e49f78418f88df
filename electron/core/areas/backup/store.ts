import fs from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { isArrayOf, isBoolean, isCount, isNumber, isOneOf, isRecord, isString } from './shape';
import { BackupFailure, destinationFailure } from './backup-failure';
import { maxManifestBytes, parseManifest, type ManifestBody } from './manifest';
import { errnoOf, writeAtomicSync } from './sync-fs';
import { readCappedSync } from '../../../util/read-capped-file';
import {
  incompleteSuffix,
  manifestPath,
  manifestSuffix,
  sha256Pattern,
  snapshotIdPattern,
  storeLayout,
  verifiedPath,
  type StoreLayout,
} from './store-layout';

const isMarker = isRecord<{ format: 'invoiceguard-store'; version: 1; storeId: string; createdAt: string }>({
  format: (v): v is 'invoiceguard-store' => v === 'invoiceguard-store',
  version: (v): v is 1 => v === 1,
  storeId: isString,
  createdAt: isString,
});

/** What a verification found, kept in the store (`verified/<id>.json`) for retention and listings. */
export interface VerifiedRecord {
  snapshotId: string;
  at: string;
  ok: boolean;
  /** Distinct contents read back (files with equal content share one object). */
  objects: number;
  /** The snapshot's files whose content was checked. */
  files: number;
  bytes: number;
  problems: { sha256: string; path: string; reason: string }[];
}
const isVerified = isRecord<VerifiedRecord>({
  snapshotId: isString,
  at: isString,
  ok: isBoolean,
  objects: isCount,
  files: isCount,
  bytes: isNumber,
  problems: isArrayOf(
    isRecord<{ sha256: string; path: string; reason: string }>({ sha256: isString, path: isString, reason: isString }),
  ),
});

const hex = '0123456789abcdef';
const fanOut = [...hex].flatMap((a) => [...hex].map((b) => a + b));

export interface OpenStore {
  layout: StoreLayout;
  storeId: string;
  /** True when this call created the store. */
  created: boolean;
}

/**
 * Opens the store in a destination, creating it inside an existing destination folder. The
 * destination folder itself is never created: a USB drive that is not plugged in, or a share
 * that is not mounted, must read "missing", not quietly fill the system disk.
 */
export function openStore(destination: string, create: boolean): OpenStore {
  let st: fs.Stats;
  try {
    st = fs.statSync(destination);
  } catch (error) {
    throw destinationFailure(error, destination);
  }
  if (!st.isDirectory()) throw new BackupFailure('destination-missing', { path: destination, reason: 'not a folder' });
  const layout = storeLayout(destination);
  try {
    const marker: unknown = JSON.parse(readCappedSync(layout.marker, 64 * 1024).toString('utf8'));
    if (!isMarker(marker)) throw new BackupFailure('store-damaged', { path: layout.marker, reason: 'unknown marker' });
    return { layout, storeId: marker.storeId, created: false };
  } catch (error) {
    if (error instanceof BackupFailure) throw error;
    if (errnoOf(error) !== 'ENOENT') {
      if (error instanceof SyntaxError)
        throw new BackupFailure('store-damaged', { path: layout.marker, reason: error.message });
      throw destinationFailure(error, layout.marker);
    }
  }
  if (!create) throw new BackupFailure('snapshot-not-found', { path: layout.root, reason: 'no backup store here' });
  try {
    for (const dir of [layout.root, layout.snapshots, layout.verified, layout.tmp, layout.objects])
      fs.mkdirSync(dir, { recursive: true });
    for (const prefix of fanOut) fs.mkdirSync(`${layout.objects}/${prefix}`, { recursive: true });
    const storeId = randomUUID();
    const marker = { format: 'invoiceguard-store', version: 1, storeId, createdAt: new Date().toISOString() };
    writeAtomicSync(layout.marker, `${JSON.stringify(marker, null, 2)}\n`, layout.tmp);
    return { layout, storeId, created: true };
  } catch (error) {
    throw destinationFailure(error, layout.root);
  }
}

/** The store's snapshot files: ids with a manifest, and ids of runs that never wrote one. */
export function listSnapshotFiles(layout: StoreLayout): { complete: string[]; incomplete: string[] } {
  let names: string[];
  try {
    names = fs.readdirSync(layout.snapshots);
  } catch (error) {
    throw destinationFailure(error, layout.snapshots);
  }
  const ids = (suffix: string): string[] =>
    names
      .filter((n) => n.endsWith(suffix))
      .map((n) => n.slice(0, -suffix.length))
      .filter((id) => snapshotIdPattern.test(id))
      .sort();
  const complete = ids(manifestSuffix);
  const done = new Set(complete);
  return { complete, incomplete: ids(incompleteSuffix).filter((id) => !done.has(id)) };
}

/** Summary fields of a manifest from its header line only (cheap: listing never reads the body). */
export interface ManifestHeaderSummary {
  id: string;
  createdAt: string;
  status: 'complete' | 'partial';
  files: number;
  bytes: number;
  problems: number;
  preRestore: boolean;
  sources: { name: string; path: string; files: number; bytes: number; carried: boolean }[];
}

const isHeaderSummary = isRecord<ManifestHeaderSummary>({
  id: isString,
  createdAt: isString,
  status: isOneOf(['complete', 'partial']),
  files: isCount,
  bytes: isNumber,
  problems: isCount,
  preRestore: isBoolean,
  sources: isArrayOf(
    isRecord<ManifestHeaderSummary['sources'][number]>({
      name: isString,
      path: isString,
      files: isCount,
      bytes: isNumber,
      carried: isBoolean,
    }),
  ),
});

/** Reads the first line of a manifest (at most 1 MiB) and returns its summary, or undefined if unreadable. */
export function readManifestSummary(layout: StoreLayout, id: string): ManifestHeaderSummary | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(manifestPath(layout, id), 'r');
    if (!fs.fstatSync(fd).isFile()) return undefined;
    // The header line is short (a few hundred bytes per source); read more only if it is longer.
    let buffer = Buffer.allocUnsafe(64 * 1024);
    let n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    let end = buffer.subarray(0, n).indexOf(0x0a);
    if (end < 0 && n === buffer.length) {
      buffer = Buffer.allocUnsafe(1024 * 1024);
      n = fs.readSync(fd, buffer, 0, buffer.length, 0);
      end = buffer.subarray(0, n).indexOf(0x0a);
    }
    if (end < 0) return undefined;
    const header = JSON.parse(buffer.subarray(0, end).toString('utf8')) as { summary?: unknown };
    return isHeaderSummary(header.summary) ? header.summary : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads and checks a whole manifest; a damaged one is a failure, never a shorter snapshot. */
export function loadManifest(layout: StoreLayout, id: string): ManifestBody {
  let buffer: Buffer;
  try {
    buffer = readCappedSync(manifestPath(layout, id), maxManifestBytes);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw new BackupFailure('snapshot-not-found', { snapshotId: id });
    throw destinationFailure(error, manifestPath(layout, id));
  }
  const parsed = parseManifest(buffer);
  if (!parsed.ok) throw new BackupFailure('store-damaged', { snapshotId: id, reason: parsed.reason });
  return parsed.body;
}

/** The hashes of every object in the store (one directory listing per fan-out folder). */
export function listObjects(layout: StoreLayout): Set<string> {
  const found = new Set<string>();
  for (const prefix of fanOut) {
    let names: string[];
    try {
      names = fs.readdirSync(`${layout.objects}/${prefix}`);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') continue;
      throw destinationFailure(error, layout.objects);
    }
    for (const n of names) if (sha256Pattern.test(n)) found.add(n);
  }
  return found;
}

export function readVerified(layout: StoreLayout, id: string): VerifiedRecord | undefined {
  try {
    const record: unknown = JSON.parse(readCappedSync(verifiedPath(layout, id), 4 * 1024 * 1024).toString('utf8'));
    return isVerified(record) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeVerified(layout: StoreLayout, record: VerifiedRecord): void {
  try {
    fs.mkdirSync(layout.verified, { recursive: true });
    writeAtomicSync(verifiedPath(layout, record.snapshotId), `${JSON.stringify(record)}\n`, layout.tmp);
  } catch (error) {
    throw destinationFailure(error, layout.verified);
  }
}

/**
 * Removes what killed runs left: `.incomplete` markers without a manifest and temp files. Called
 * under the destination lock, so nothing else is writing. Objects those runs renamed into place
 * are unreferenced and go with the next garbage collection. Returns how many runs were cleaned.
 */
export function cleanIncomplete(layout: StoreLayout): number {
  const { incomplete } = listSnapshotFiles(layout);
  try {
    for (const id of incomplete) fs.rmSync(`${layout.snapshots}/${id}${incompleteSuffix}`, { force: true });
    for (const name of fs.readdirSync(layout.tmp)) fs.rmSync(`${layout.tmp}/${name}`, { force: true, recursive: true });
  } catch (error) {
    throw destinationFailure(error, layout.root);
  }
  return incomplete.length;
}

export const thisHost = (): string => os.hostname();
