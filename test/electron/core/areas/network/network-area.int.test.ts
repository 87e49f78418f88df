// The network area inside a real core, against real servers on 127.0.0.1 (TCP, HTTP, TLS, DNS).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { networkArea } from '../../../../../electron/core/areas/network/network-area';
import { createTranslator } from '../../../../../shared/i18n/translator';
import { startInProcessCore, type InProcessCore } from '../../../../support/in-process-core';
import {
  acceptingServer,
  closedPort,
  dnsResponder,
  httpServer,
  selfSignedHttpsServer,
  type Running,
} from './support/loopback-servers';
import { loopbackNetwork } from './support/loopback-policy';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
let web: Running, other: Running, down503: Running, tls: Running, dns: Running;
let closed: number;
let running: InProcessCore | undefined;

beforeAll(async () => {
  [web, other, down503, tls, dns] = await Promise.all([
    httpServer(200),
    acceptingServer(),
    httpServer(503),
    selfSignedHttpsServer(),
    dnsResponder({ a: { 'etax.test.invalid': '127.0.0.1' }, nxdomain: [], silent: ['dead.test.invalid'] }),
  ]);
  closed = await closedPort();
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
});
afterAll(async () => {
  await Promise.all([web, other, down503, tls, dns].map((s) => s?.close()));
});

async function check(network: Parameters<typeof loopbackNetwork>[0]) {
  running = startInProcessCore([networkArea()], loopbackNetwork(network), { start: false });
  return running.client.request('runChecks', {});
}

const verdictOf = (snapshot: Awaited<ReturnType<typeof check>>) =>
  snapshot.checks.find((c) => c.id === 'network.verdict');

describe('network checks in a running core', () => {
  it('reads all clear when every endpoint and local service answers', async () => {
    const snapshot = await check({
      endpoints: [
        { name: 'web', host: '127.0.0.1', port: web.port, kind: 'http' },
        { name: 'upload', host: '127.0.0.1', port: other.port },
      ],
      localServices: [{ name: 'ukey-helper', port: other.port }],
    });
    expect(snapshot.checks.map((c) => [c.id, c.status])).toEqual([
      ['network.endpoint.web', 'ok'],
      ['network.endpoint.upload', 'ok'],
      ['network.service.ukey-helper', 'ok'],
      ['network.verdict', 'ok'],
    ]);
    expect(snapshot.faults).toEqual([]);
    const web1 = snapshot.checks[0];
    expect(web1?.details).toMatchObject({ cause: 'ok', address: '127.0.0.1', httpStatus: 200 });
    expect((web1?.details.history as unknown[]).length).toBe(1);
  });

  it('blames the one remote service that fails while the others work, in the verdict the CLI prints', async () => {
    const snapshot = await check({
      endpoints: [
        { name: 'web', host: '127.0.0.1', port: web.port, kind: 'http' },
        { name: 'fpdk', host: '127.0.0.1', port: down503.port, kind: 'http' },
      ],
    });
    expect(snapshot.faults.map((f) => [f.id, f.category])).toEqual([['network.service-down', 'network']]);
    expect(snapshot.faults[0]?.checkIds).toEqual(['network.endpoint.fpdk']);
    expect(snapshot.checks.find((c) => c.id === 'network.endpoint.fpdk')?.details).toMatchObject({
      cause: 'http-error',
      httpStatus: 503,
    });
    const verdict = verdictOf(snapshot);
    expect(verdict?.details.scope).toBe('remote-service');
    // By its display name (the built-in name of `fpdk`), not its policy id.
    expect(en.render(verdict!.summary)).toContain(
      'VAT invoice service platform cannot be reached while other targets work',
    );
    expect(zh.render(verdict!.summary)).toContain('问题在对方');
  });

  it('says a local service is not running when nothing listens on its port', async () => {
    const snapshot = await check({ localServices: [{ name: 'ukey-helper', port: closed }] });
    expect(snapshot.faults.map((f) => [f.id, f.severity])).toEqual([['network.local-service-down', 'warning']]);
    expect(en.render(snapshot.checks[0]!.summary)).toBe(
      `Local port ${closed} is not listening (connection refused): the service may not be running`,
    );
  });

  it('reports an untrusted (SM2-like) certificate as a warning with the reason, not an outage', async () => {
    const snapshot = await check({ endpoints: [{ name: 'dppt', host: '127.0.0.1', port: tls.port, kind: 'https' }] });
    const dppt = snapshot.checks.find((c) => c.id === 'network.endpoint.dppt');
    expect(dppt?.status).toBe('warning');
    expect(dppt?.details).toMatchObject({ cause: 'tls-error', tcpOk: true });
    expect(snapshot.faults).toEqual([]);
    expect(verdictOf(snapshot)).toMatchObject({ status: 'warning', details: { scope: 'tls-only' } });
  });

  it('blames the local network or ISP when the DNS server does not answer', async () => {
    const snapshot = await check({
      dns: { names: ['etax.test.invalid', 'dead.test.invalid'], servers: [`127.0.0.1:${dns.port}`], timeoutMs: 300 },
      endpoints: [{ name: 'etax', host: 'dead.test.invalid', port: web.port }],
    });
    expect(snapshot.checks.find((c) => c.id === 'network.dns')?.status).toBe('fault');
    expect(snapshot.faults.map((f) => f.id)).toEqual(['network.dns']);
    expect(snapshot.faults[0]?.evidence).toEqual({ reason: 'resolver-dead' });
    expect(verdictOf(snapshot)?.details.scope).toBe('local-network');
  });

  it('reaches a named host through the policy DNS server and reports the address it resolved to', async () => {
    const snapshot = await check({
      dns: { names: ['etax.test.invalid'], servers: [`127.0.0.1:${dns.port}`], timeoutMs: 1000 },
      endpoints: [{ name: 'etax', host: 'etax.test.invalid', port: other.port }],
    });
    expect(snapshot.overall).toBe('ok');
    expect(snapshot.checks.find((c) => c.id === 'network.endpoint.etax')?.details).toMatchObject({
      cause: 'ok',
      address: '127.0.0.1',
    });
  });

  it('does not open a fault on a single failed retry once the endpoint was seen healthy', async () => {
    const flaky = await acceptingServer();
    running = startInProcessCore(
      [networkArea()],
      loopbackNetwork({ endpoints: [{ name: 'flaky', host: '127.0.0.1', port: flaky.port }] }),
      { start: false },
    );
    expect((await running.client.request('runChecks', {})).faults).toEqual([]);
    await flaky.close();
    const once = await running.client.request('runChecks', {});
    const reading = once.checks.find((c) => c.id === 'network.endpoint.flaky');
    expect(reading?.status).toBe('ok');
    expect(reading?.details).toMatchObject({ rawStatus: 'fault', cause: 'refused' });
    expect(en.render(reading!.summary)).toContain('re-checking');
    expect(once.faults).toEqual([]);
    await running.client.request('runChecks', {});
    const third = await running.client.request('runChecks', {});
    expect(third.faults.map((f) => f.id)).toEqual(['network.service-down']);
  });
});
