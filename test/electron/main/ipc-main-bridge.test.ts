// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { fakeElectron, FakeWebContents, type FakeSender } from '../../support/fake-electron';
import { registerIpcBridge, sendEvent } from '../../../electron/main/ipc-main-bridge';
import { createProtocolServer } from '../../../shared/protocol/server';
import { ipcChannels } from '../../../shared/protocol/preload-api';
import type { RequestHandlers } from '../../../shared/protocol/contract';
import type { Snapshot } from '../../../shared/model/snapshot';

vi.mock('electron', () => import('../../support/fake-electron'));

const ourWindowId = 7;
const ourPage: FakeSender = { webContentsId: ourWindowId, url: 'app://invoiceguard/index.html' };
const appInfo = {
  version: '0.1.0',
  platform: 'linux',
  coreStartedAt: '2026-11-27T00:00:00.000Z',
  coreBuild: 'production',
} as const;
const snapshot: Snapshot = {
  overall: 'ok',
  checks: [],
  faults: [],
  policy: { source: 'default', issues: [] },
  simulated: false,
  updatedAt: '2026-11-27T00:00:00.000Z',
  verdict: { canInvoice: 'yes' },
  invoicing: { mode: 'tax-device', because: 'policy' },
};

/** A relay's handlers as the real protocol server calls them, counting every call. */
function fakeHandlers() {
  return {
    getSnapshot: vi.fn(async () => snapshot),
    runChecks: vi.fn(async () => snapshot),
    getAppInfo: vi.fn(async () => appInfo),
  } satisfies RequestHandlers;
}

const request = (method: string, params: unknown = {}) => ({ type: 'request', id: 0, method, params });

describe('the main-process IPC bridge', () => {
  let handlers: ReturnType<typeof fakeHandlers>;
  let log: ReturnType<typeof vi.fn<(line: string) => void>>;
  let unregister: () => void;

  beforeEach(() => {
    fakeElectron.reset();
    handlers = fakeHandlers();
    log = vi.fn<(line: string) => void>();
    unregister = registerIpcBridge({
      handle: createProtocolServer(handlers),
      isTrustedWindow: (id) => id === ourWindowId,
      log,
    });
  });
  afterEach(() => unregister());

  const invoke = (from: FakeSender, raw: unknown) => fakeElectron.invokeMain(ipcChannels.request, from, raw);

  it("forwards a request from our window's main frame showing our page and returns the answer", async () => {
    await expect(invoke(ourPage, request('getAppInfo'))).resolves.toEqual({
      type: 'response',
      id: 0,
      ok: true,
      result: appInfo,
    });
    await expect(
      invoke(
        { ...ourPage, url: 'app://invoiceguard/index.html#/faults' },
        request('runChecks', { ids: ['disk.space'] }),
      ),
    ).resolves.toMatchObject({ ok: true, result: snapshot });
    expect(handlers.getAppInfo).toHaveBeenCalledTimes(1);
    expect(handlers.runChecks).toHaveBeenCalledWith({ ids: ['disk.space'] });
  });

  it.each<[string, FakeSender]>([
    ['a webContents this app did not create', { webContentsId: 99, url: 'app://invoiceguard/index.html' }],
    ['a subframe of our page', { ...ourPage, subframe: true }],
    ['our window after navigating to a website', { ...ourPage, url: 'https://evil.example/' }],
    ['our window showing a local file', { ...ourPage, url: 'file:///home/user/Downloads/index.html' }],
    ['a look-alike origin', { ...ourPage, url: 'app://invoiceguard.evil/index.html' }],
    ['a malformed URL', { ...ourPage, url: 'not a url' }],
  ])('drops a request from %s: the handler never runs and the invoke rejects', async (_who, from) => {
    await expect(invoke(from, request('getSnapshot'))).rejects.toThrow('untrusted sender');
    expect(handlers.getSnapshot).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('dropped a request from an untrusted sender'));
  });

  it('drops a request whose frame is already gone (senderFrame null)', async () => {
    await expect(invoke({ ...ourPage, frameGone: true }, request('getSnapshot'))).rejects.toThrow('untrusted sender');
    expect(handlers.getSnapshot).not.toHaveBeenCalled();
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'getSnapshot'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an envelope without a method', { type: 'request', id: 1 }],
    ['an envelope with extra keys', { ...request('getSnapshot'), admin: true }],
    ['an id too long to echo', { type: 'request', id: 'x'.repeat(500), method: 'getSnapshot', params: {} }],
    ['params of the wrong type', request('runChecks', { ids: 'all' })],
    ['params with unknown keys', request('getSnapshot', { path: '/etc/shadow' })],
  ])('answers junk from a trusted sender (%s) with a typed bad-request reply', async (_what, raw) => {
    const reply = await invoke(ourPage, raw);
    expect(reply).toMatchObject({ type: 'response', ok: false, error: { code: 'bad-request' } });
    expect(Object.values(handlers).every((h) => h.mock.calls.length === 0)).toBe(true);
  });

  it('answers an unknown method with unknown-method, and a throwing handler with internal', async () => {
    await expect(invoke(ourPage, request('deleteEverything'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    handlers.getSnapshot.mockRejectedValueOnce(new Error('core exploded'));
    await expect(invoke(ourPage, request('getSnapshot'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'core exploded' },
    });
    // and the bridge still works afterwards
    await expect(invoke(ourPage, request('getSnapshot'))).resolves.toMatchObject({ ok: true });
  });

  it('unregisters its handler, after which requests find no handler', async () => {
    unregister();
    expect(fakeElectron.handledChannels()).not.toContain(ipcChannels.request);
    await expect(invoke(ourPage, request('getSnapshot'))).rejects.toThrow('No handler registered');
    unregister = () => {};
  });
});

describe('sendEvent', () => {
  it('pushes the event envelope to a live window', () => {
    const contents = new FakeWebContents();
    sendEvent(contents as unknown as WebContents, 'snapshot', snapshot);
    expect(contents.sent).toEqual([
      { channel: ipcChannels.event, args: [{ type: 'event', name: 'snapshot', payload: snapshot }] },
    ]);
  });

  it('skips a destroyed window instead of throwing', () => {
    const contents = new FakeWebContents();
    contents.destroy();
    expect(() =>
      sendEvent(contents as unknown as WebContents, 'coreStatus', { state: 'running', restarts: 0 }),
    ).not.toThrow();
    expect(contents.sent).toEqual([]);
  });
});
