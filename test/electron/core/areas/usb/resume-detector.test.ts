import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForResume } from '../../../../../electron/core/areas/usb/resume-detector';

afterEach(() => vi.useRealTimers());

describe('noticing that the machine slept', () => {
  it('rescans when the wall clock jumped far past the timer, and not on ordinary ticks', () => {
    vi.useFakeTimers();
    const onResume = vi.fn();
    const stop = watchForResume(onResume, { tickMs: 10_000, slackMs: 5_000 });
    vi.advanceTimersByTime(30_000);
    expect(onResume).not.toHaveBeenCalled();
    // Asleep for an hour: the timer fires once on waking, an hour later by the wall clock.
    vi.setSystemTime(Date.now() + 3_600_000);
    vi.advanceTimersByTime(10_000);
    expect(onResume).toHaveBeenCalledTimes(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
