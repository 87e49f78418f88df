// Real TCP, TLS and HTTP servers on 127.0.0.1; every endpoint under test points at them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEndpoint } from '../../../../../electron/core/areas/network/endpoint-check';
import { createHostResolver } from '../../../../../electron/core/areas/network/resolve-host';
import { endpointSchema } from '../../../../../shared/policy/network-policy';
import {
  acceptingServer,
  closedPort,
  connectProxy,
  httpServer,
  selfSignedHttpsServer,
  silentServer,
  type Running,
} from './support/loopback-servers';

const resolve = createHostResolver([], 1000);
const endpoint = (port: number, kind: 'tcp' | 'tls' | 'http' | 'https', extra: object = {}) =>
  endpointSchema.parse({ name: 'x', host: '127.0.0.1', port, kind, ...extra });

let accepting: Running, silent: Running, ok200: Running, down503: Running, selfSigned: Running;
let proxy: Running & { tunnels: string[] };
let closed: number;

beforeAll(async () => {
  [accepting, silent, ok200, down503, selfSigned, proxy] = await Promise.all([
    acceptingServer(),
    silentServer(),
    httpServer(200),
    httpServer(503),
    selfSignedHttpsServer(),
    connectProxy(),
  ]);
  closed = await closedPort();
});
afterAll(async () => {
  await Promise.all([accepting, silent, ok200, down503, selfSigned, proxy].map((s) => s?.close()));
});

describe('an endpoint checked over real loopback sockets', () => {
  it('is ok with its connect latency and address when the port accepts', async () => {
    const r = await checkEndpoint(endpoint(accepting.port, 'tcp'), { timeoutMs: 2000, resolve });
    expect(r).toMatchObject({ cause: 'ok', phase: 'done', tcpOk: true, address: '127.0.0.1' });
    // A measured number (not null, which means "no connection"), and below the timeout, or it would have timed out.
    expect(typeof r.latencyMs === 'number' && Number.isFinite(r.latencyMs)).toBe(true);
    expect(r.latencyMs).toBeLessThan(2000);
  });

  it('says refused when nothing listens on the port', async () => {
    const r = await checkEndpoint(endpoint(closed, 'tcp'), { timeoutMs: 2000, resolve });
    expect(r).toMatchObject({ cause: 'refused', phase: 'tcp', tcpOk: false, reason: 'ECONNREFUSED', latencyMs: null });
  });

  it('says timeout when the server accepts but never answers the HTTP request', async () => {
    const r = await checkEndpoint(endpoint(silent.port, 'http'), { timeoutMs: 500, resolve });
    expect(r).toMatchObject({ cause: 'timeout', phase: 'http', tcpOk: true });
  });

  it('says timeout when a TLS handshake gets no answer', async () => {
    const r = await checkEndpoint(endpoint(silent.port, 'tls'), { timeoutMs: 500, resolve });
    expect(r).toMatchObject({ cause: 'timeout', phase: 'tls', tcpOk: true });
  });

  it('still counts a silent server as reachable for a TCP-only endpoint (the SM2-safe check)', async () => {
    const r = await checkEndpoint(endpoint(silent.port, 'tcp'), { timeoutMs: 500, resolve });
    expect(r.cause).toBe('ok');
  });

  it('is ok on HTTP 200 and an http-error with the status on HTTP 503', async () => {
    const good = await checkEndpoint(endpoint(ok200.port, 'http', { path: '/health' }), { timeoutMs: 2000, resolve });
    expect(good).toMatchObject({ cause: 'ok', httpStatus: 200 });
    const bad = await checkEndpoint(endpoint(down503.port, 'http'), { timeoutMs: 2000, resolve });
    expect(bad).toMatchObject({ cause: 'http-error', httpStatus: 503, reason: 'HTTP 503', tcpOk: true });
  });

  it('blames the service (http-error / tls-error) when it closes the connection without answering', async () => {
    const http = await checkEndpoint(endpoint(accepting.port, 'http'), { timeoutMs: 2000, resolve });
    expect(http).toMatchObject({ cause: 'http-error', phase: 'http', tcpOk: true, reason: 'ECONNRESET' });
    const tls = await checkEndpoint(endpoint(accepting.port, 'tls'), { timeoutMs: 2000, resolve });
    expect(tls).toMatchObject({ cause: 'tls-error', phase: 'tls', tcpOk: true });
  });

  it('accepts the status the policy expects instead of 2xx/3xx', async () => {
    const r = await checkEndpoint(endpoint(down503.port, 'http', { expectStatus: 503 }), { timeoutMs: 2000, resolve });
    expect(r.cause).toBe('ok');
  });

  it('reports a tls-error with the reason, after TCP worked, for an untrusted certificate', async () => {
    const r = await checkEndpoint(endpoint(selfSigned.port, 'https'), { timeoutMs: 2000, resolve });
    expect(r).toMatchObject({ cause: 'tls-error', phase: 'tls', tcpOk: true });
    expect(r.reason).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
  });

  it('counts a TLS port as reachable for a TCP-only endpoint without handshaking', async () => {
    const r = await checkEndpoint(endpoint(selfSigned.port, 'tcp'), { timeoutMs: 2000, resolve });
    expect(r.cause).toBe('ok');
  });

  it('goes through an HTTP proxy with CONNECT when the policy names one', async () => {
    const via = { host: '127.0.0.1', port: proxy.port };
    const good = await checkEndpoint(endpoint(ok200.port, 'http'), { timeoutMs: 2000, resolve, proxy: via });
    expect(good).toMatchObject({ cause: 'ok', httpStatus: 200, tcpOk: true });
    const bad = await checkEndpoint(endpoint(closed, 'tcp'), { timeoutMs: 2000, resolve, proxy: via });
    expect(bad).toMatchObject({ cause: 'refused', phase: 'proxy', reason: 'proxy HTTP 502' });
    expect(proxy.tunnels).toContain(`127.0.0.1:${ok200.port}`);
  });

  it('says refused when the proxy itself is not running', async () => {
    const r = await checkEndpoint(endpoint(ok200.port, 'http'), {
      timeoutMs: 2000,
      resolve,
      proxy: { host: '127.0.0.1', port: closed },
    });
    expect(r).toMatchObject({ cause: 'refused', phase: 'proxy' });
  });
});
