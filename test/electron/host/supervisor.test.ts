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

describe('a crash loop', () => {
  /** A supervisor whose cores the test kills, with the default backoff shortened. */
  function crashing(crashLoop?: { maxRestarts: number; windowMs: number }) {
    const cores: ReturnType<typeof fakeCore>[] = [];
    const statuses: CoreStatus[] = [];
    const supervisor = superviseCore({
      start: () => (cores.push(fakeCore()), cores.at(-1)!),
      onStatus: (s) => statuses.push(s),
      initialDelayMs: 100,
      maxDelayMs: 100,
      ...(crashLoop ? { crashLoop } : {}),
    });
    const crash = async () => {
      cores.at(-1)!.die('exit code 1');
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(100);
    };
    return { cores, statuses, supervisor, crash };
  }

  it('stops restarting after 5 restarts within 10 minutes by default, and says why', async () => {
    vi.useFakeTimers();
    const { cores, statuses, supervisor, crash } = crashing();
    for (let i = 0; i < 5; i++) await crash();
    expect(cores).toHaveLength(6); // the first core and five restarts
    await crash(); // the sixth crash within the window: given up
    expect(cores).toHaveLength(6);
    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      restarts: 5,
      lastExit: 'exit code 1',
      crashLoop: { maxRestarts: 5, windowMinutes: 10 },
    });
    expect(supervisor.status().state).toBe('failed');
    expect(supervisor.current()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(cores).toHaveLength(6); // and it stays stopped
  });

  it('keeps restarting a core that crashes now and then, outside the window', async () => {
    vi.useFakeTimers();
    const { cores, statuses, crash } = crashing({ maxRestarts: 2, windowMs: 60_000 });
    for (let i = 0; i < 6; i++) {
      await crash();
      await vi.advanceTimersByTimeAsync(31_000); // two crashes a minute at most: never three
    }
    expect(cores).toHaveLength(7);
    expect(statuses.some((s) => s.state === 'failed')).toBe(false);
  });

  it('uses the thresholds it is given (policy app.monitor)', async () => {
    vi.useFakeTimers();
    const { cores, statuses, crash } = crashing({ maxRestarts: 1, windowMs: 5 * 60_000 });
    await crash();
    expect(cores).toHaveLength(2);
    await crash();
    expect(cores).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', crashLoop: { maxRestarts: 1, windowMinutes: 5 } });
  });

  it('starts again with a clean history when asked after it gave up', async () => {
    vi.useFakeTimers();
    const { cores, statuses, supervisor, crash } = crashing({ maxRestarts: 1, windowMs: 60_000 });
    await crash();
    await crash();
    expect(supervisor.status().state).toBe('failed');
    await supervisor.restart();
    expect(cores).toHaveLength(3);
    expect(statuses.at(-1)).toMatchObject({ state: 'running' });
    await crash(); // one restart is allowed again
    expect(cores).toHaveLength(4);
    expect(supervisor.status().state).toBe('running');
  });

  it('does not count replacing the core on purpose (practice mode) as a crash', async () => {
    vi.useFakeTimers();
    const { cores, supervisor } = crashing({ maxRestarts: 1, windowMs: 60_000 });
    for (let i = 0; i < 4; i++) await supervisor.restart();
    expect(cores).toHaveLength(5);
    expect(supervisor.status().state).toBe('running');
  });
});
