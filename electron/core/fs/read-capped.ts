import { constants, promises as fs } from 'node:fs';

/** A file that is not a regular file (a FIFO, a device, a folder): never read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly file: string) {
    super(`${file} is not a regular file`);
  }
}

/** A file larger than the reader's cap. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly file: string,
    readonly maxBytes: number,
  ) {
    super(`${file} is larger than ${maxBytes} bytes`);
  }
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. Not on Windows.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `maxBytes` (the cap applies while reading: a file that grows
 * during the read is cut, never read without end). `tail: true` returns the last `maxBytes`
 * instead of refusing a larger file (logs).
 */
export async function readCapped(file: string, maxBytes: number, options: { tail?: boolean } = {}): Promise<Buffer> {
  const handle = await fs.open(file, openFlags);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(file);
    if (stat.size > maxBytes && !options.tail) throw new FileTooLargeError(file, maxBytes);
    const start = options.tail ? Math.max(0, stat.size - maxBytes) : 0;
    const length = Math.min(maxBytes, stat.size - start);
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read === length ? buffer : buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
