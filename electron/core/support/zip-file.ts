import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Input is compressed in slices this big, with a turn of the event loop between them. */
const slice = 512 * 1024;

/**
 * Writes a zip (fflate, deflate level 6) to `file` through a temp file and a rename, so a failed or
 * interrupted build never leaves half a zip and never replaces an existing file with one. The
 * compression is cut into slices with a turn of the event loop between them: the core goes on
 * answering and checking while a 10 MB log is packed. Returns the zip's size in bytes.
 */
export async function writeZip(file: string, entries: readonly ZipEntry[], mtime = new Date()): Promise<number> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  let bytes = 0;
  try {
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    let finished = false;
    const zip = new Zip((error, chunk, final) => {
      if (error) failure = error;
      else chunks.push(chunk);
      if (final) finished = true;
    });
    const drain = async (): Promise<void> => {
      while (chunks.length) {
        const chunk = chunks.shift() as Uint8Array;
        await handle.write(chunk, 0, chunk.length, null);
        bytes += chunk.length;
      }
    };
    for (const entry of entries) {
      const stream = new ZipDeflate(entry.name, { level: 6 });
      stream.mtime = mtime;
      zip.add(stream);
      if (entry.data.length === 0) stream.push(new Uint8Array(0), true);
      for (let offset = 0; offset < entry.data.length; offset += slice) {
        const end = Math.min(entry.data.length, offset + slice);
        stream.push(entry.data.subarray(offset, end), end === entry.data.length);
        await drain();
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (failure) throw failure;
    }
    zip.end();
    await drain();
    if (failure) throw failure;
    if (!finished) throw new Error('the zip was not completed');
    await handle.datasync();
    await handle.close();
    await fs.rename(temp, file);
    return bytes;
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
}
