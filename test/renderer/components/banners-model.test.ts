import { describe, expect, it } from 'vitest';
import { bannersModel, type BannersInput } from '../../../renderer/src/components/banners-model';
import { restarting, running } from '../support/fixtures';

const base: BannersInput = { connection: 'connected', policyIssues: 0 };
const kinds = (input: Partial<BannersInput>) => bannersModel({ ...base, ...input }).map((b) => b.kind);

describe('the banners at the top of the window', () => {
  it('shows none when all is well', () => {
    expect(kinds({ coreStatus: running })).toEqual([]);
  });

  it('says it is connecting until the first snapshot', () => {
    expect(bannersModel({ ...base, connection: 'connecting' })).toEqual([
      { kind: 'connecting', tone: 'info', message: { key: 'ui.connecting' } },
    ]);
  });

  it('says the core is restarting, with the attempt, instead of "connecting"', () => {
    expect(bannersModel({ ...base, connection: 'connecting', coreStatus: restarting })).toEqual([
      { kind: 'core-restarting', tone: 'warning', message: { key: 'ui.coreRestarting', params: { restarts: 2 } } },
    ]);
  });

  it('once the connection is lost, says only that: the core status is stale and the failure says the same', () => {
    expect(
      kinds({
        connection: 'lost',
        coreStatus: restarting,
        lastError: 'cannot reach the InvoiceGuard core',
        lastErrorCode: 'connection-lost',
      }),
    ).toEqual(['connection-lost']);
  });

  it('still shows another failure beside a lost connection', () => {
    expect(kinds({ connection: 'lost', lastError: 'getSnapshot got no answer', lastErrorCode: 'timeout' })).toEqual([
      'connection-lost',
      'request-failed',
    ]);
  });

  it('shows a bad policy file and a failed request, the failure classified by its code', () => {
    expect(
      bannersModel({ ...base, policyIssues: 2, lastError: 'runChecks got no answer', lastErrorCode: 'timeout' }),
    ).toEqual([
      { kind: 'policy' },
      { kind: 'request-failed', failure: { code: 'timeout', detail: 'runChecks got no answer' } },
    ]);
  });

  it('treats a failure recorded without a code as internal', () => {
    expect(bannersModel({ ...base, lastError: 'boom' })).toEqual([
      { kind: 'request-failed', failure: { code: 'internal', detail: 'boom' } },
    ]);
  });
});
