import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { superviseCore } from '../../../electron/host/supervisor';
import { spawnCore } from '../../../electron/host/spawn-core';
import type { CoreStatus } from '../../../shared/protocol/contract';

const corePath = path.resolve('dist/core.cjs');
const policy = path.resolve('test/fixtures/policy/loopback.json');

describe('supervising the real core process', () => {
  it('answers requests, and after the core is killed starts a new one that answers again', async () => {
    const statuses: CoreStatus[] = [];
    const pids: number[] = [];
    const supervisor = superviseCore({
      start: () => {
        const core = spawnCore(['--policy', policy], { corePath });
        pids.push(core.child.pid!);
        return core;
      },
      onStatus: (s) => statuses.push(s),
      initialDelayMs: 50,
    });
    try {
      expect((await supervisor.current()!.request('getAppInfo', {})).coreBuild).toBe('production');
      process.kill(pids[0]!, 'SIGKILL');
      await expect.poll(() => pids.length, { timeout: 10_000 }).toBe(2);
      await expect
        .poll(
          () =>
            supervisor
              .current()
              ?.request('getSnapshot', {})
              .then((s) => s.checks.length),
          { timeout: 10_000 },
        )
        .toBeGreaterThan(0);
      expect(statuses.find((s) => s.state === 'restarting')).toMatchObject({ restarts: 1, lastExit: 'SIGKILL' });
    } finally {
      await supervisor.stop();
    }
  });

  it('core exits by itself when its parent goes away, leaving no orphan', async () => {
    const core = spawnCore(['--policy', policy], { corePath });
    await core.client.request('getAppInfo', {});
    core.child.disconnect();
    await expect(core.exited).resolves.toBe('0');
  });

  it('a core started with an unknown option exits with a clear message instead of running', async () => {
    const core = spawnCore(['--frobnicate'], { corePath });
    await expect(core.exited).resolves.toBe('70');
  });
});
