import http from 'node:http';
import net from 'node:net';
import { errorMessage } from '../../../shared/error-message';

export const metricsContentType = 'text/plain; version=0.0.4; charset=utf-8';

export interface MetricsServer {
  /** The address and port it listens on (the port the OS chose when the policy said 0 in tests). */
  address(): { address: string; port: number };
  close(): Promise<void>;
}

const loopbackHost = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d+)?$/i;

/**
 * A read-only `/metrics` endpoint: GET or HEAD of `/metrics` only (404 for other paths, 405 for other
 * methods), no request body, small header limit, short timeouts, few connections. Bound to a
 * loopback address it also requires a loopback Host header, so a web page cannot read it through
 * DNS rebinding.
 */
export async function startMetricsServer(options: {
  address: string;
  port: number;
  text: () => string;
  log: (line: string) => void;
}): Promise<MetricsServer> {
  const loopback = net.isIP(options.address) !== 0 && /^(127\.|::1$)/.test(options.address);
  const server = http.createServer(
    { maxHeaderSize: 8192, requestTimeout: 10_000, headersTimeout: 5_000 },
    (req, res) => {
      res.on('error', (error) => options.log(`metrics server response: ${errorMessage(error)}`));
      const reply = (status: number, body: string, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      const url = (req.url ?? '').split('?')[0];
      if (loopback && !loopbackHost.test(req.headers.host ?? '')) return reply(403, 'forbidden host\n');
      if (url !== '/metrics') return reply(404, 'not found: the metrics are at /metrics\n');
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return reply(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > 0 || req.headers['transfer-encoding']) return reply(413, 'a metrics request has no body\n');
      reply(200, options.text(), { 'Content-Type': metricsContentType });
    },
  );
  server.maxConnections = 16;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error, socket) => {
    socket.on('error', () => {});
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
    options.log(`metrics server client: ${errorMessage(error)}`);
  });
  server.on('connection', (socket) => socket.on('error', () => {}));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.log(`metrics server: ${errorMessage(error)}`));
  return {
    address() {
      const a = server.address() as net.AddressInfo;
      return { address: a.address, port: a.port };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
