import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttled } from '../../../../electron/core/fleet/throttle';

describe('the metrics refresh: when the snapshot changes, at most once a second', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs at once, then folds a burst of changes into one run at the end of the second', async () => {
    let runs = 0;
    const refresh = throttled(
      async () => void runs++,
      1000,
      () => Date.now(),
    );
    refresh.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    for (let i = 0; i < 20; i++) refresh.request();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(runs).toBe(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(2);
  });

  it('never runs twice at once, and survives a run that fails', async () => {
    let active = 0;
    let most = 0;
    const refresh = throttled(
      async () => {
        most = Math.max(most, ++active);
        await new Promise((r) => setTimeout(r, 3000));
        active--;
        throw new Error('disk full');
      },
      1000,
      () => Date.now(),
    );
    refresh.request();
    await vi.advanceTimersByTimeAsync(100);
    refresh.request();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(most).toBe(1);
    refresh.cancel();
  });
});
