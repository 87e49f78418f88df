import type { LocalServicePolicy } from '../../../../shared/policy/network-policy';
import type { RawOutcome } from './damped-probe';
import { ConnectError, tcpReachable } from './tcp-connect';

/** `network.service.<name>`: a service on this computer listens on its port (e.g. the UKey helper on 28000). */
export function serviceAttempt(
  service: LocalServicePolicy,
  timeoutMs: number,
): (signal: AbortSignal) => Promise<RawOutcome> {
  return async (signal): Promise<RawOutcome> => {
    const details = { port: service.port, address: '127.0.0.1' };
    try {
      await tcpReachable('127.0.0.1', service.port, AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]));
      return { status: 'ok', summary: { key: 'check.network.service.ok', params: { port: service.port } }, details };
    } catch (error) {
      const e = error instanceof ConnectError ? error : new ConnectError('timeout', String(error));
      return {
        status: 'fault',
        cause: e.failure,
        summary: { key: 'check.network.service.down', params: { port: service.port, cause: e.failure } },
        details: { ...details, cause: e.failure, reason: e.reason },
      };
    }
  };
}
