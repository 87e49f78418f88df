import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dampedProbe, type RawOutcome } from '../../../../../electron/core/areas/network/damped-probe';
import {
  initialDamper,
  nextDelayMs,
  stepDamper,
  type DampingPolicy,
} from '../../../../../electron/core/areas/network/flap-damper';
import { NetworkBoard } from '../../../../../electron/core/areas/network/network-board';
import { createMonitor } from '../../../../../electron/core/monitor';

const policy: DampingPolicy = {
  failureThreshold: 3,
  successThreshold: 2,
  intervalSeconds: 60,
  retrySeconds: 5,
  backoffFactor: 2,
  maxBackoffSeconds: 40,
};

const ok: RawOutcome = { status: 'ok', summary: { key: 'k' }, details: {} };
const down: RawOutcome = { status: 'fault', cause: 'refused', summary: { key: 'k' }, details: { cause: 'refused' } };

describe('flap damping (pure)', () => {
  it('takes the very first result as it is, so a one-shot check tells the truth', () => {
    expect(stepDamper(initialDamper, false, policy).confirmed).toBe('down');
    expect(stepDamper(initialDamper, true, policy).confirmed).toBe('up');
  });

  it('opens only after N failures in a row and clears only after M successes in a row', () => {
    let s = stepDamper(initialDamper, true, policy);
    for (const [succeeded, expected] of [
      [false, 'up'],
      [false, 'up'],
      [false, 'down'],
      [true, 'down'],
      [false, 'down'],
      [true, 'down'],
      [true, 'up'],
    ] as const) {
      s = stepDamper(s, succeeded, policy);
      expect(s.confirmed).toBe(expected);
    }
  });

  it('never opens a fault on a healthy target whose failures never reach N in a row (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.boolean(), { maxLength: 300 }), (n, attempts) => {
        const p = { ...policy, failureThreshold: n };
        let s = stepDamper(initialDamper, true, p);
        let run = 0;
        for (const succeeded of attempts) {
          run = succeeded ? 0 : run + 1;
          s = stepDamper(s, succeeded, p);
          if (run < n) expect(s.confirmed).toBe('up');
          else break;
        }
      }),
    );
  });

  it('retries quickly while confirming or recovering, backs off once open, and waits the interval when healthy', () => {
    const up = stepDamper(initialDamper, true, policy);
    expect(nextDelayMs(up, policy)).toBe(60_000);
    const confirming = stepDamper(up, false, policy);
    expect(nextDelayMs(confirming, policy)).toBe(5_000);
    let open = stepDamper(stepDamper(confirming, false, policy), false, policy);
    const delays = [nextDelayMs(open, policy)];
    for (let i = 0; i < 4; i++) {
      open = stepDamper(open, false, policy);
      delays.push(nextDelayMs(open, policy));
    }
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 40_000]);
    expect(nextDelayMs(stepDamper(open, true, policy), policy)).toBe(5_000);
  });
});

describe('a damped probe on the real monitor, with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes 60 s healthy, 5 s retries to open the fault, backs off, then 5 s to clear it', async () => {
    const script = [ok, down, down, down, down, down, down, down, ok, ok, ok];
    const attemptsAt: number[] = [];
    const probe = dampedProbe({
      id: 'network.endpoint.x',
      policy,
      board: new NetworkBoard(),
      timeoutMs: 10_000,
      attempt: async () => {
        attemptsAt.push(Date.now() / 1000);
        return script.shift() ?? ok;
      },
    });
    const monitor = createMonitor([probe]);
    const statuses: string[] = [];
    monitor.onReading((r) => statuses.push(r.status));
    monitor.start();
    await vi.advanceTimersByTimeAsync(260_000);
    monitor.stop();
    expect(attemptsAt).toEqual([0, 60, 65, 70, 75, 85, 105, 145, 185, 190, 250]);
    expect(statuses).toEqual(['ok', 'ok', 'ok', 'fault', 'fault', 'fault', 'fault', 'fault', 'fault', 'ok', 'ok']);
  });

  it('does not open a fault for isolated failures between successes', async () => {
    const script = [ok, down, ok, down, ok, down, down, ok, down];
    const probe = dampedProbe({
      id: 'network.endpoint.y',
      policy,
      board: new NetworkBoard(),
      timeoutMs: 10_000,
      attempt: async () => script.shift() ?? ok,
    });
    const monitor = createMonitor([probe]);
    const statuses: string[] = [];
    monitor.onReading((r) => statuses.push(r.status));
    monitor.start();
    await vi.advanceTimersByTimeAsync(400_000);
    monitor.stop();
    expect(statuses).not.toContain('fault');
    expect(probe.state().confirmed).toBe('up');
  });
});
