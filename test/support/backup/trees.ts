import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

/** A day ago: files older than the engine's racy window, so the quick check trusts their times. */
export const aDayAgo = (): Date => new Date(Date.now() - 86_400_000);

/**
 * Writes a tree like an invoicing data folder: `dirs` × `perDir` files in nested folders with
 * Chinese names, empty files, an empty folder, and one large file; every time set a day back.
 */
export function makeTree(root: string, options: { dirs?: number; perDir?: number; largeBytes?: number } = {}): void {
  const dirs = options.dirs ?? 10;
  const perDir = options.perDir ?? 20;
  fs.mkdirSync(path.join(root, '空文件夹', '更深一层'), { recursive: true });
  for (let d = 0; d < dirs; d++) {
    const dir = path.join(root, `${2020 + (d % 7)}年`, `第${d}批`, '发票明细');
    fs.mkdirSync(dir, { recursive: true });
    for (let f = 0; f < perDir; f++) {
      const name = f % 10 === 0 ? `空白${f}.dat` : `发票_${d}_${f}.xml`;
      fs.writeFileSync(path.join(dir, name), f % 10 === 0 ? '' : `<发票 号="${d}-${f}">${'金额'.repeat(f)}</发票>`);
    }
  }
  if (options.largeBytes) fs.writeFileSync(path.join(root, 'database.db'), randomBytes(options.largeBytes));
  ageTree(root);
}

/** Sets every time in the tree a day back (folders last, deepest first). */
export function ageTree(root: string): void {
  const when = aDayAgo();
  const all: string[] = [];
  const walk = (p: string): void => {
    for (const d of fs.readdirSync(p, { withFileTypes: true })) {
      const child = path.join(p, d.name);
      if (d.isDirectory()) walk(child);
      all.push(child);
    }
  };
  walk(root);
  all.push(root);
  for (const p of all) fs.utimesSync(p, when, when);
}

export interface TreeEntry {
  type: 'file' | 'dir';
  size: number;
  mtimeMs: number;
  sha256?: string;
}

/** Every entry of a tree by relative path: type, size, modification time and content hash. */
export function describeTree(root: string): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const walk = (p: string, rel: string): void => {
    for (const d of fs.readdirSync(p, { withFileTypes: true })) {
      const child = path.join(p, d.name);
      const r = rel ? `${rel}/${d.name}` : d.name;
      const st = fs.statSync(child);
      if (d.isDirectory()) {
        out.set(r, { type: 'dir', size: 0, mtimeMs: Math.floor(st.mtimeMs) });
        walk(child, r);
      } else
        out.set(r, {
          type: 'file',
          size: st.size,
          mtimeMs: Math.floor(st.mtimeMs),
          sha256: createHash('sha256').update(fs.readFileSync(child)).digest('hex'),
        });
    }
  };
  walk(root, '');
  return out;
}

/** Flips one byte of a file in place (bit rot on a backup drive). */
export function flipByte(file: string, at = 0): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const b = Buffer.alloc(1);
    fs.readSync(fd, b, 0, 1, at);
    b[0] = (b[0] ?? 0) ^ 0xff;
    fs.writeSync(fd, b, 0, 1, at);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every object file of a store under a destination. */
export function storeObjects(destination: string): string[] {
  const objects = path.join(destination, 'InvoiceGuard-Backup', 'objects');
  return fs
    .readdirSync(objects)
    .flatMap((p) => fs.readdirSync(path.join(objects, p)).map((n) => path.join(objects, p, n)));
}
