import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskArea } from '../../../../../electron/core/areas/disk/disk-area';
import { startInProcessCore } from '../../../../support/in-process-core';

const folder = mkdtempSync(path.join(tmpdir(), 'ig-disk-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the disk check on this machine’s real file system', () => {
  it('measures the system drive and an invoice data folder named in the policy', async () => {
    const core = startInProcessCore(
      [diskArea()],
      { disk: { paths: [folder], warnFreeMiB: 0, faultFreeMiB: 0, smart: false } },
      { start: false },
    );
    const snapshot = await core.client.request('runChecks', {});
    const details = snapshot.checks[0]?.details as { paths: { path: string; freeMiB: number }[] };
    expect(details.paths.map((p) => p.path)).toEqual(['/', folder]);
    expect(details.paths.every((p) => p.freeMiB > 0)).toBe(true);
    expect(snapshot.overall).toBe('ok');
    await core.stop();
  });

  it('raises disk.low-space when the real free space is below the policy threshold', async () => {
    const core = startInProcessCore(
      [diskArea()],
      { disk: { warnFreeMiB: 10_000_000, faultFreeMiB: 0 } },
      { start: false },
    );
    const snapshot = await core.client.request('runChecks', {});
    expect(snapshot.faults.map((f) => [f.id, f.severity])).toEqual([['disk.low-space', 'warning']]);
    await core.stop();
  });
});
