// "No link" and "no gateway" for real: the probes run in network namespaces this test creates
// (`unshare -n`: loopback only; `ip netns` + a veth pair: a workstation and a router of our own on
// 192.0.2.0/24, TEST-NET-1). No packet leaves these namespaces. Needs root, as CI runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInside, ip } from './support/netns';

const ws = `ig-ws-${process.pid}`;
const rt = `ig-rt-${process.pid}`;
const inWorkstation = ['ip', 'netns', 'exec', ws];
const isRoot = process.getuid?.() === 0;

// Everything a namespace check needs to be explicit about: no public names, endpoints on loopback.
const base = { link: 'auto', gateway: 'auto', dns: { names: [] }, localServices: [], timeoutMs: 1000 };

beforeAll(async () => {
  if (!isRoot) return;
  await ip('netns', 'add', ws);
  await ip('netns', 'add', rt);
  await ip(
    'link',
    'add',
    `igw${process.pid % 100000}`,
    'netns',
    ws,
    'type',
    'veth',
    'peer',
    'name',
    'igr',
    'netns',
    rt,
  );
  await ip('-n', ws, 'link', 'set', `igw${process.pid % 100000}`, 'name', 'eth0');
  await ip('-n', ws, 'addr', 'add', '192.0.2.2/24', 'dev', 'eth0');
  await ip('-n', rt, 'addr', 'add', '192.0.2.1/24', 'dev', 'igr');
  for (const [ns, dev] of [
    [ws, 'eth0'],
    [rt, 'igr'],
    [ws, 'lo'],
    [rt, 'lo'],
  ] as const)
    await ip('-n', ns, 'link', 'set', dev, 'up');
  await ip('-n', ws, 'route', 'add', 'default', 'via', '192.0.2.1');
});

afterAll(async () => {
  if (!isRoot) return;
  await ip('netns', 'del', ws).catch(() => {});
  await ip('netns', 'del', rt).catch(() => {});
});

describe.skipIf(!isRoot)(
  `network layers inside namespaces the test creates${isRoot ? '' : ' (skipped: network namespaces need root, as CI runs)'}`,
  () => {
    it('says "no link", on this computer, in a namespace with only loopback (and blames nothing beyond it)', async () => {
      const snapshot = await checkInside(['unshare', '-n'], {
        network: { ...base, endpoints: [{ name: 'etax', host: '127.0.0.1', port: 9 }] },
      });
      const link = snapshot.checks.find((c) => c.id === 'network.link');
      expect(link).toMatchObject({ status: 'fault', details: { state: 'no-interface' } });
      expect(snapshot.faults.map((f) => f.id)).toEqual(['network.no-link']);
      expect(snapshot.checks.find((c) => c.id === 'network.verdict')).toMatchObject({
        status: 'fault',
        summary: { key: 'network.verdict.noLink' },
        details: { scope: 'this-computer' },
      });
    });

    it('finds the namespace router as the default gateway and reaches it with the system ping', async () => {
      const snapshot = await checkInside(inWorkstation, { network: { ...base, endpoints: [] } });
      expect(snapshot.checks.find((c) => c.id === 'network.link')?.status).toBe('ok');
      expect(snapshot.checks.find((c) => c.id === 'network.gateway')).toMatchObject({
        status: 'ok',
        details: { address: '192.0.2.1', method: 'ping', source: 'auto' },
      });
      expect(snapshot.faults).toEqual([]);
    });

    it('counts a refused TCP probe as the gateway answering when told to use TCP', async () => {
      const snapshot = await checkInside(inWorkstation, { network: { ...base, gatewayMethod: 'tcp', endpoints: [] } });
      expect(snapshot.checks.find((c) => c.id === 'network.gateway')).toMatchObject({
        status: 'ok',
        details: { method: 'tcp', reason: 'ECONNREFUSED' },
      });
    });

    it('says "no gateway" when the router stops answering, while the link is still up', async () => {
      await ip('-n', rt, 'addr', 'del', '192.0.2.1/24', 'dev', 'igr');
      try {
        const snapshot = await checkInside(inWorkstation, {
          network: { ...base, endpoints: [{ name: 'etax', host: '198.51.100.7', port: 443 }] },
        });
        expect(snapshot.checks.find((c) => c.id === 'network.link')?.status).toBe('ok');
        expect(snapshot.checks.find((c) => c.id === 'network.gateway')).toMatchObject({
          status: 'fault',
          details: { address: '192.0.2.1', method: 'ping' },
        });
        expect(snapshot.faults.map((f) => f.id)).toEqual(['network.no-gateway']);
      } finally {
        await ip('-n', rt, 'addr', 'add', '192.0.2.1/24', 'dev', 'igr');
      }
    });

    it('says "no gateway" (no default route) when the workstation has none configured', async () => {
      await ip('-n', ws, 'route', 'del', 'default');
      try {
        const snapshot = await checkInside(inWorkstation, { network: { ...base, endpoints: [] } });
        expect(snapshot.checks.find((c) => c.id === 'network.gateway')).toMatchObject({
          status: 'fault',
          summary: { key: 'check.network.gateway.noRoute' },
        });
        expect(snapshot.faults.map((f) => [f.id, f.evidence?.reason])).toEqual([['network.no-gateway', 'no-route']]);
      } finally {
        await ip('-n', ws, 'route', 'add', 'default', 'via', '192.0.2.1');
      }
    });
  },
);
