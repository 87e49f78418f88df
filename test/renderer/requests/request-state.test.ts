import { describe, expect, it } from 'vitest';
import {
  idleRequest,
  requestFailed,
  requestStarted,
  requestSucceeded,
} from '../../../renderer/src/requests/request-state';

const failure = { code: 'timeout', detail: 'no answer' } as const;

describe('the state of one request', () => {
  it('starts idle, is busy with its params while running, and holds the result after', () => {
    const idle = idleRequest<{ id: string }, number>();
    expect(idle).toEqual({ busy: false });
    const running = requestStarted(idle, { id: 'a' });
    expect(running).toEqual({ busy: true, pending: { id: 'a' } });
    expect(requestSucceeded(running, 42)).toEqual({ busy: false, data: 42 });
  });

  it('keeps the last result while a newer call runs and after it fails', () => {
    const loaded = requestSucceeded(idleRequest<object, number>(), 1);
    const again = requestStarted(loaded, {});
    expect(again).toMatchObject({ busy: true, data: 1 });
    expect(requestFailed(again, failure)).toEqual({ busy: false, data: 1, failure });
  });

  it('clears an old failure when the next call starts or succeeds', () => {
    const failed = requestFailed(idleRequest<object, number>(), failure);
    expect(requestStarted(failed, {}).failure).toBeUndefined();
    expect(requestSucceeded(failed, 2)).toEqual({ busy: false, data: 2 });
  });
});
