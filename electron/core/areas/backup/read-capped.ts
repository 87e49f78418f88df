import { open } from 'node:fs/promises';
import { RefusedFileError } from './sync-fs';

/** Reads a small file asynchronously, refusing one that is not a regular file or grows past `maxBytes` while read. */
export async function readCapped(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new RefusedFileError(file, 'not-a-file');
    if (st.size > maxBytes) throw new RefusedFileError(file, 'too-large');
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
      if (read > maxBytes) throw new RefusedFileError(file, 'too-large');
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
