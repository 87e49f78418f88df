import { createHash } from 'node:crypto';
import { isArrayOf, isCount, isNumber, isOneOf, isRecord, isString, type Shape } from './shape';
import { errorMessage } from '../../../../shared/error-message';

/** A manifest larger than this is not ours (100,000 files take about 25 MB). */
export const maxManifestBytes = 256 * 1024 * 1024;

export const manifestFormat = 'invoiceguard-snapshot';

/** One thing in a snapshot, as the engine works with it. */
export interface ManifestEntry {
  /** Index into `sources`. */
  source: number;
  /** Relative path with "/" separators; "" is the source folder itself. */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  mode: number;
  sha256?: string;
  target?: string;
  /** Modified within the file system's time resolution of the scan: the next run re-reads it. */
  recent?: true;
  /** Its object was written by this snapshot (the next run checks those objects survived). */
  added?: true;
}

/**
 * On disk each entry is one row (10,000 files read and write in milliseconds):
 * `[source, path, type, size, mtimeMs, ctimeMs, ino, mode, ref, flags]` with type `f|d|l`, ref the
 * SHA-256 of a file or the target of a link (else null), flags 1 = recent, 2 = added.
 */
export const entryColumns = [
  'source',
  'path',
  'type',
  'size',
  'mtimeMs',
  'ctimeMs',
  'ino',
  'mode',
  'ref',
  'flags',
] as const;
type EntryRow = [number, string, 'f' | 'd' | 'l', number, number, number, number, number, string | null, number];

const typeCode = { file: 'f', dir: 'd', symlink: 'l' } as const;
const typeOf = { f: 'file', d: 'dir', l: 'symlink' } as const;
const sha256Row = /^[0-9a-f]{64}$/;

function toRow(e: ManifestEntry): EntryRow {
  const ref = e.type === 'file' ? (e.sha256 ?? null) : e.type === 'symlink' ? (e.target ?? null) : null;
  return [
    e.source,
    e.path,
    typeCode[e.type],
    e.size,
    e.mtimeMs,
    e.ctimeMs,
    e.ino,
    e.mode,
    ref,
    (e.recent ? 1 : 0) | (e.added ? 2 : 0),
  ];
}

/** A row back to an entry, or undefined when it is not one we write. */
function fromRow(row: unknown, sources: number): ManifestEntry | undefined {
  if (!Array.isArray(row) || row.length !== 10) return undefined;
  const [source, path, t, size, mtimeMs, ctimeMs, ino, mode, ref, flags] = row as unknown[];
  if (!Number.isInteger(source) || (source as number) < 0 || (source as number) >= sources) return undefined;
  if (typeof path !== 'string' || (t !== 'f' && t !== 'd' && t !== 'l')) return undefined;
  if (![size, mtimeMs, ctimeMs, ino, mode, flags].every((n) => typeof n === 'number' && Number.isFinite(n)))
    return undefined;
  if (t === 'f' && (typeof ref !== 'string' || !sha256Row.test(ref))) return undefined;
  if (t === 'l' && typeof ref !== 'string') return undefined;
  if (path.split('/').some((part) => part === '..' || part === '.') || path.startsWith('/')) return undefined;
  const entry: ManifestEntry = {
    source: source as number,
    path,
    type: typeOf[t],
    size: size as number,
    mtimeMs: mtimeMs as number,
    ctimeMs: ctimeMs as number,
    ino: ino as number,
    mode: mode as number,
  };
  if (t === 'f') entry.sha256 = ref as string;
  if (t === 'l') entry.target = ref as string;
  if ((flags as number) & 1) entry.recent = true;
  if ((flags as number) & 2) entry.added = true;
  return entry;
}

export interface ManifestProblem {
  source: number;
  path: string;
  reason: 'locked' | 'changed' | 'unreadable' | 'source-missing' | 'source-shrunk';
  code: string;
}
const isProblem = isRecord<ManifestProblem>({
  source: isCount,
  path: isString,
  reason: isOneOf(['locked', 'changed', 'unreadable', 'source-missing', 'source-shrunk']),
  code: isString,
});

