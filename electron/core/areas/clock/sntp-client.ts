import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { buildRequest, readAnswer } from './sntp-packet';
import type { SourceRead } from '../../sources/source-read';

/** The server's answer, or why there is none (`timeout`: nothing valid came back in time). */
export type SntpResult = SourceRead<{ offsetMs: number; delayMs: number; stratum: number }>;

/** `host`, `host:port`, `[v6]` or `[v6]:port` (the policy already checked the shape) with 123 by default. */
export function parseServer(server: string): { host: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed) return { host: bracketed[1] ?? '', port: Number(bracketed[2] ?? 123) };
  const [host, port] = server.split(':');
  return { host: host ?? server, port: Number(port ?? 123) };
}

/**
 * One SNTP query: resolve, send one datagram, wait for one valid answer or the timeout. The socket
 * is closed in every case; nothing is retried (the next interval is the retry).
 */
export async function querySntp(
  server: string,
  timeoutMs: number,
  signal?: AbortSignal,
  now: () => number = Date.now,
): Promise<SntpResult> {
  const { host, port } = parseServer(server);
  let address: { address: string; family: number };
  try {
    address = await lookup(host);
  } catch (error) {
    return {
      ok: false,
      problem: 'unreadable',
      reason: `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  return new Promise((resolve) => {
    const socket = dgram.createSocket(address.family === 6 ? 'udp6' : 'udp4');
    let done = false;
    let lastRejection = '';
    const finish = (result: SntpResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.close();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: 'timeout', reason: lastRejection || `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
    const onAbort = (): void => finish({ ok: false, problem: 'timeout', reason: 'aborted' });
    signal?.addEventListener('abort', onAbort, { once: true });
    const request = buildRequest(now());
    socket.on('message', (reply, from) => {
      // Only the server we asked; anything else on this port is noise, not an answer.
      if (from.address !== address.address || from.port !== port) return;
      const answer = readAnswer(reply, request, now());
      if (answer.ok) finish(answer);
      else lastRejection = answer.reason; // keep waiting: a valid answer may still come
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, problem: 'unreadable', reason: error.code ?? error.message }),
    );
    socket.send(request, port, address.address, (error) => {
      if (error)
        finish({ ok: false, problem: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? error.message });
    });
  });
}
