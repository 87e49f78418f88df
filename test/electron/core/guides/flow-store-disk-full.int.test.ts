// The one file the core writes (the guided-flow state, which also keeps the filing records and
// what the PC remembers of its tax device) on a disk that fills up: a 64 KiB tmpfs this test mounts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFlowStore } from '../../../../electron/core/guides/flow-store';

const isRoot = process.getuid?.() === 0;
const mount = mkdtempSync(path.join(tmpdir(), 'ig-full-'));
const file = path.join(mount, 'flow-state.json');
const filler = path.join(mount, 'filler');

/** Fills what is left of the tmpfs (writes until ENOSPC). */
function fill(): void {
  try {
    writeFileSync(filler, Buffer.alloc(1024 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

beforeAll(() => {
  if (isRoot) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
});
afterAll(() => {
  if (isRoot) execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

describe.skipIf(!isRoot)(
  `the flow state on a full disk${isRoot ? '' : ' (skipped: mounting a tmpfs needs root, as CI runs)'}`,
  () => {
    it('keeps the saved file whole, keeps the change in memory, says so, and saves it once there is room', async () => {
      const lines: string[] = [];
      const store = await openFlowStore(file, (l) => lines.push(l), { retryMs: 50 });
      await store.update((s) => void (s.filing['2026-10'] = { reported: '2026-10-10T00:00:00.000Z' }));
      const saved = readFileSync(file, 'utf8');
      fill();

      // Before: update() rejected, so the request that made the change failed with `internal`.
      await expect(
        store.update((s) => void (s.filing['2026-11'] = { reported: '2026-11-12T00:00:00.000Z' })),
      ).resolves.toBeUndefined();
      expect(store.state().filing['2026-11']).toBeDefined();
      expect(readFileSync(file, 'utf8')).toBe(saved); // not truncated, not half-written
      expect(store.notice()).toMatchObject({ key: 'flow.stateNotSaved', params: { path: file, reason: 'ENOSPC' } });
      expect(readdirSync(mount).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(lines.join('\n')).toContain('ENOSPC');

      rmSync(filler);
      await expect
        .poll(() => JSON.parse(readFileSync(file, 'utf8')).filing['2026-11'], { timeout: 10_000 })
        .toEqual({ reported: '2026-11-12T00:00:00.000Z' });
      await store.flushed();
      expect(store.notice()).toBeUndefined();
      store.close();
    });

    it('starts from a fresh, empty state on a full disk without failing', async () => {
      rmSync(file, { force: true });
      fill();
      const store = await openFlowStore(path.join(mount, 'sub', 'flow-state.json'), () => {}, { retryMs: 60_000 });
      await store.update((s) => void (s.workstation.taxDeviceSeenAt = '2026-11-27T00:00:00.000Z'));
      expect(store.state().workstation.taxDeviceSeenAt).toBe('2026-11-27T00:00:00.000Z');
      expect(store.notice()?.key).toBe('flow.stateNotSaved');
      store.close();
      rmSync(filler);
    });
  },
);
