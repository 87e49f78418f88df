import type { LocalServicePolicy } from '../../../../shared/policy/network-policy';
import { localPortSource, type LocalPortSource } from '../../sources/local-port';
import type { RawOutcome } from './damped-probe';
import { targetLabel } from '../../../../shared/policy/target-labels';

/** `network.service.<name>`: a service on this computer listens on its port (e.g. the UKey helper on 28000). */
export function serviceAttempt(
  service: LocalServicePolicy,
  timeoutMs: number,
  port: LocalPortSource = localPortSource,
): (signal: AbortSignal) => Promise<RawOutcome> {
  return async (signal): Promise<RawOutcome> => {
    const details = { label: targetLabel(service), port: service.port, address: '127.0.0.1' };
    const answer = await port(service.port, timeoutMs, signal);
    if (answer.listening)
      return { status: 'ok', summary: { key: 'check.network.service.ok', params: { port: service.port } }, details };
    return {
      status: 'fault',
      cause: answer.cause,
      summary: { key: 'check.network.service.down', params: { port: service.port, cause: answer.cause } },
      details: { ...details, cause: answer.cause, reason: answer.reason },
    };
  };
}
