import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readCapped,
  readCappedFile,
  readCappedSync,
  readTail,
  RefusedFileError,
} from '../../../electron/util/read-capped-file';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-capped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a file someone handed us, bounded', () => {
  it('reads a regular file up to its cap', async () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, '{"disk":{}}');
    const read = await readCappedFile(file, 1024);
    expect(read.ok && read.bytes.toString()).toBe('{"disk":{}}');
    writeFileSync(file, 'x'.repeat(1024));
    expect((await readCappedFile(file, 1024)).ok).toBe(true);
  });

  it('refuses a file one byte over the cap', async () => {
    const file = path.join(dir, 'over.json');
    writeFileSync(file, 'x'.repeat(1025));
    expect(await readCappedFile(file, 1024)).toEqual({ ok: false, problem: 'too-large', maxBytes: 1024 });
  });

  it('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = path.join(dir, 'policy.fifo');
    execFileSync('mkfifo', [fifo]);
    // Before: readFile blocked on open() until a writer came, so `check --policy FIFO` hung.
    expect(await readCappedFile(fifo, 1024)).toEqual({ ok: false, problem: 'not-a-file', kind: 'fifo' });
  });

  it('refuses /dev/zero instead of reading it without end', async () => {
    expect(await readCappedFile('/dev/zero', 1024)).toEqual({ ok: false, problem: 'not-a-file', kind: 'device' });
  });

  it('refuses a folder and a socket file', async () => {
    expect(await readCappedFile(dir, 1024)).toEqual({ ok: false, problem: 'not-a-file', kind: 'directory' });
    const socketPath = path.join(dir, 'sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      expect(await readCappedFile(socketPath, 1024)).toMatchObject({ ok: false, problem: 'not-a-file' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a 1.5 GB file without taking its size in memory', async () => {
    const file = path.join(dir, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 1.5 * 1024 ** 3); // sparse: no disk space used
    closeSync(fd);
    // maxRSS is a high-water mark: reading the file whole (as before) raised it by 1.5 GB.
    const before = process.resourceUsage().maxRSS;
    expect(await readCappedFile(file, 1024 * 1024)).toEqual({ ok: false, problem: 'too-large', maxBytes: 1024 * 1024 });
    expect((process.resourceUsage().maxRSS - before) * 1024).toBeLessThan(100 * 1024 * 1024);
  });

  it('says a missing file is missing, also under a path that is not a folder', async () => {
    expect(await readCappedFile(path.join(dir, 'absent.json'), 10)).toEqual({ ok: false, problem: 'not-found' });
    expect(await readCappedFile(path.join(dir, 'absent', 'x.json'), 10)).toEqual({ ok: false, problem: 'not-found' });
  });
});

describe('reading a file the app keeps itself, bounded', () => {
  it('reads a file within the cap and refuses a larger one, asynchronously and in a worker’s sync style', async () => {
    const file = path.join(dir, 'state.json');
    writeFileSync(file, '0123456789');
    expect((await readCapped(file, 10)).toString()).toBe('0123456789');
    expect(readCappedSync(file, 10).toString()).toBe('0123456789');
    await expect(readCapped(file, 9)).rejects.toMatchObject({ why: 'too-large' });
    expect(() => readCappedSync(file, 9)).toThrow(RefusedFileError);
  });

  it('returns the last bytes of a log larger than wanted', async () => {
    const file = path.join(dir, 'core.log');
    writeFileSync(file, '0123456789');
    expect((await readTail(file, 4)).toString()).toBe('6789');
    expect((await readTail(file, 40)).toString()).toBe('0123456789');
  });

  it('refuses a folder and a FIFO without blocking on them, and lets “absent” through as the OS said it', async () => {
    const fifo = path.join(dir, 'state.fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readCapped(fifo, 100)).rejects.toMatchObject({ why: 'not-a-file', kind: 'fifo' });
    expect(() => readCappedSync(fifo, 100)).toThrow(RefusedFileError);
    await expect(readTail(dir, 100)).rejects.toMatchObject({ why: 'not-a-file', kind: 'directory' });
    await expect(readCapped(path.join(dir, 'absent'), 100)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads a /proc file, which claims to be empty, to its end', async () => {
    expect(readCappedSync('/proc/self/stat', 4096).toString()).toMatch(/^\d+ /);
    expect((await readCapped('/proc/self/status', 64 * 1024)).toString()).toContain('Pid:');
  });
});
