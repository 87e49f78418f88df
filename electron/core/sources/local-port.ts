import { ConnectError, tcpReachable } from './tcp-connect';

/** Whether a program on this computer accepts connections on a port, and if not, how the port answered. */
export type PortAnswer = { listening: true } | { listening: false; cause: 'refused' | 'timeout'; reason: string };

/** Asks 127.0.0.1:port; never throws. */
export type LocalPortSource = (port: number, timeoutMs: number, signal: AbortSignal) => Promise<PortAnswer>;

/** Connects to 127.0.0.1 and closes at once: sends nothing, so it is safe against any local service. */
export const localPortSource: LocalPortSource = async (port, timeoutMs, signal) => {
  try {
    await tcpReachable('127.0.0.1', port, AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]));
    return { listening: true };
  } catch (error) {
    const e = error instanceof ConnectError ? error : new ConnectError('timeout', String(error));
    return { listening: false, cause: e.failure, reason: e.reason };
  }
};
