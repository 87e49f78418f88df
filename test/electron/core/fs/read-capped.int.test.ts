import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, NotRegularFileError, readCapped } from '../../../../electron/core/fs/read-capped';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ig-read-capped-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('reading a file with a cap', () => {
  it('reads a file within the cap, refuses a larger one, or returns its tail when asked', async () => {
    const file = path.join(dir, 'f');
    await writeFile(file, '0123456789');
    expect((await readCapped(file, 10)).toString()).toBe('0123456789');
    await expect(readCapped(file, 9)).rejects.toBeInstanceOf(FileTooLargeError);
    expect((await readCapped(file, 4, { tail: true })).toString()).toBe('6789');
  });

  it('refuses a folder and a FIFO without blocking on it', async () => {
    await mkdir(path.join(dir, 'folder'));
    await expect(readCapped(path.join(dir, 'folder'), 100)).rejects.toBeInstanceOf(NotRegularFileError);
    if (process.platform !== 'win32') {
      const fifo = path.join(dir, 'fifo');
      execFileSync('mkfifo', [fifo], { timeout: 5_000 });
      await expect(readCapped(fifo, 100)).rejects.toBeInstanceOf(NotRegularFileError);
    }
  });
});
