import { afterEach, describe, expect, it, vi } from 'vitest';
import { superviseCore, type CoreHandle } from '../../../electron/host/supervisor';
import { createProtocolClient } from '../../../shared/protocol/client';
import type { CoreStatus } from '../../../shared/protocol/contract';

/** A core stand-in whose death the test decides. */
function fakeCore(): CoreHandle & { die(how: string): void } {
  let die: (how: string) => void = () => {};
  const exited = new Promise<string>((resolve) => (die = resolve));
  const client = createProtocolClient({ send: () => {}, onMessage: () => () => {} });
  return { client, exited, die, stop: async () => (die('stopped'), exited) };
}

afterEach(() => vi.useRealTimers());

describe('the core supervisor', () => {
  it('restarts a crashing core with doubling delays, capped, and says so', async () => {
    vi.useFakeTimers();
    const cores: ReturnType<typeof fakeCore>[] = [];
    const statuses: CoreStatus[] = [];
    superviseCore({
      start: () => {
        const core = fakeCore();
        cores.push(core);
        return core;
      },
      onStatus: (s) => statuses.push(s),
      initialDelayMs: 100,
      maxDelayMs: 400,
    });
    for (let i = 0; i < 4; i++) {
      cores.at(-1)!.die('exit code 1');
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(400);
    }
    const delays = statuses.filter((s) => s.state === 'restarting').map((s) => s.retryInMs);
    expect(delays).toEqual([100, 200, 400, 400]);
    expect(cores).toHaveLength(5);
    expect(statuses.at(-1)).toMatchObject({ state: 'running', restarts: 4 });
  });

  it('resets the backoff after the core has run stably for a while', async () => {
    vi.useFakeTimers();
    const cores: ReturnType<typeof fakeCore>[] = [];
    const statuses: CoreStatus[] = [];
    superviseCore({
      start: () => (cores.push(fakeCore()), cores.at(-1)!),
      onStatus: (s) => statuses.push(s),
      initialDelayMs: 100,
      stableAfterMs: 1_000,
    });
    cores[0]!.die('crash');
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(5_000); // runs stably
    cores[1]!.die('crash');
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.filter((s) => s.state === 'restarting').map((s) => s.retryInMs)).toEqual([100, 100]);
  });

  it('does not restart a core it was asked to stop', async () => {
    const cores: ReturnType<typeof fakeCore>[] = [];
    const supervisor = superviseCore({ start: () => (cores.push(fakeCore()), cores.at(-1)!) });
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(cores).toHaveLength(1);
    expect(supervisor.status().state).toBe('stopped');
    expect(supervisor.current()).toBeUndefined();
  });
});

describe('replacing the core on purpose', () => {
  it('starts the new core at once, without backoff or a restart count', async () => {
    const cores: ReturnType<typeof fakeCore>[] = [];
    const statuses: CoreStatus[] = [];
    const supervisor = superviseCore({
      start: () => (cores.push(fakeCore()), cores.at(-1)!),
      onStatus: (s) => statuses.push(s),
    });
    await supervisor.restart();
    expect(cores).toHaveLength(2);
    expect(statuses.map((s) => s.state)).toEqual(['running', 'running']);
    expect(supervisor.status().restarts).toBe(0);
    await supervisor.stop();
  });
});
