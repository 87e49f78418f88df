import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core';
import { createLiveCore, type LiveCore } from '../../../../electron/core/policy/live-policy-core';
import type { LoadedPolicy } from '../../../../electron/core/policy/load-policy';
import type { AreaFactory } from '../../../../electron/core/probe';
import { defaultPolicy, policySchema } from '../../../../shared/policy/policy-schema';

/** An area whose one check says which disk threshold it was built with, and counts its disposals. */
const built: number[] = [];
let disposed = 0;
const thresholdArea: AreaFactory = ({ policy }) => {
  built.push(policy.disk.warnFreeMiB);
  return {
    probes: [
      {
        id: 'disk.space',
        area: 'disk',
        intervalMs: 60_000,
        timeoutMs: 1_000,
        run: async () => ({ status: 'ok', summary: { key: 'x' }, details: { warnFreeMiB: policy.disk.warnFreeMiB } }),
      },
    ],
    rules: [],
    dispose: () => void disposed++,
  };
};

const good = (warnFreeMiB: number): LoadedPolicy => ({
  policy: policySchema.parse({ disk: { warnFreeMiB, faultFreeMiB: 0 } }),
  status: { source: 'machine', path: '/etc/invoiceguard/policy.json', issues: [] },
});
const bad: LoadedPolicy = {
  policy: defaultPolicy(),
  status: {
    source: 'machine',
    path: '/etc/invoiceguard/policy.json',
    issues: [{ path: '$.disk', message: { key: 'policy.issue.duplicateKey', params: { line: 3, column: 3 } } }],
  },
};

let live: LiveCore | undefined;
afterEach(async () => {
  await live?.stop();
  built.length = 0;
  disposed = 0;
});

function start(initial: LoadedPolicy, files: LoadedPolicy[]): LiveCore {
  live = createLiveCore({
    initial,
    build: (loaded) => createCore({ loaded, areas: [thresholdArea], platform: 'linux', version: 'test' }),
    reload: async () => files.shift() ?? initial,
  });
  live.start();
  return live;
}

const threshold = async (core: LiveCore) =>
  (await core.handlers.runChecks({})).checks.find((c) => c.id === 'disk.space')?.details.warnFreeMiB;

describe('a core following its policy file', () => {
  it('applies a valid change by building its checks anew, and disposes of the old ones', async () => {
    const core = start(good(100), [good(200)]);
    expect(await threshold(core)).toBe(100);
    await core.policyChanged();
    expect(await threshold(core)).toBe(200);
    expect(built).toEqual([100, 200]);
    expect(disposed).toBe(1);
  });

  it('keeps the policy in force on a bad change and marks the issues not applied', async () => {
    const core = start(good(100), [bad]);
    await core.policyChanged();
    expect(await threshold(core)).toBe(100);
    const snapshot = await core.handlers.getSnapshot({});
    expect(snapshot.policy).toEqual({ ...bad.status, notApplied: true });
    expect(built).toEqual([100]);
  });

  it('clears the refusal when the file is fixed back to the same settings, without rebuilding', async () => {
    const core = start(good(100), [bad, good(100)]);
    await core.policyChanged();
    await core.policyChanged();
    expect((await core.handlers.getSnapshot({})).policy).toEqual(good(100).status);
    expect(built).toEqual([100]);
  });

  it('on defaults because the file was bad at start: another bad version just shows its issues, a good one applies', async () => {
    const core = start(bad, [bad, good(300)]);
    await core.policyChanged();
    expect((await core.handlers.getSnapshot({})).policy.notApplied).toBeUndefined();
    await core.policyChanged();
    expect(await threshold(core)).toBe(300);
  });

  it('refuses a machine file that disappeared instead of quietly bringing the defaults back', async () => {
    const core = start(good(100), [{ policy: defaultPolicy(), status: { source: 'default', issues: [] } }]);
    await core.policyChanged();
    expect(await threshold(core)).toBe(100);
    expect((await core.handlers.getSnapshot({})).policy).toMatchObject({
      notApplied: true,
      issues: [{ message: { key: 'policy.issue.notFound' } }],
    });
  });
});
