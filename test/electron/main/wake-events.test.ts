// @vitest-environment node
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { onWakeUp } from '../../../electron/main/wake-events';

describe('re-checking after sleep and unlock', () => {
  it('re-checks at once on resume from sleep, and on unlock', () => {
    let clock = 0;
    const power = new EventEmitter();
    const recheck = vi.fn();
    onWakeUp(power, recheck, { now: () => clock });
    power.emit('resume');
    expect(recheck).toHaveBeenCalledTimes(1);
    clock = 60_000;
    power.emit('unlock-screen');
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  it('makes one re-check of a wake-up and the unlock that follows it', () => {
    let clock = 0;
    const power = new EventEmitter();
    const recheck = vi.fn();
    onWakeUp(power, recheck, { now: () => clock, settleMs: 5_000 });
    power.emit('resume');
    clock = 3_000;
    power.emit('unlock-screen');
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unsubscribed', () => {
    const power = new EventEmitter();
    const recheck = vi.fn();
    onWakeUp(power, recheck)();
    power.emit('resume');
    expect(recheck).not.toHaveBeenCalled();
    expect(power.listenerCount('resume')).toBe(0);
  });
});
