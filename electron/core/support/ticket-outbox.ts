import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../../../shared/error-message';
import { readCapped } from '../../util/read-capped-file';

/** A ticket's envelope on disk; its bundle is the zip beside it (`<id>.zip`). */
export const outboxEntrySchema = z
  .object({
    version: z.literal(1),
    id: z.string().regex(/^[0-9a-f-]{36}$/),
    createdAt: z.string(),
    incident: z.string().max(40).optional(),
    practice: z.boolean().optional(),
    /** What the receiver gets as the ticket JSON. */
    ticket: z.record(z.string(), z.unknown()),
    state: z.enum(['pending', 'delivered', 'rejected', 'expired']),
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: z.string(),
    lastError: z.string().max(500).optional(),
    settledAt: z.string().optional(),
  })
  .strict();
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

const maxEntryBytes = 256 * 1024;
/** The largest bundle read back for sending (a bundle carries at most two 16 MiB logs, compressed). */
export const maxQueuedBundleBytes = 64 * 1024 * 1024;

export interface TicketOutbox {
  folder: string;
  /** Saves a new ticket and its bundle; resolves once both are on disk. */
  add(entry: OutboxEntry, bundle: Uint8Array): Promise<void>;
  /** Saves a changed envelope atomically (temp file, fsync, rename). */
  save(entry: OutboxEntry): Promise<void>;
  list(): Promise<OutboxEntry[]>;
  bundle(id: string): Promise<Uint8Array>;
  /** Drops the bundle of a settled ticket (the envelope stays as the receipt). */
  dropBundle(id: string): Promise<void>;
}

/**
 * The webhook queue on disk (`<data folder>/outbox`): one envelope file per ticket and its zip, so
 * a ticket written while offline survives a restart and is sent when the network returns. Every
 * write is atomic, and a ticket's state moves to `delivered` on disk before its bundle is removed:
 * a restart never sends a delivered ticket again.
 */
export function openTicketOutbox(folder: string, log: (line: string) => void = () => {}): TicketOutbox {
  const envelope = (id: string): string => path.join(folder, `${id}.json`);
  const zip = (id: string): string => path.join(folder, `${id}.zip`);

  async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
    const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await fs.writeFile(temp, data, { flush: true });
      await fs.rename(temp, file);
    } catch (error) {
      await fs.unlink(temp).catch(() => {});
      throw error;
    }
  }

  return {
    folder,
    async add(entry, bundle) {
      await writeAtomic(zip(entry.id), bundle);
      try {
        await writeAtomic(envelope(entry.id), `${JSON.stringify(entry, null, 2)}\n`);
      } catch (error) {
        await fs.unlink(zip(entry.id)).catch(() => {});
        throw error;
      }
    },
    save: (entry) => writeAtomic(envelope(entry.id), `${JSON.stringify(entry, null, 2)}\n`),
    async list() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const entries: OutboxEntry[] = [];
      for (const name of names.filter((n) => /^[0-9a-f-]{36}\.json$/.test(n)).sort()) {
        try {
          const parsed = outboxEntrySchema.safeParse(
            JSON.parse((await readCapped(path.join(folder, name), maxEntryBytes)).toString('utf8')),
          );
          if (parsed.success) entries.push(parsed.data);
          else log(`outbox: ${name} is not a ticket envelope; left alone`);
        } catch (error) {
          log(`outbox: cannot read ${name}: ${errorMessage(error)}`);
        }
      }
      return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    bundle: (id) => readCapped(zip(id), maxQueuedBundleBytes),
    async dropBundle(id) {
      await fs.unlink(zip(id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
}
