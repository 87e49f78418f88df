import { describe, expect, it, vi } from 'vitest';
import { apiFromClient, apiFromPreload, ConnectionLostError } from '../../../renderer/src/bridge/api';
import type { PreloadApi } from '../../../shared/protocol/preload-api';
import type { ProtocolClient } from '../../../shared/protocol/client';
import { ProtocolError } from '../../../shared/protocol/envelope';
import { restarting } from '../support/fixtures';

/** A preload whose every method answers with `reply` and whose events the test pushes. */
function fakePreload(reply: () => Promise<unknown>) {
  let push: (name: string, payload: unknown) => void = () => {};
  const preload = new Proxy({} as PreloadApi, {
    get: (_target, key) =>
      key === 'on'
        ? (name: string, listener: (payload: unknown) => void) => {
            push = (pushed, payload) => pushed === name && listener(payload);
            return () => {};
          }
        : () => reply(),
  });
  return { preload, push: (name: string, payload: unknown) => push(name, payload) };
}

describe('the API over the Electron preload', () => {
  it('returns a valid result', async () => {
    const { preload } = fakePreload(async () => ({ type: 'response', id: 0, ok: true, result: restarting }));
    await expect(apiFromPreload(preload).request('getCoreStatus', {})).resolves.toEqual(restarting);
  });

  it('turns a failed reply into a typed ProtocolError', async () => {
    const { preload } = fakePreload(async () => ({
      type: 'response',
      id: 0,
      ok: false,
      error: { code: 'unavailable', message: 'the core is restarting' },
    }));
    await expect(apiFromPreload(preload).request('getSnapshot', {})).rejects.toMatchObject({
      name: 'ProtocolError',
      code: 'unavailable',
      message: 'the core is restarting',
    });
  });

  it('rejects a result that does not match the contract, as the protocol client does', async () => {
    const { preload } = fakePreload(async () => ({ type: 'response', id: 0, ok: true, result: { state: 'dancing' } }));
    await expect(apiFromPreload(preload).request('getCoreStatus', {})).rejects.toMatchObject({ code: 'bad-request' });
    const junk = fakePreload(async () => 'not an envelope');
    await expect(apiFromPreload(junk.preload).request('getCoreStatus', {})).rejects.toMatchObject({
      code: 'bad-request',
    });
  });

  it('calls an IPC call that was refused or never answered a lost connection', async () => {
    const { preload } = fakePreload(async () => {
      throw new Error("Error invoking remote method 'invoiceguard:request': untrusted sender");
    });
    await expect(apiFromPreload(preload).request('getSnapshot', {})).rejects.toBeInstanceOf(ConnectionLostError);
  });

  it('passes valid events on and drops invalid ones, saying why', () => {
    const { preload, push } = fakePreload(async () => undefined);
    const dropped = vi.fn();
    const heard = vi.fn();
    apiFromPreload(preload, dropped).on('coreStatus', heard);
    push('coreStatus', restarting);
    push('coreStatus', { state: 'dancing' });
    expect(heard.mock.calls).toEqual([[restarting]]);
    expect(dropped).toHaveBeenCalledWith(expect.stringContaining('invalid coreStatus payload'));
  });
});

describe('the API over the harness protocol client', () => {
  const client = (request: ProtocolClient['request']): ProtocolClient => ({
    request,
    on: () => () => {},
    close: () => {},
  });

  it('passes protocol errors on while the socket is open', async () => {
    const api = apiFromClient(
      client(async () => {
        throw new ProtocolError('timeout', 'getSnapshot got no answer');
      }),
      () => false,
    );
    await expect(api.request('getSnapshot', {})).rejects.toMatchObject({ code: 'timeout' });
  });

  it('calls failures a lost connection once the socket has closed, and does not send any more', async () => {
    let lost = false;
    const request = vi.fn(async () => {
      lost = true;
      throw new ProtocolError('unavailable', 'the harness closed the connection');
    });
    const api = apiFromClient(client(request as never), () => lost);
    await expect(api.request('getSnapshot', {})).rejects.toBeInstanceOf(ConnectionLostError);
    await expect(api.request('getSnapshot', {})).rejects.toBeInstanceOf(ConnectionLostError);
    expect(request).toHaveBeenCalledTimes(1);
  });
});
