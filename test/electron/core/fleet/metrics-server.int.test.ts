import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  metricsContentType,
  startMetricsServer,
  type MetricsServer,
} from '../../../../electron/core/fleet/metrics-server';

let server: MetricsServer;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  server = await startMetricsServer({
    address: '127.0.0.1',
    port: 0,
    text: () => 'invoiceguard_running 1\n',
    log: (l) => logged.push(l),
  });
  base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(() => server.close());

/** A raw HTTP exchange, for requests fetch() will not send (a foreign Host, huge headers). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port: server.address().port });
    let out = '';
    s.on('data', (d) => (out += d.toString()));
    s.on('end', () => resolve(out));
    s.on('error', reject);
    s.setTimeout(5000, () => s.destroy(new Error('timeout')));
    s.end(request);
  });
}

describe('the optional /metrics endpoint', () => {
  it('answers GET /metrics with the exposition text and its content type', async () => {
    const r = await fetch(`${base}/metrics`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(metricsContentType);
    expect(await r.text()).toBe('invoiceguard_running 1\n');
  });

  it('answers HEAD without a body, other paths 404 and other methods 405', async () => {
    const head = await fetch(`${base}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics/../admin`)).status).toBe(404);
    const post = await fetch(`${base}/metrics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${base}/metrics`, { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses a request with a body, a foreign Host (DNS rebinding) and oversized headers', async () => {
    expect(
      await raw('GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'),
    ).toMatch(/^HTTP\/1.1 413/);
    expect(await raw('GET /metrics HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1.1 403/,
    );
    expect(await raw('GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1.1 200/,
    );
    const huge = `GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`;
    expect(await raw(huge)).toMatch(/^HTTP\/1.1 4\d\d/);
    expect(await raw('NONSENSE\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
  });

  it('reports a port already taken instead of crashing', async () => {
    await expect(
      startMetricsServer({ address: '127.0.0.1', port: server.address().port, text: () => '', log: () => {} }),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});
