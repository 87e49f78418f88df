import { afterEach, describe, expect, it } from 'vitest';
import { diskArea } from '../../../electron/core/areas/disk/disk-area';
import { faultCatalog } from '../../../shared/faults/catalog';
import { messagesFor } from '../../../shared/i18n/catalog';
import { startInProcessCore, type InProcessCore } from '../../support/in-process-core';

const GiB = 1024 ** 3;
let running: InProcessCore | undefined;
afterEach(async () => running?.stop());

describe('the core, in process behind the real protocol', () => {
  it('lists every check before it has run, as not checked yet', async () => {
    running = startInProcessCore(
      [diskArea({ space: async () => ({ ok: true, freeBytes: 100 * GiB, totalBytes: 200 * GiB }) })],
      { disk: { smart: false } },
      { start: false },
    );
    const snapshot = await running.client.request('getSnapshot', {});
    expect(snapshot.checks).toEqual([
      expect.objectContaining({ id: 'disk.space', status: 'unknown', summary: { key: 'check.pending' } }),
    ]);
  });

  it('turns low disk space into a critical fault with its guide, and clears it when space is freed', async () => {
    let free = 0.5 * GiB;
    running = startInProcessCore(
      [diskArea({ space: async () => ({ ok: true, freeBytes: free, totalBytes: 200 * GiB }) })],
      { disk: { smart: false } },
      { start: false },
    );
    const low = await running.client.request('runChecks', {});
    expect(low.overall).toBe('fault');
    expect(low.faults).toEqual([
      expect.objectContaining({
        id: 'disk.low-space',
        category: 'hardware',
        severity: 'critical',
        guide: 'disk.low-space',
        checkIds: ['disk.space'],
      }),
    ]);
    free = 100 * GiB;
    const cleared = await running.client.request('runChecks', { ids: ['disk.space'] });
    expect(cleared.overall).toBe('ok');
    expect(cleared.faults).toEqual([]);
  });

  it('pushes a snapshot event when a reading changes', async () => {
    running = startInProcessCore(
      [diskArea({ space: async () => ({ ok: true, freeBytes: 100 * GiB, totalBytes: 200 * GiB }) })],
      { disk: { smart: false } },
      { start: false },
    );
    const event = new Promise((resolve) => running!.client.on('snapshot', resolve));
    await running.client.request('runChecks', {});
    await expect(event).resolves.toMatchObject({ overall: 'ok' });
  });

  it('refuses to run a check that does not exist', async () => {
    running = startInProcessCore(
      [diskArea({ space: async () => ({ ok: true, freeBytes: GiB, totalBytes: GiB }) })],
      { disk: { smart: false } },
      { start: false },
    );
    await expect(running.client.request('runChecks', { ids: ['disk.spase'] })).rejects.toMatchObject({
      code: 'bad-request',
    });
  });
});

describe('the fault catalog', () => {
  it('has a title and an explanation in both languages for every fault', () => {
    const missing = Object.keys(faultCatalog).flatMap((id) =>
      (['zh-CN', 'en'] as const).flatMap((lang) =>
        ['title', 'explain']
          .filter((part) => !messagesFor(lang)[`fault.${id}.${part}`])
          .map((part) => `${lang}:${id}.${part}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
