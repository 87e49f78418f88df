import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createProtocolServer } from '../../../shared/protocol/server';
import { ProtocolError } from '../../../shared/protocol/envelope';
import type { RequestHandlers } from '../../../shared/protocol/contract';
import { fakeSnapshot } from '../../support/fake-snapshot';

const handlers: RequestHandlers = {
  getSnapshot: async () => fakeSnapshot(),
  runChecks: async ({ ids }) => {
    if (ids?.includes('boom')) throw new Error('probe exploded');
    if (ids?.includes('nope')) throw new ProtocolError('bad-request', 'unknown check ids: nope');
    return fakeSnapshot();
  },
  getAppInfo: async () => ({ version: '1', platform: 'linux', coreStartedAt: '', coreBuild: 'production' }),
};
const handle = createProtocolServer(handlers);

describe('the protocol server', () => {
  it('answers a valid request with its result', async () => {
    const reply = await handle({ type: 'request', id: 7, method: 'getSnapshot', params: {} });
    expect(reply).toMatchObject({ type: 'response', id: 7, ok: true });
  });

  it('replies bad-request, not a crash, to params that fail the schema', async () => {
    const reply = await handle({ type: 'request', id: 1, method: 'runChecks', params: { ids: 'all' } });
    expect(reply).toMatchObject({ id: 1, ok: false, error: { code: 'bad-request' } });
    if (!reply.ok) expect(reply.error.message).toContain('ids');
  });

  it('refuses unknown keys in params (a typo is an error, not ignored)', async () => {
    const reply = await handle({ type: 'request', id: 2, method: 'getSnapshot', params: { verbose: true } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('names an unknown method', async () => {
    const reply = await handle({ type: 'request', id: 3, method: 'deleteEverything', params: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('turns a throwing handler into an internal error reply and keeps typed errors typed', async () => {
    expect(await handle({ type: 'request', id: 4, method: 'runChecks', params: { ids: ['boom'] } })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'probe exploded' },
    });
    expect(await handle({ type: 'request', id: 5, method: 'runChecks', params: { ids: ['nope'] } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('answers any junk at all with a typed reply and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (junk) => {
        const reply = await handle(junk);
        expect(reply.type).toBe('response');
        if (!reply.ok) expect(['bad-request', 'unknown-method']).toContain(reply.error.code);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the id of a malformed request when it can, so the caller is not left waiting', async () => {
    expect(await handle({ type: 'request', id: 9, method: 42 })).toMatchObject({ id: 9, ok: false });
    expect(await handle({ id: { evil: true } })).toMatchObject({ id: null, ok: false });
  });
});
