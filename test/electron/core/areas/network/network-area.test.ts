import type os from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { networkArea } from '../../../../../electron/core/areas/network/network-area';
import { createMonitor } from '../../../../../electron/core/monitor';
import { validatePolicy } from '../../../../../shared/policy/parse-policy';

const eth0 = { address: '192.168.1.20', family: 'IPv4', internal: false } as os.NetworkInterfaceInfo;

function policy(network: object) {
  const parsed = validatePolicy({ network: { gateway: 'off', dns: { names: [] }, endpoints: [], ...network } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.policy;
}

describe('the network area', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('re-checks at once when the interface table changes instead of waiting for the interval', async () => {
    let cablePlugged = true;
    const area = networkArea({ interfaces: () => (cablePlugged ? { eth0: [eth0] } : {}), linkPollMs: 1000 })({
      policy: policy({}),
      platform: 'linux',
    });
    const monitor = createMonitor(area.probes);
    monitor.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(monitor.readings().get('network.link')?.status).toBe('ok');
    cablePlugged = false;
    await vi.advanceTimersByTimeAsync(1_500);
    expect(monitor.readings().get('network.link')?.details).toMatchObject({
      rawStatus: 'fault',
      state: 'no-interface',
    });
    // Two more 5 s retries confirm it: the fault is open ~11 s after the cable went, not a minute later.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(monitor.readings().get('network.link')?.status).toBe('fault');
    expect(monitor.readings().get('network.verdict')?.summary.key).toBe('network.verdict.noLink');
    monitor.stop();
  });

  it('sends nothing off this computer when the policy file was bad and defaults are in force', async () => {
    vi.useRealTimers();
    const area = networkArea({ interfaces: () => ({ eth0: [eth0] }) })({
      policy: policy({ gateway: 'auto', dns: {}, endpoints: undefined }),
      platform: 'linux',
      policyStatus: {
        source: 'machine',
        path: '/etc/invoiceguard/policy.json',
        issues: [{ path: '$', message: { key: 'x' } }],
      },
    });
    expect(area.probes.map((p) => p.id)).toEqual(['network.link', 'network.verdict']);
    const monitor = createMonitor(area.probes);
    await monitor.run();
    expect(monitor.readings().get('network.verdict')).toMatchObject({
      status: 'unknown',
      summary: { key: 'network.verdict.policyInvalid' },
    });
  });

  it('builds only the checks the policy asks for, the verdict last', () => {
    const ids = (network: object): string[] =>
      networkArea({ interfaces: () => ({}) })({ policy: policy(network), platform: 'linux' }).probes.map((p) => p.id);
    expect(ids({ link: 'off' })).toEqual(['network.verdict']);
    expect(
      ids({
        gateway: 'auto',
        dns: { names: ['etax.test.invalid'] },
        endpoints: [{ name: 'a', host: '127.0.0.1', port: 1 }],
        localServices: [{ name: 'ukey-helper', port: 28000 }],
      }),
    ).toEqual([
      'network.link',
      'network.gateway',
      'network.dns',
      'network.endpoint.a',
      'network.service.ukey-helper',
      'network.verdict',
    ]);
  });
});
