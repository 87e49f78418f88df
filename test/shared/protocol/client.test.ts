import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProtocolClient } from '../../../shared/protocol/client';
import { ProtocolError } from '../../../shared/protocol/envelope';
import { createMemoryTransportPair, type Transport } from '../../../shared/protocol/transport';
import { serveOverTransport } from '../../../shared/protocol/serve';
import { fakeSnapshot } from '../../support/fake-snapshot';

/** A far side that records what it was sent and lets the test answer by hand. */
function scriptedPeer(): { transport: Transport; sent: unknown[]; reply(message: unknown): void } {
  const listeners = new Set<(m: unknown) => void>();
  const sent: unknown[] = [];
  return {
    sent,
    transport: { send: (m) => sent.push(m), onMessage: (l) => (listeners.add(l), () => listeners.delete(l)) },
    reply: (m) => listeners.forEach((l) => l(m)),
  };
}

afterEach(() => vi.useRealTimers());

describe('the protocol client', () => {
  it('resolves a request with the validated result from a real server', async () => {
    const [a, b] = createMemoryTransportPair();
    serveOverTransport(a, {
      getSnapshot: async () => fakeSnapshot({ overall: 'warning' }),
      runChecks: async () => fakeSnapshot(),
      getAppInfo: async () => ({ version: '1', platform: 'linux', coreStartedAt: '', coreBuild: 'production' }),
    });
    const client = createProtocolClient(b);
    expect((await client.request('getSnapshot', {})).overall).toBe('warning');
  });

  it('rejects with a typed timeout when nobody answers', async () => {
    vi.useFakeTimers();
    const peer = scriptedPeer();
    const client = createProtocolClient(peer.transport, { timeoutMs: 1000 });
    const pending = client.request('getSnapshot', {});
    vi.advanceTimersByTime(1001);
    await expect(pending).rejects.toMatchObject({ code: 'timeout' });
  });

  it('rejects a result that does not match the contract instead of handing it to the UI', async () => {
    const peer = scriptedPeer();
    const client = createProtocolClient(peer.transport);
    const pending = client.request('getSnapshot', {});
    peer.reply({ type: 'response', id: 1, ok: true, result: { overall: 'splendid' } });
    await expect(pending).rejects.toBeInstanceOf(ProtocolError);
  });

  it('drops junk and events with bad payloads, and reports them', async () => {
    const peer = scriptedPeer();
    const invalid: string[] = [];
    const client = createProtocolClient(peer.transport, { onInvalid: (r) => invalid.push(r) });
    const seen = vi.fn();
    client.on('snapshot', seen);
    peer.reply('junk');
    peer.reply({ type: 'event', name: 'snapshot', payload: { nope: 1 } });
    peer.reply({ type: 'event', name: 'selfDestruct', payload: {} });
    peer.reply({ type: 'response', id: 99, ok: true, result: null });
    expect(seen).not.toHaveBeenCalled();
    expect(invalid).toHaveLength(4);
    peer.reply({ type: 'event', name: 'snapshot', payload: fakeSnapshot() });
    expect(seen).toHaveBeenCalledOnce();
  });

  it('stops delivering events after unsubscribe', () => {
    const peer = scriptedPeer();
    const client = createProtocolClient(peer.transport);
    const seen = vi.fn();
    const unsubscribe = client.on('snapshot', seen);
    unsubscribe();
    peer.reply({ type: 'event', name: 'snapshot', payload: fakeSnapshot() });
    expect(seen).not.toHaveBeenCalled();
  });

  it('fails pending requests as unavailable when the connection closes', async () => {
    const peer = scriptedPeer();
    const client = createProtocolClient(peer.transport);
    const pending = client.request('getSnapshot', {});
    client.close('core exited');
    await expect(pending).rejects.toMatchObject({ code: 'unavailable', message: 'core exited' });
    await expect(client.request('getSnapshot', {})).rejects.toMatchObject({ code: 'unavailable' });
  });
});
