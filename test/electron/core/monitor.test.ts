import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMonitor } from '../../../electron/core/monitor';
import type { Probe, ProbeOutcome } from '../../../electron/core/probe';

const ok: ProbeOutcome = { status: 'ok', summary: { key: 'x' } };

function probe(id: string, run: Probe['run'], extra: Partial<Probe> = {}): Probe {
  return { id, area: 'test', intervalMs: 60_000, timeoutMs: 1_000, run, ...extra };
}

afterEach(() => vi.useRealTimers());

describe('the monitor', () => {
  it('re-runs a probe after the run in flight when asked afresh: a run that read the world before a change does not count', async () => {
    let world = 'before';
    let release: () => void = () => {};
    const seen: string[] = [];
    const monitor = createMonitor([
      probe('calendar', async () => {
        const read = world;
        if (seen.length === 0) await new Promise<void>((r) => (release = r));
        seen.push(read);
        return { status: 'ok', summary: { key: read } };
      }),
    ]);
    const first = monitor.run(['calendar']);
    world = 'after';
    const fresh = monitor.rerun(['calendar']);
    release();
    await first;
    const [reading] = await fresh;
    expect(seen).toEqual(['before', 'after']);
    expect(reading?.summary.key).toBe('after');
  });

  it('reads unknown with the reason when a probe throws, and the other probes go on', async () => {
    const monitor = createMonitor([
      probe('bad', async () => {
        throw new Error('lpstat: garbage');
      }),
      probe('good', async () => ok),
    ]);
    const [bad, good] = await monitor.run();
    expect(bad).toMatchObject({
      id: 'bad',
      status: 'unknown',
      summary: { key: 'check.error.exception' },
      // What the program said stays in the details, for IT; the summary is in plain words.
      details: { error: 'lpstat: garbage' },
    });
    expect(good?.status).toBe('ok');
  });

  it('abandons a hung probe at its timeout, reads unknown and aborts its signal', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const monitor = createMonitor([
      probe('hung', (s) => {
        signal = s;
        return new Promise(() => {});
      }),
    ]);
    const pending = monitor.run();
    await vi.advanceTimersByTimeAsync(1_000);
    const [reading] = await pending;
    expect(reading).toMatchObject({
      status: 'unknown',
      summary: { key: 'check.error.timeout', params: { seconds: 1 } },
    });
    expect(signal?.aborted).toBe(true);
  });

  it('runs each probe on its own interval, counted from the end of its last run', async () => {
    vi.useFakeTimers();
    const fast = vi.fn(async () => ok);
    const slow = vi.fn(async () => ok);
    const monitor = createMonitor([
      probe('fast', fast, { intervalMs: 1_000 }),
      probe('slow', slow, { intervalMs: 10_000 }),
    ]);
    monitor.start();
    await vi.advanceTimersByTimeAsync(10_050);
    expect(fast).toHaveBeenCalledTimes(11);
    expect(slow).toHaveBeenCalledTimes(2);
    monitor.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fast).toHaveBeenCalledTimes(11);
  });

  it('re-runs a probe at once when its source reports a change (USB plug, network change)', async () => {
    vi.useFakeTimers();
    let changed: () => void = () => {};
    const run = vi.fn(async () => ok);
    const unwatch = vi.fn();
    const monitor = createMonitor([
      probe('usb', run, {
        watch: (onChange) => {
          changed = onChange;
          return unwatch;
        },
      }),
    ]);
    monitor.start();
    await vi.advanceTimersByTimeAsync(0);
    changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    monitor.stop();
    expect(unwatch).toHaveBeenCalledOnce();
  });

  it('shares one run between callers who ask while it is in flight', async () => {
    let release: (o: ProbeOutcome) => void = () => {};
    const run = vi.fn(() => new Promise<ProbeOutcome>((r) => (release = r)));
    const monitor = createMonitor([probe('p', run)]);
    const a = monitor.run(['p']);
    const b = monitor.run(['p']);
    release(ok);
    expect((await a)[0]).toBe((await b)[0]);
    expect(run).toHaveBeenCalledOnce();
  });

  it('tells listeners about every reading and keeps the latest per check', async () => {
    const monitor = createMonitor([probe('p', async () => ok)]);
    const seen = vi.fn();
    const unsubscribe = monitor.onReading(seen);
    await monitor.run();
    unsubscribe();
    await monitor.run();
    expect(seen).toHaveBeenCalledOnce();
    expect(monitor.readings().get('p')?.status).toBe('ok');
  });
});
