import { createHash } from 'node:crypto';
import { z } from 'zod';
import { formatValidationError } from '../../../../shared/protocol/format-validation-error';
import { errorMessage } from '../../../../shared/error-message';

/** A manifest larger than this is not ours (100,000 files take about 25 MB). */
export const maxManifestBytes = 256 * 1024 * 1024;

export const manifestFormat = 'invoiceguard-snapshot';

const entrySchema = z
  .object({
    /** Index into `sources`. */
    source: z.number().int().nonnegative(),
    /** Relative path with "/" separators; "" is the source folder itself. */
    path: z.string(),
    type: z.enum(['file', 'dir', 'symlink']),
    size: z.number().nonnegative(),
    mtimeMs: z.number(),
    ctimeMs: z.number(),
    ino: z.number(),
    mode: z.number().int(),
    sha256: z.string().optional(),
    target: z.string().optional(),
    /** Modified within the file system's time resolution of the scan: the next run re-reads it. */
    recent: z.literal(true).optional(),
    /** Its object was written by this snapshot (the next run checks those objects survived). */
    added: z.literal(true).optional(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof entrySchema>;

const problemSchema = z
  .object({
    source: z.number().int().nonnegative(),
    path: z.string(),
    reason: z.enum(['locked', 'changed', 'unreadable', 'source-missing', 'source-shrunk']),
    code: z.string(),
  })
  .strict();
export type ManifestProblem = z.infer<typeof problemSchema>;

const sourceSchema = z
  .object({
    name: z.string(),
    path: z.string(),
    files: z.number().int().nonnegative(),
    bytes: z.number().nonnegative(),
    /** Set when this source vanished or lost most of its files: its entries are the last good copy. */
    carriedFrom: z.string().optional(),
  })
  .strict();
export type ManifestSource = z.infer<typeof sourceSchema>;

export const manifestBodySchema = z
  .object({
    id: z.string(),
    storeId: z.string(),
    createdAt: z.string(),
    finishedAt: z.string(),
    host: z.string(),
    status: z.enum(['complete', 'partial']),
    sources: z.array(sourceSchema),
    entries: z.array(entrySchema),
    problems: z.array(problemSchema),
  })
  .strict();
export type ManifestBody = z.infer<typeof manifestBodySchema>;

const headerSchema = z
  .object({
    format: z.literal(manifestFormat),
    version: z.literal(1),
    bodySha256: z.string(),
    /** A copy of the totals, so listing snapshots reads one line per manifest. */
    summary: z.unknown().optional(),
  })
  .strict();

/** The header's summary: what `listSnapshots` shows without reading the body. */
export function manifestSummary(body: ManifestBody) {
  return {
    id: body.id,
    createdAt: body.createdAt,
    status: body.status,
    files: body.sources.reduce((n, s) => n + s.files, 0),
    bytes: body.sources.reduce((n, s) => n + s.bytes, 0),
    problems: body.problems.length,
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
  const json = JSON.stringify(body);
  const bodySha256 = createHash('sha256').update(json).digest('hex');
  const header = { format: manifestFormat, version: 1, bodySha256, summary: manifestSummary(body) };
  return `${JSON.stringify(header)}\n${json}\n`;
}

export type ParsedManifest = { ok: true; body: ManifestBody } | { ok: false; reason: string };

export function parseManifest(buffer: Buffer): ParsedManifest {
  const newline = buffer.indexOf(0x0a);
  if (newline < 0) return { ok: false, reason: 'no header line' };
  let header;
  try {
    header = headerSchema.parse(JSON.parse(buffer.subarray(0, newline).toString('utf8')));
  } catch (error) {
    return { ok: false, reason: `bad header: ${errorMessage(error)}` };
  }
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
  const result = manifestBodySchema.safeParse(json);
  return result.success ? { ok: true, body: result.data } : { ok: false, reason: formatValidationError(result.error) };
}
