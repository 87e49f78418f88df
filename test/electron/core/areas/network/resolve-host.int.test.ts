// A real DNS responder on a loopback UDP port; node:dns Resolver is pointed at it, never elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsAttempt } from '../../../../../electron/core/areas/network/dns-probe';
import { checkEndpoint } from '../../../../../electron/core/areas/network/endpoint-check';
import { createHostResolver, resolveWithServers } from '../../../../../electron/core/areas/network/resolve-host';
import { endpointSchema, networkPolicySchema } from '../../../../../shared/policy/network-policy';
import { acceptingServer, dnsResponder, type Running } from './support/loopback-servers';

let dns: Running & { queries: string[] };
let web: Running;
let server: string;
const never = new AbortController().signal;

beforeAll(async () => {
  [dns, web] = await Promise.all([
    dnsResponder({
      a: { 'etax.test.invalid': '127.0.0.1' },
      nxdomain: ['gone.test.invalid'],
      silent: ['silent.test.invalid'],
    }),
    acceptingServer(),
  ]);
  server = `127.0.0.1:${dns.port}`;
});
afterAll(async () => {
  await Promise.all([dns?.close(), web?.close()]);
});

describe('name lookup against a real DNS server on loopback', () => {
  it('resolves a name the server knows', async () => {
    const r = await resolveWithServers('etax.test.invalid', [server], 1000, never);
    expect(r).toEqual({ ok: true, address: '127.0.0.1', addresses: ['127.0.0.1'] });
    expect(dns.queries).toContain('A etax.test.invalid');
  });

  it('tells a name that does not exist (NXDOMAIN) from a dead resolver', async () => {
    expect(await resolveWithServers('gone.test.invalid', [server], 1000, never)).toEqual({
      ok: false,
      cause: 'nxdomain',
      reason: 'ENOTFOUND',
    });
    expect(await resolveWithServers('silent.test.invalid', [server], 300, never)).toEqual({
      ok: false,
      cause: 'dns-error',
      reason: 'ETIMEOUT',
    });
  });

  it('gives up on a resolver that never answers after one question, without asking AAAA too', async () => {
    const before = dns.queries.filter((q) => q.includes('silent')).length;
    expect(await resolveWithServers('silent.test.invalid', [server], 300, never)).toMatchObject({ reason: 'ETIMEOUT' });
    expect(dns.queries.filter((q) => q.includes('silent')).length - before).toBe(1);
  });

  it('feeds the endpoint cause: nxdomain, dns-error, or ok with the resolved address', async () => {
    const resolve = createHostResolver([server], 300);
    const at = (host: string) => endpointSchema.parse({ name: 'x', host, port: web.port });
    expect(await checkEndpoint(at('etax.test.invalid'), { timeoutMs: 2000, resolve })).toMatchObject({
      cause: 'ok',
      address: '127.0.0.1',
    });
    expect(await checkEndpoint(at('gone.test.invalid'), { timeoutMs: 2000, resolve })).toMatchObject({
      cause: 'nxdomain',
      phase: 'dns',
    });
    expect(await checkEndpoint(at('silent.test.invalid'), { timeoutMs: 2000, resolve })).toMatchObject({
      cause: 'dns-error',
      phase: 'dns',
    });
  });

  it('the DNS check says which names failed and why', async () => {
    const policy = networkPolicySchema.parse({
      dns: { names: ['etax.test.invalid'], servers: [server], timeoutMs: 300 },
    });
    expect((await dnsAttempt(policy.dns)(never)).status).toBe('ok');
    const nx = await dnsAttempt({ ...policy.dns, names: ['etax.test.invalid', 'gone.test.invalid'] })(never);
    expect(nx).toMatchObject({ status: 'fault', cause: 'nxdomain', details: { failedNames: 'gone.test.invalid' } });
    const dead = await dnsAttempt({ ...policy.dns, names: ['silent.test.invalid'] })(never);
    expect(dead).toMatchObject({ status: 'fault', cause: 'dns-error', summary: { key: 'check.network.dns.dead' } });
  });
});
