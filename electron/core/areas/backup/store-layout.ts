import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The folder inside a destination that holds the store (so a destination may be a drive's root). */
export const storeFolderName = 'InvoiceGuard-Backup';

/** Where everything of one store lives (docs/backup.md, "Store layout"). */
export interface StoreLayout {
  root: string;
  marker: string;
  objects: string;
  snapshots: string;
  verified: string;
  tmp: string;
  lock: string;
}

export function storeLayout(destination: string): StoreLayout {
  const root = path.join(destination, storeFolderName);
  return {
    root,
    marker: path.join(root, 'store.json'),
    objects: path.join(root, 'objects'),
    snapshots: path.join(root, 'snapshots'),
    verified: path.join(root, 'verified'),
    tmp: path.join(root, 'tmp'),
    lock: path.join(root, 'lock'),
  };
}

/** Content-addressed: the object of SHA-256 `h` is `objects/<h[0..2]>/<h>`. */
export function objectPath(layout: StoreLayout, sha256: string): string {
  return path.join(layout.objects, sha256.slice(0, 2), sha256);
}

export const manifestSuffix = '.json';
export const incompleteSuffix = '.incomplete';

export function manifestPath(layout: StoreLayout, id: string): string {
  return path.join(layout.snapshots, `${id}${manifestSuffix}`);
}

export function incompletePath(layout: StoreLayout, id: string): string {
  return path.join(layout.snapshots, `${id}${incompleteSuffix}`);
}

export function verifiedPath(layout: StoreLayout, id: string): string {
  return path.join(layout.verified, `${id}.json`);
}

/**
 * Snapshot ids sort by time: `20261202T054901123Z-3fa2` (UTC to the millisecond, so they sort the
 * same on every machine). An id is always after `after` (the newest id in the store), even if the
 * clock went back.
 */
export function newSnapshotId(at: number, after?: string): string {
  const stamp = (t: number): string => new Date(t).toISOString().replace(/[-:]/g, '').replace('.', '');
  let t = at;
  if (after) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(after);
    if (m) t = Math.max(t, Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!) + 1);
  }
  return `${stamp(t)}-${randomBytes(2).toString('hex')}`;
}

export const snapshotIdPattern = /^\d{8}T\d{9}Z-[0-9a-f]{4}$/;
export const sha256Pattern = /^[0-9a-f]{64}$/;
