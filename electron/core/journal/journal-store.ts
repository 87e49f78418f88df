import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { journalRecordSchema, type JournalRecord, type NewRecord } from '../../../shared/journal/record-schema';
import type { Incident } from '../../../shared/journal/incident';
import type { Message } from '../../../shared/model/reading';
import { errorMessage } from '../../../shared/error-message';
import { segmentFileName, type SegmentName } from './segment-names';
import { emptyTail, foldWritten, readJournalTail, type JournalTail, type WrittenState } from './journal-tail';
import { compactIncident, syncFolder, writeAll } from './segment-io';
import { acquireJournalLock } from './journal-lock';
import { describeJournalError, JournalWriteError } from './journal-errors';
import { deleteOldSegments } from './retention';

/** A single record larger than this is refused (a bug upstream, not something to fill a disk with). */
export const maxRecordBytes = 1024 * 1024;
/** The most records written (and fsync'd) together when many arrive at once (group commit). */
const maxBatch = 512;

export interface JournalStoreOptions {
  folder: string;
  segmentBytes: number;
  maxTotalBytes: number;
  retentionMs: number;
  now?: () => number;
  log?: (line: string) => void;
  pid?: number;
}

export type PolicyMark = { hash: string; sections: Record<string, string> } | null;

/** What the journal held when it was opened. */
export interface JournalState {
  /** The newest readable record: `core.stopped` means the previous run ended cleanly. */
  lastRecord?: JournalRecord;
  open: Incident[];
  policy: PolicyMark;
  /** Lines of the segments read at start that were not records (a torn last line among them). */
  skipped: number;
  torn: boolean;
}

export type JournalMode = 'starting' | 'writing' | 'read-only' | 'failing' | 'closed';

export interface JournalStoreStatus {
  mode: JournalMode;
  folder: string;
  /** Why the last write failed (or why the journal is read-only); cleared by the next good write. */
  error?: Message;
  errorAt?: string;
  skippedAtOpen: number;
  tornAtOpen: boolean;
}

export interface JournalStore {
  /** Resolves once the journal was read and, if it can be, opened for writing. Never rejects. */
  opened: Promise<JournalState>;
  /**
   * Appends one record and resolves once it is on disk (written and fdatasync'd): an acknowledged
   * record survives a crash or a power cut. A function gets the record's sequence number first
   * (incident ids are made from it). Rejects with JournalWriteError when the disk refuses.
   */
  append(record: NewRecord | ((seq: number) => NewRecord)): Promise<JournalRecord>;
  status(): JournalStoreStatus;
  /** The open incidents as written so far (what the next segment's checkpoint will carry). */
  openIncidents(): Incident[];
  onStatus(listener: (status: JournalStoreStatus) => void): () => void;
  close(): Promise<void>;
}

interface Pending {
  make: NewRecord | ((seq: number) => NewRecord);
  at: string;
  resolve(record: JournalRecord): void;
  reject(error: unknown): void;
}

interface Current extends SegmentName {
  size: number;
  /** Time of the newest record in it, for its name when it is closed. */
  newestAt: number;
  checkpointBytes: number;
}

/**
 * The journal on disk: append-only JSON-lines segment files in one folder, one writer at a time
 * (journal.lock), every acknowledged record fdatasync'd. Segments rotate by size; each begins with
 * a checkpoint of the open incidents; closed segments past the retention age or the size budget
 * are deleted oldest first. A failed write is rolled back (ftruncate) so the file never keeps half
 * a record, reported through `status()`, and retried with the next append: the core keeps running.
 */
