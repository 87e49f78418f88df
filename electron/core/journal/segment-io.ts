import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Incident } from '../../../shared/journal/incident';

/** Writes the whole buffer (a write may take less than asked); a write that takes nothing is an I/O error. */
export async function writeAll(handle: FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset, null);
    if (bytesWritten <= 0) throw Object.assign(new Error('nothing written'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** Makes a new or renamed file's directory entry durable (POSIX); Windows cannot open folders for this. */
export async function syncFolder(folder: string): Promise<void> {
  let dir: FileHandle | undefined;
  try {
    dir = await fs.open(folder, 'r');
    await dir.sync();
  } catch {
    // Not possible on this platform or file system: the data itself is synced, only the name may lag.
  } finally {
    await dir?.close().catch(() => {});
  }
}

/** An open incident with only its newest entries, for a checkpoint that would be too large. */
export function compactIncident(incident: Incident): Incident {
  const last = <T>(list: T[]): T[] => list.slice(-20);
  return {
    ...incident,
    readingsAtOpen: incident.readingsAtOpen.slice(0, 5),
    usbEvents: last(incident.usbEvents),
    notes: last(incident.notes),
    steps: last(incident.steps),
    rechecks: last(incident.rechecks).map((r) => ({ ...r, readings: [] })),
    codes: last(incident.codes),
    tickets: last(incident.tickets),
  };
}
