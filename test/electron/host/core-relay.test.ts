import { describe, expect, it, vi } from 'vitest';
import { createCoreRelay } from '../../../electron/host/core-relay';
import { createProtocolClient, type ProtocolClient } from '../../../shared/protocol/client';
import { createProtocolServer } from '../../../shared/protocol/server';
import { serveOverTransport } from '../../../shared/protocol/serve';
import { createMemoryTransportPair } from '../../../shared/protocol/transport';
import type { CoreStatus, RequestHandlers } from '../../../shared/protocol/contract';
import { fakeSnapshot } from '../../support/fake-snapshot';

/** A core stand-in behind a real protocol client, answering getSnapshot and able to push events. */
function fakeCore() {
  const [coreSide, hostSide] = createMemoryTransportPair();
  const handlers = {
    getSnapshot: async () => fakeSnapshot(),
    runChecks: async () => fakeSnapshot(),
    getAppInfo: async () => ({ version: 't', platform: 'linux', coreStartedAt: '', coreBuild: 'production' as const }),
  } satisfies RequestHandlers;
  const served = serveOverTransport(coreSide, handlers);
  return { client: createProtocolClient(hostSide), served };
}

const request = (method: string, id = 1) => ({ type: 'request', id, method, params: {} });

describe('the core relay', () => {
  it('answers getCoreStatus from the supervisor itself, whether or not a core is running', async () => {
    let status: CoreStatus = { state: 'running', restarts: 0 };
    let client: ProtocolClient | undefined = fakeCore().client;
    const relay = createCoreRelay({ current: () => client, status: () => status, broadcast: () => {} });
    const handle = createProtocolServer(relay.handlers);
    await expect(handle(request('getCoreStatus'))).resolves.toMatchObject({ ok: true, result: status });

    client = undefined;
    status = { state: 'restarting', restarts: 1, retryInMs: 500, lastExit: 'exit code 1' };
    await expect(handle(request('getCoreStatus'))).resolves.toMatchObject({
      ok: true,
      result: { state: 'restarting', restarts: 1, retryInMs: 500, lastExit: 'exit code 1' },
    });
    await expect(handle(request('getSnapshot'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('forwards core requests to the current core and re-broadcasts its events', async () => {
    const core = fakeCore();
    const broadcast = vi.fn();
    const relay = createCoreRelay({
      current: () => core.client,
      status: () => ({ state: 'running', restarts: 0 }),
      broadcast,
    });
    relay.attach(core.client);
    await expect(createProtocolServer(relay.handlers)(request('getSnapshot'))).resolves.toMatchObject({ ok: true });
    core.served.emit('snapshot', fakeSnapshot({ overall: 'warning' }));
    await vi.waitFor(() =>
      expect(broadcast).toHaveBeenCalledWith('snapshot', expect.objectContaining({ overall: 'warning' })),
    );
  });

  it("lets the host's own handlers answer in place of the core", async () => {
    const relay = createCoreRelay({
      current: () => undefined,
      status: () => ({ state: 'restarting', restarts: 1 }),
      broadcast: () => {},
      local: { listScenarios: async () => ({ scenarios: [], active: null }) },
    });
    await expect(createProtocolServer(relay.handlers)(request('listScenarios'))).resolves.toMatchObject({
      ok: true,
      result: { scenarios: [], active: null },
    });
  });
});
