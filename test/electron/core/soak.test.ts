// The short soak (npm test): six simulated hours of a flapping tax device and network at fake
// time, in a few seconds. The long form, with the heap measured, is bench/soak.bench.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { soakDay } from '../../support/soak-day';

afterEach(() => vi.useRealTimers());

describe('a simulated day of flapping devices and networks', () => {
  it('notifies within limits, stays the same size, and leaves no timer behind', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T08:00:00+08:00') });
    const report = await soakDay({
      hours: 6,
      clock: {
        advance: async (ms) => void (await vi.advanceTimersByTimeAsync(ms)),
        pendingTimers: () => vi.getTimerCount(),
      },
    });
    // Reported in the test output: what would have been notified, hour by hour.
    process.stdout.write(
      `soak: faults opened per hour ${report.openedPerHour.join(' ')}, closed ${report.closedPerHour.join(' ')}, snapshot bytes ${report.snapshotBytes.join(' ')}\n`,
    );
    // Something happened every hour, and it was noticed...
    expect(report.openedPerHour.every((n) => n > 0)).toBe(true);
    // ...once per trouble: 160 drops of a loose cable are one flapping device, not 160 "missing";
    // no fault flickers open and shut within one outage (what would be notified, per hour).
    report.openedPerHour.forEach((n, h) => expect(n, `hour ${h}`).toBeLessThanOrEqual(report.outagesPerHour[h]!));
    // Every fault that opened closed again once the weather cleared (the last hour ends calm).
    const opened = report.openedPerHour.reduce((a, b) => a + b, 0);
    const closed = report.closedPerHour.reduce((a, b) => a + b, 0);
    expect(closed).toBe(opened);
    // Bounded state: the snapshot at the same point of the cycle is the same size after 6 hours as after 3.
    const [early, late] = [report.snapshotBytes[2]!, report.snapshotBytes[5]!];
    expect(late).toBeLessThanOrEqual(early * 1.1 + 1024);
    expect(report.timersLeft).toBe(0);
  }, 120_000);
});