export interface ManifestSource {
  name: string;
  path: string;
  files: number;
  bytes: number;
  /** Set when this source vanished or lost most of its files: its entries are the last good copy. */
  carriedFrom?: string;
}
const isSource = isRecord<ManifestSource>(
  { name: isString, path: isString, files: isCount, bytes: isNumber, carriedFrom: isString },
  ['carriedFrom'],
);

export interface ManifestBody {
  id: string;
  storeId: string;
  createdAt: string;
  finishedAt: string;
  host: string;
  status: 'complete' | 'partial';
  /** Set on the safety snapshot taken right before a restore over the live data (`latest` skips it). */
  purpose?: 'pre-restore';
  sources: ManifestSource[];
  entries: ManifestEntry[];
  problems: ManifestProblem[];
}
const isBodyWithoutEntries = isRecord<Omit<ManifestBody, 'entries'> & { entries: unknown }>(
  {
    id: isString,
    storeId: isString,
    createdAt: isString,
    finishedAt: isString,
    host: isString,
    status: isOneOf(['complete', 'partial']),
    purpose: (v): v is 'pre-restore' => v === 'pre-restore',
    sources: isArrayOf(isSource),
    /** Rows, checked one by one below. */
    entries: Array.isArray as Shape<unknown>,
    problems: isArrayOf(isProblem),
  },
  ['purpose'],
);

interface Header {
  format: typeof manifestFormat;
  version: 1;
  bodySha256: string;
  /** A copy of the totals, so listing snapshots reads one line per manifest. */
  summary?: unknown;
}
const isHeader = isRecord<Header>(
  {
    format: (v): v is typeof manifestFormat => v === manifestFormat,
    version: (v): v is 1 => v === 1,
    bodySha256: isString,
    summary: (_v): _v is unknown => true,
  },
  ['summary'],
);

/** The header's summary: what `listSnapshots` shows without reading the body. */
export function manifestSummary(body: ManifestBody) {
  return {
    id: body.id,
    createdAt: body.createdAt,
    status: body.status,
    files: body.sources.reduce((n, s) => n + s.files, 0),
    bytes: body.sources.reduce((n, s) => n + s.bytes, 0),
    problems: body.problems.length,
    preRestore: body.purpose === 'pre-restore',
    sources: body.sources.map((s) => ({
      name: s.name,
      path: s.path,
      files: s.files,
      bytes: s.bytes,
      carried: s.carriedFrom !== undefined,
    })),
  };
}

/**
 * The manifest file: one header line naming the SHA-256 of the body, then the body (JSON). The
 * file is written last and renamed into place, so it is whole or absent; the hash makes a damaged
 * one (a flipped byte on the disk) detectable, never a silently shorter snapshot.
 */
export function serializeManifest(body: ManifestBody): string {
  const json = JSON.stringify({ ...body, entries: body.entries.map(toRow) });
  const bodySha256 = createHash('sha256').update(json).digest('hex');
  const header = { format: manifestFormat, version: 1, bodySha256, summary: manifestSummary(body) };
  return `${JSON.stringify(header)}\n${json}\n`;
}

export type ParsedManifest = { ok: true; body: ManifestBody } | { ok: false; reason: string };

export function parseManifest(buffer: Buffer): ParsedManifest {
  const newline = buffer.indexOf(0x0a);
  if (newline < 0) return { ok: false, reason: 'no header line' };
  let header: unknown;
  try {
    header = JSON.parse(buffer.subarray(0, newline).toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `bad header: ${errorMessage(error)}` };
  }
  if (!isHeader(header)) return { ok: false, reason: 'bad header: not a snapshot manifest' };
  let end = buffer.length;
  if (buffer[end - 1] === 0x0a) end--;
  const bodyBytes = buffer.subarray(newline + 1, end);
  if (createHash('sha256').update(bodyBytes).digest('hex') !== header.bodySha256)
    return { ok: false, reason: 'the manifest does not match its SHA-256 (damaged)' };
  let json: unknown;
  try {
    json = JSON.parse(bodyBytes.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
  if (!isBodyWithoutEntries(json)) return { ok: false, reason: 'the manifest body has an unknown shape' };
  const rows = json.entries as unknown[];
  const entries: ManifestEntry[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const entry = fromRow(rows[i], json.sources.length);
    if (!entry) return { ok: false, reason: `entries[${i}]: not an entry row` };
    entries[i] = entry;
  }
  return { ok: true, body: { ...json, entries } };
}