export function openJournalStore(options: JournalStoreOptions): JournalStore {
  const { folder } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const readCap = options.segmentBytes + 2 * maxRecordBytes;
  const written: WrittenState = { open: new Map(), policy: null };
  const listeners = new Set<(status: JournalStoreStatus) => void>();
  const queue: Pending[] = [];
  let seq = 0;
  let handle: FileHandle | undefined;
  let current: Current | undefined;
  let releaseLock: (() => Promise<void>) | undefined;
  let flushing: Promise<void> | undefined;
  let closed = false;
  /** Set when close() begins: no new records, the queued ones are still written. */
  let closing = false;
  let status: JournalStoreStatus = { mode: 'starting', folder, skippedAtOpen: 0, tornAtOpen: false };

  function setStatus(next: Partial<JournalStoreStatus>, clearError = false): void {
    const merged: JournalStoreStatus = { ...status, ...next };
    if (clearError) {
      delete merged.error;
      delete merged.errorAt;
    }
    const changed = JSON.stringify(merged) !== JSON.stringify(status);
    status = merged;
    if (changed) listeners.forEach((l) => l(status));
  }

  function fail(error: unknown): Message {
    const reason = describeJournalError(error, folder);
    if (status.error?.key !== reason.key) log(`journal: cannot write in ${folder}: ${errorMessage(error)}`);
    setStatus({ mode: status.mode === 'read-only' ? 'read-only' : 'failing', error: reason, errorAt: iso() });
    return reason;
  }

  const iso = (): string => new Date(now()).toISOString();

  /** Reads the journal's tail back from disk and makes it the state the next records follow. */
  async function readState(): Promise<JournalTail> {
    const tail = await readJournalTail(folder, readCap, log);
    written.open = tail.written.open;
    written.policy = tail.written.policy;
    seq = Math.max(seq, tail.seq);
    return tail;
  }

  async function openForWrite(state: JournalTail): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
    if (!releaseLock) {
      const lock = await acquireJournalLock(folder, options.pid);
      if (!lock.held) {
        const error = new JournalWriteError({
          key: 'journal.error.locked',
          params: { folder, pid: lock.ownerPid ?? '?' },
        });
        setStatus({ mode: 'read-only', error: error.reason, errorAt: iso() });
        throw error;
      }
      releaseLock = lock.release;
    }
    const { newest, newestContent } = state;
    const reusable =
      newest &&
      newestContent &&
      newest.lastAt === undefined &&
      !newestContent.torn &&
      newestContent.records[0]?.type === 'journal.checkpoint' &&
      newestContent.bytes < options.segmentBytes;
    if (reusable) {
      handle = await fs.open(path.join(folder, newest.name), 'a');
      const newestAt = Date.parse(newestContent.records.at(-1)?.at ?? '') || newest.firstAt;
      const checkpointBytes = Buffer.byteLength(`${JSON.stringify(newestContent.records[0])}\n`);
      current = { ...newest, size: newestContent.bytes, newestAt, checkpointBytes };
    } else await startSegment();
    setStatus({ mode: 'writing' }, true);
  }

  async function startSegment(): Promise<void> {
    const at = now();
    const make = (incidents: Incident[]): JournalRecord =>
      validated({
        v: 1,
        seq: seq + 1,
        at: new Date(at).toISOString(),
        type: 'journal.checkpoint',
        open: incidents,
        policy: written.policy,
      });
    let checkpoint = make([...written.open.values()]);
    let line = Buffer.from(`${JSON.stringify(checkpoint)}\n`);
    if (line.length > maxRecordBytes) {
      // Only possible with hundreds of long-open incidents full of notes: keep their newest entries.
      log(
        `journal: the checkpoint of ${written.open.size} open incidents is ${line.length} bytes; keeping their newest entries`,
      );
      checkpoint = make([...written.open.values()].map(compactIncident));
      line = Buffer.from(`${JSON.stringify(checkpoint)}\n`);
    }
    const name = segmentFileName(checkpoint.seq, at);
    const file = path.join(folder, name);
    // O_APPEND (the 'a'): after a failed write is cut back with ftruncate, the next write lands at
    // the new end of the file, not at the old offset (which would leave a hole of zero bytes).
    const created = await fs.open(file, 'ax');
    try {
      await writeAll(created, line);
      await created.datasync();
      await syncFolder(folder);
    } catch (error) {
      await created.close().catch(() => {});
      await fs.unlink(file).catch(() => {});
      throw error;
    }
    seq = checkpoint.seq;
    handle = created;
    current = {
      name,
      firstSeq: checkpoint.seq,
      firstAt: at,
      size: line.length,
      newestAt: at,
      checkpointBytes: line.length,
    };
  }

  /** Closes the current segment under a name that carries its last record's time, then starts the next. */
  async function rotate(): Promise<void> {
    const sealed = current as Current;
    await handle?.close();
    handle = undefined;
    const name = segmentFileName(sealed.firstSeq, sealed.firstAt, sealed.newestAt);
    await fs.rename(path.join(folder, sealed.name), path.join(folder, name));
    await syncFolder(folder);
    current = undefined;
    await startSegment();
    await applyRetention().catch((error: unknown) => log(`journal: retention failed: ${errorMessage(error)}`));
  }

  const applyRetention = (): Promise<void> =>
    deleteOldSegments(folder, {
      now: now(),
      retentionMs: options.retentionMs,
      maxTotalBytes: options.maxTotalBytes,
      keep: current?.name,
      log,
    });

  async function ensureWritable(): Promise<void> {
    if (closed) throw new JournalWriteError({ key: 'journal.error.closed', params: { folder } });
    if (handle) return;
    // After a failure (or while another writer held the lock) the disk is the truth: read it again.
    await openForWrite(await readState());
  }

  function validated(candidate: unknown): JournalRecord {
    const parsed = journalRecordSchema.safeParse(candidate);
    if (!parsed.success) throw new Error(`not a journal record: ${parsed.error.message.slice(0, 300)}`);
    return parsed.data;
  }

  async function writeBatch(batch: Pending[]): Promise<void> {
    try {
      await ensureWritable();
    } catch (error) {
      const reason = fail(error);
      batch.forEach((p) => p.reject(new JournalWriteError(reason, error)));
      return;
    }
    let chunk: { pending: Pending; record: JournalRecord; line: Buffer }[] = [];
    let bytes = 0;
    const settle = async (): Promise<void> => {
      if (!chunk.length) return;
      const taken = chunk;
      chunk = [];
      const size = bytes;
      bytes = 0;
      await writeChunk(taken, size);
    };
    /** The record with the next sequence number, or undefined (and the caller told) when it is refused. */
    const build = (pending: Pending): { record: JournalRecord; line: Buffer } | undefined => {
      try {
        const made = typeof pending.make === 'function' ? pending.make(seq + 1) : pending.make;
        const record = validated({ ...made, v: 1, seq: seq + 1, at: made.at ?? pending.at });
        const line = Buffer.from(`${JSON.stringify(record)}\n`);
        if (line.length <= maxRecordBytes) return { record, line };
        pending.reject(new JournalWriteError({ key: 'journal.error.tooLarge', params: { bytes: line.length } }));
      } catch (error) {
        pending.reject(error);
      }
      return undefined;
    };
    let index = 0;
    try {
      for (; index < batch.length; index++) {
        const pending = batch[index] as Pending;
        let built = build(pending);
        if (!built) continue;
        const segment = current as Current;
        // The size budget is for what follows the checkpoint (an open incident with many notes makes
        // a big checkpoint); a segment with nothing after its checkpoint takes one record of any size.
        // The record is numbered again after the new checkpoint, so sequence numbers follow the file.
        const payload = segment.size - segment.checkpointBytes + bytes;
        if (payload > 0 && payload + built.line.length > options.segmentBytes) {
          await settle();
          await rotate();
          built = build(pending);
          if (!built) continue;
        }
        seq = built.record.seq;
        chunk.push({ pending, ...built });
        bytes += built.line.length;
      }
      index = batch.length;
      await settle();
    } catch (error) {
      const reason = fail(error);
      for (const rest of batch.slice(index)) rest.reject(new JournalWriteError(reason, error));
    }
  }

  /** Writes and syncs one run of records, or rolls the file back to where it was and rejects them all. */
  async function writeChunk(
    chunk: { pending: Pending; record: JournalRecord; line: Buffer }[],
    size: number,
  ): Promise<void> {
    const segment = current as Current;
    const target = handle as FileHandle;
    try {
      await writeAll(
        target,
        Buffer.concat(
          chunk.map((c) => c.line),
          size,
        ),
      );
      await target.datasync();
    } catch (error) {
      try {
        await target.truncate(segment.size);
      } catch (truncateError) {
        // The tail may hold half a record: start afresh in a new segment at the next append.
        log(`journal: cannot roll back a failed write: ${errorMessage(truncateError)}`);
        await target.close().catch(() => {});
        handle = undefined;
        current = undefined;
      }
      const reason = fail(error);
      chunk.forEach((c) => c.pending.reject(new JournalWriteError(reason, error)));
      throw error;
    }
    segment.size += size;
    segment.newestAt = Math.max(segment.newestAt, Date.parse(chunk.at(-1)?.record.at ?? '') || segment.newestAt);
    for (const c of chunk) foldWritten(written, c.record);
    if (status.mode !== 'writing' || status.error) setStatus({ mode: 'writing' }, true);
    chunk.forEach((c) => c.pending.resolve(c.record));
  }

  function flush(): Promise<void> {
    flushing ??= (async () => {
      await opened;
      while (queue.length) await writeBatch(queue.splice(0, maxBatch));
    })().finally(() => {
      flushing = undefined;
      if (queue.length) void flush();
    });
    return flushing;
  }

  const opened = (async (): Promise<JournalState> => {
    let state: JournalTail = emptyTail();
    try {
      state = await readState();
    } catch (error) {
      log(`journal: cannot read ${folder}: ${errorMessage(error)}`);
    }
    setStatus({ skippedAtOpen: state.skipped, tornAtOpen: state.torn });
    try {
      await openForWrite(state);
      await applyRetention().catch((error: unknown) => log(`journal: retention failed: ${errorMessage(error)}`));
    } catch (error) {
      fail(error);
    }
    return {
      ...(state.lastRecord ? { lastRecord: state.lastRecord } : {}),
      open: [...state.written.open.values()].map((i) => structuredClone(i)),
      policy: state.written.policy,
      skipped: state.skipped,
      torn: state.torn,
    };
  })();

  return {
    opened,
    append(make) {
      if (closing) return Promise.reject(new JournalWriteError({ key: 'journal.error.closed', params: { folder } }));
      return new Promise<JournalRecord>((resolve, reject) => {
        queue.push({ make, at: iso(), resolve, reject });
        void flush();
      });
    },
    status: () => ({ ...status }),
    openIncidents: () => [...written.open.values()].map((i) => structuredClone(i)),
    onStatus(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      await opened;
      closing = true;
      while (flushing) await flushing;
      closed = true;
      await handle?.close().catch(() => {});
      handle = undefined;
      await releaseLock?.();
      releaseLock = undefined;
      setStatus({ mode: 'closed' });
    },
  };
}
