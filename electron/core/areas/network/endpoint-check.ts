import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import type { EndpointPolicy } from '../../../../shared/policy/network-policy';
import type { HostResolver } from './resolve-host';
import { openProxyTunnel } from './proxy-tunnel';
import { ConnectError, connectErrorOf, connectTcp } from '../../sources/tcp-connect';

/** The causes `details.cause` reports; part of the stable JSON contract. */
export const endpointCauses = ['ok', 'refused', 'timeout', 'nxdomain', 'dns-error', 'tls-error', 'http-error'] as const;
export type EndpointCause = (typeof endpointCauses)[number];

/** One attempt at an endpoint, layer by layer: where it stopped and why. */
export interface EndpointResult {
  cause: EndpointCause;
  /** The layer the attempt stopped at (`done` when it got through all of them). */
  phase: 'dns' | 'proxy' | 'tcp' | 'tls' | 'http' | 'done';
  /** True once a TCP connection (or proxy tunnel) was open: TLS/HTTP trouble after that is not an outage of the route. */
  tcpOk: boolean;
  address: string | null;
  /** Time to an open TCP connection, the figure charted; null when none opened. */
  latencyMs: number | null;
  totalMs: number;
  httpStatus?: number;
  /** The OS/TLS error code or HTTP status behind a failure. */
  reason?: string;
}

export interface EndpointCheckOptions {
  timeoutMs: number;
  resolve: HostResolver;
  proxy?: { host: string; port: number };
  signal?: AbortSignal;
}

/** The endpoint source: one attempt at an endpoint (real sockets, or a practice scenario's outcome). */
export type EndpointChecker = (target: EndpointPolicy, options: EndpointCheckOptions) => Promise<EndpointResult>;

/** Checks one endpoint within `timeoutMs`: DNS, TCP (or proxy tunnel), then TLS and HTTP as its kind asks. */
export async function checkEndpoint(target: EndpointPolicy, options: EndpointCheckOptions): Promise<EndpointResult> {
  const started = performance.now();
  const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])]);
  const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
  let address: string | null = null;
  let latencyMs: number | null = null;
  let phase: EndpointResult['phase'] = options.proxy ? 'proxy' : 'dns';
  let socket: net.Socket | undefined;
  const result = (cause: EndpointCause, extra: Partial<EndpointResult> = {}): EndpointResult => ({
    cause,
    phase: cause === 'ok' ? 'done' : phase,
    tcpOk: latencyMs !== null,
    address,
    latencyMs,
    totalMs: elapsed(),
    ...extra,
  });
  try {
    if (options.proxy) {
      socket = await openProxyTunnel(options.proxy, target.host, target.port, signal);
    } else {
      const lookup = await options.resolve(target.host, signal);
      if (!lookup.ok) return result(signal.aborted ? 'timeout' : lookup.cause, { reason: lookup.reason });
      address = lookup.address;
      phase = 'tcp';
      socket = await connectTcp(lookup.address, target.port, signal);
    }
    latencyMs = elapsed();
    if (target.kind === 'tls' || target.kind === 'https') {
      phase = 'tls';
      socket = await tlsHandshake(socket, target.host, signal);
    }
    if (target.kind === 'http' || target.kind === 'https') {
      phase = 'http';
      const status = await httpStatus(socket, target, signal);
      const healthy = target.expectStatus ? status === target.expectStatus : status >= 200 && status < 400;
      return healthy
        ? result('ok', { httpStatus: status })
        : result('http-error', { httpStatus: status, reason: `HTTP ${status}` });
    }
    return result('ok');
  } catch (error) {
    if (error instanceof LayerError) return result(error.failure, { reason: error.reason });
    const failure = error instanceof ConnectError ? error : connectErrorOf(error);
    return result(failure.failure, { reason: failure.reason });
  } finally {
    socket?.destroy();
  }
}

/**
 * The server took the connection but its TLS or HTTP went wrong (untrusted or SM2 certificate, alert,
 * reset mid-request): the route works, the service above it does not.
 */
class LayerError extends Error {
  constructor(
    readonly failure: 'tls-error' | 'http-error',
    readonly reason: string,
  ) {
    super(reason);
  }
}

function tlsHandshake(socket: net.Socket, host: string, signal: AbortSignal): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, servername: net.isIP(host) ? undefined : host, rejectUnauthorized: true });
    const onAbort = (): void => {
      secure.destroy();
      reject(new ConnectError('timeout', 'tls handshake timeout'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    secure.once('secureConnect', () => {
      signal.removeEventListener('abort', onAbort);
      resolve(secure);
    });
    secure.once('error', (error: NodeJS.ErrnoException) => {
      signal.removeEventListener('abort', onAbort);
      secure.destroy();
      reject(new LayerError('tls-error', error.code ?? error.message));
    });
  });
}

/** Sends one GET over the open connection and resolves with the status; the body is never read. */
function httpStatus(socket: net.Socket, target: EndpointPolicy, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const defaultPort = target.kind === 'https' ? 443 : 80;
    const hostHeader = `${target.host.includes(':') ? `[${target.host}]` : target.host}${target.port === defaultPort ? '' : `:${target.port}`}`;
    const request = http.request({
      createConnection: () => socket,
      method: 'GET',
      path: target.path ?? '/',
      headers: { Host: hostHeader, 'User-Agent': 'InvoiceGuard', Connection: 'close' },
      signal,
    });
    request.once('response', (response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    request.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        signal.aborted
          ? new ConnectError('timeout', 'no HTTP answer')
          : new LayerError('http-error', error.code ?? error.message),
      ),
    );
    request.end();
  });
}
