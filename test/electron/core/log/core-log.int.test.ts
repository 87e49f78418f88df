import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreLogPath, createFileLog, previousLogPath } from '../../../../electron/core/log/core-log';
import { canMountTmpfs, mountTmpfs } from '../../../support/tmpfs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ig-core-log-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("the core's log file", () => {
  it('appends stamped lines in the data folder and keeps at most two capped files', async () => {
    const file = coreLogPath(dir);
    const log = createFileLog(file, { maxBytes: 2000, now: () => Date.parse('2026-11-27T08:00:00Z'), pid: 42 });
    log('first line\nwith a break');
    expect(await readFile(file, 'utf8')).toBe('2026-11-27T08:00:00.000Z [42] first line ⏎ with a break\n');
    for (let i = 0; i < 200; i++) log(`line ${i} ${'x'.repeat(30)}`);
    expect((await stat(file)).size).toBeLessThanOrEqual(2000);
    expect((await stat(previousLogPath(file))).size).toBeLessThanOrEqual(2000);
    expect(await readFile(file, 'utf8')).toContain('line 199');
  });

  it.skipIf(!canMountTmpfs())('never throws when the disk refuses, and says so once', () => {
    const disk = mountTmpfs(64);
    try {
      disk.remount({ readOnly: true });
      const failures: string[] = [];
      const log = createFileLog(coreLogPath(disk.dir), { onFailure: (r) => failures.push(r) });
      expect(() => {
        log('a');
        log('b');
      }).not.toThrow();
      expect(failures).toHaveLength(1);
      // Node's recursive mkdir reports a read-only parent as ENOENT or EROFS, by platform.
      expect(failures[0]).toMatch(/EROFS|ENOENT|read-only/i);
    } finally {
      disk.unmount();
    }
  });
});
