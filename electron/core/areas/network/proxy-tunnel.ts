import http from 'node:http';
import type net from 'node:net';
import { ConnectError, connectErrorOf } from '../../sources/tcp-connect';

/**
 * Opens a tunnel to `host:port` through an HTTP proxy (CONNECT), the way a client behind a company
 * proxy reaches the tax platform. The proxy resolves the name, so no local DNS is involved.
 */
export function openProxyTunnel(
  proxy: { host: string; port: number },
  host: string,
  port: number,
  signal: AbortSignal,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const request = http.request({ host: proxy.host, port: proxy.port, method: 'CONNECT', path: target, signal });
    request.once('connect', (response, socket) => {
      socket.on('error', () => {}); // reported by the layer above or its deadline, never unheard
      if (response.statusCode === 200) return resolve(socket);
      socket.destroy();
      // 504 = the proxy got no answer; any other refusal means the far side (or the proxy) said no.
      reject(
        new ConnectError(response.statusCode === 504 ? 'timeout' : 'refused', `proxy HTTP ${response.statusCode}`),
      );
    });
    request.once('response', (response) => {
      response.resume();
      reject(new ConnectError('refused', `proxy HTTP ${response.statusCode}`));
    });
    request.once('error', (error) =>
      reject(signal.aborted ? new ConnectError('timeout', 'timeout') : connectErrorOf(error)),
    );
    request.end();
  });
}
