// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, preloadApiKey, type PreloadApi } from '../../../shared/protocol/preload-api';
import { requestNames } from '../../../shared/protocol/contract';
import { createProtocolServer } from '../../../shared/protocol/server';
import type { Snapshot } from '../../../shared/model/snapshot';
import { registerIpcBridge } from '../../../electron/main/ipc-main-bridge';

// One fake for the whole file, so it survives vi.resetModules (the preload runs once per import).
const fake = await vi.hoisted(() => import('../../support/fake-electron'));
vi.mock('electron', () => fake);

const snapshot: Snapshot = {
  overall: 'warning',
  checks: [],
  faults: [],
  policy: { source: 'default', issues: [] },
  simulated: false,
  updatedAt: '2026-11-27T00:00:00.000Z',
  verdict: { canInvoice: 'attention' },
  invoicing: { mode: 'tax-device', because: 'policy' },
};

/** Runs the preload script afresh, as a new page load would, and returns what it exposed. */
async function loadPreload(): Promise<PreloadApi> {
  vi.resetModules();
  await import('../../../electron/preload/preload');
  return fake.fakeElectron.exposed.get(preloadApiKey) as PreloadApi;
}

describe('the preload', () => {
  beforeEach(() => fake.fakeElectron.reset());

  it('exposes one object, window.invoiceguard, and nothing else', async () => {
    await loadPreload();
    expect([...fake.fakeElectron.exposed.keys()]).toEqual([preloadApiKey]);
  });

  it('exposes exactly one method per protocol request, plus on', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...requestNames, 'on'].sort());
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function');
  });

  it('gives the page no ipcRenderer, channel names or raw IPC methods', async () => {
    const api = await loadPreload();
    const values: unknown[] = Object.values(api);
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values).not.toContain(fake.ipcRenderer.invoke);
    expect(values).not.toContain(fake.ipcRenderer.on);
    for (const key of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'removeListener', 'removeAllListeners']) {
      expect(api).not.toHaveProperty(key);
    }
    expect(JSON.stringify(Object.keys(api))).not.toContain(ipcChannels.request);
  });

  it('sends a method call as a protocol request and resolves with the response envelope', async () => {
    const api = await loadPreload();
    const received: unknown[] = [];
    fake.ipcMain.handle(ipcChannels.request, (_event, raw) => {
      received.push(raw);
      return { type: 'response', id: 0, ok: true, result: snapshot };
    });
    await expect(api.runChecks({ ids: ['disk.space'] })).resolves.toEqual({
      type: 'response',
      id: 0,
      ok: true,
      result: snapshot,
    });
    await expect(api.getSnapshot(undefined as never)).resolves.toMatchObject({ ok: true });
    expect(received).toEqual([
      { type: 'request', id: 0, method: 'runChecks', params: { ids: ['disk.space'] } },
      { type: 'request', id: 0, method: 'getSnapshot', params: {} },
    ]);
  });

  it("reaches the main bridge's handler from our page and gets its typed answers", async () => {
    const api = await loadPreload();
    const unregister = registerIpcBridge({
      handle: createProtocolServer({
        getSnapshot: async () => snapshot,
        runChecks: async () => snapshot,
        getAppInfo: async () => {
          throw new Error('not now');
        },
      }),
      isTrustedWindow: (id) => id === 1,
    });
    try {
      await expect(api.getSnapshot({})).resolves.toEqual({ type: 'response', id: 0, ok: true, result: snapshot });
      await expect(api.runChecks({ ids: 'all' } as never)).resolves.toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
      await expect(api.getAppInfo({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      unregister();
    }
  });

  it('delivers the subscribed event to `on` listeners and only that event', async () => {
    const api = await loadPreload();
    const onSnapshot = vi.fn();
    api.on('snapshot', onSnapshot);
    fake.fakeElectron.sendToRenderer(ipcChannels.event, {
      type: 'event',
      name: 'coreStatus',
      payload: { state: 'running', restarts: 0 },
    });
    fake.fakeElectron.sendToRenderer(ipcChannels.event, { type: 'event', name: 'snapshot', payload: snapshot });
    fake.fakeElectron.sendToRenderer(ipcChannels.event, 'junk');
    fake.fakeElectron.sendToRenderer(ipcChannels.event, null);
    expect(onSnapshot).toHaveBeenCalledExactlyOnceWith(snapshot);
  });

  it('returns an unsubscribe function from `on` that really stops the listener', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const before = fake.fakeElectron.rendererListenerCount(ipcChannels.event);
    const unsubscribe = api.on('coreStatus', listener);
    expect(fake.fakeElectron.rendererListenerCount(ipcChannels.event)).toBe(before + 1);
    unsubscribe();
    expect(fake.fakeElectron.rendererListenerCount(ipcChannels.event)).toBe(before);
    fake.fakeElectron.sendToRenderer(ipcChannels.event, {
      type: 'event',
      name: 'coreStatus',
      payload: { state: 'running', restarts: 0 },
    });
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps other subscriptions when one unsubscribes', async () => {
    const api = await loadPreload();
    const kept = vi.fn();
    const dropped = vi.fn();
    api.on('snapshot', kept);
    api.on('snapshot', dropped)();
    fake.fakeElectron.sendToRenderer(ipcChannels.event, { type: 'event', name: 'snapshot', payload: snapshot });
    expect(kept).toHaveBeenCalledOnce();
    expect(dropped).not.toHaveBeenCalled();
  });

  it.each(['ipc', 'invoiceguard:event', '__proto__', 'toString', ''])(
    'throws for the unknown event name %j',
    async (name) => {
      const api = await loadPreload();
      expect(() => api.on(name as never, () => {})).toThrow(/unknown event/);
      expect(fake.fakeElectron.rendererListenerCount(ipcChannels.event)).toBe(0);
    },
  );
});
