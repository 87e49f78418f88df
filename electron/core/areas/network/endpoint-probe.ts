import type { EndpointPolicy, NetworkPolicy } from '../../../../shared/policy/network-policy';
import type { RawOutcome } from './damped-probe';
import { checkEndpoint, type EndpointChecker } from './endpoint-check';
import type { LatencyHistory } from './latency-history';
import type { HostResolver } from './resolve-host';
import { targetLabel } from '../../../../shared/policy/target-labels';

/** `network.endpoint.<name>`: DNS → TCP → TLS → HTTP as the endpoint's kind asks, with the cause of a failure. */
export function endpointAttempt(
  endpoint: EndpointPolicy,
  policy: NetworkPolicy,
  resolve: HostResolver,
  check: EndpointChecker = checkEndpoint,
): (signal: AbortSignal) => Promise<RawOutcome> {
  return async (signal): Promise<RawOutcome> => {
    const r = await check(endpoint, {
      timeoutMs: policy.timeoutMs,
      resolve,
      signal,
      ...(policy.proxy ? { proxy: policy.proxy } : {}),
    });
    const details = {
      label: targetLabel(endpoint),
      host: endpoint.host,
      port: endpoint.port,
      kind: endpoint.kind,
      ...r,
      ...(policy.proxy ? { via: `proxy ${policy.proxy.host}:${policy.proxy.port}` } : {}),
    };
    const params = { host: endpoint.host, port: endpoint.port, cause: r.cause };
    if (r.cause === 'ok') {
      return {
        status: 'ok',
        summary: { key: 'check.network.endpoint.ok', params: { ...params, ms: Math.round(r.latencyMs ?? r.totalMs) } },
        details,
      };
    }
    // SM2 (国密) servers fail a standard handshake while the real client works: a reservation, not an outage.
    if (r.cause === 'tls-error' && r.tcpOk) {
      return { status: 'warning', cause: r.cause, summary: { key: 'check.network.endpoint.tlsOnly', params }, details };
    }
    return { status: 'fault', cause: r.cause, summary: { key: 'check.network.endpoint.failed', params }, details };
  };
}

/** Adds each attempt's TCP latency to the endpoint's ring buffer and returns it for the reading's details. */
export function recordLatency(history: LatencyHistory) {
  return (raw: RawOutcome, startedAt: number): { history: ReturnType<LatencyHistory['toArray']> } => {
    const ms = raw.details.latencyMs;
    history.push({ at: startedAt, ms: typeof ms === 'number' && raw.details.tcpOk === true ? ms : null });
    return { history: history.toArray() };
  };
}
