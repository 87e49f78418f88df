import net from 'node:net';

/** Why a connection attempt failed, in the two words the verdict needs. */
export class ConnectError extends Error {
  constructor(
    readonly failure: 'refused' | 'timeout',
    /** The OS error code (ECONNREFUSED, EHOSTUNREACH...) or `timeout`. */
    readonly reason: string,
  ) {
    super(`${failure}: ${reason}`);
  }
}

// Codes meaning someone answered "no": the host is there, the port is closed (or a firewall rejects).
const refusedCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

/** Maps a socket error to refused (an answer came back) or timeout (nothing came back: dropped, unreachable). */
export function connectErrorOf(error: unknown): ConnectError {
  if (error instanceof ConnectError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'timeout';
  return new ConnectError(refusedCodes.has(code) ? 'refused' : 'timeout', code);
}

/** Opens a TCP connection to an address; rejects with ConnectError, or `timeout` when `signal` aborts first. */
export function connectTcp(address: string, port: number, signal: AbortSignal): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ConnectError('timeout', 'timeout'));
    const socket = net.connect({ host: address, port });
    const onAbort = (): void => {
      socket.destroy();
      reject(new ConnectError('timeout', 'timeout'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('error');
      // Later errors surface through the layer above (TLS, HTTP) or its deadline; an unheard
      // 'error' event would otherwise crash the core.
      socket.on('error', () => {});
      resolve(socket);
    });
    socket.once('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(connectErrorOf(error));
    });
  });
}

/** Connects and closes at once: true when the port accepted. */
export async function tcpReachable(address: string, port: number, signal: AbortSignal): Promise<void> {
  const socket = await connectTcp(address, port, signal);
  socket.destroy();
}
