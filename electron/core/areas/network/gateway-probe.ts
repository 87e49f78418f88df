import type { NetworkPolicy } from '../../../../shared/policy/network-policy';
import type { RawOutcome } from './damped-probe';
import type { GatewayDiscovery } from './gateway-discovery';
import { reachGateway, type ReachOptions } from './gateway-reach';
import { unreadableFrom } from '../../sources/source-read';

/** `network.gateway`: the default gateway (found or pinned) answers; says which method asked it. */
export function gatewayAttempt(
  policy: NetworkPolicy,
  platform: NodeJS.Platform,
  discover: GatewayDiscovery,
  ping?: ReachOptions['ping'],
  reach: typeof reachGateway = reachGateway,
): (signal: AbortSignal) => Promise<RawOutcome> {
  return async (signal): Promise<RawOutcome> => {
    let address: string | null;
    const source = policy.gateway === 'auto' ? 'auto' : 'policy';
    try {
      address = policy.gateway === 'auto' ? await discover(signal) : policy.gateway;
    } catch (error) {
      const failure = unreadableFrom(error);
      return {
        status: 'unknown',
        summary: { key: 'check.network.gateway.unreadable', params: { problem: failure.problem } },
        details: { source, reason: failure.reason },
      };
    }
    if (!address) {
      return {
        status: 'fault',
        cause: 'no-route',
        summary: { key: 'check.network.gateway.noRoute' },
        details: { source, address: null },
      };
    }
    const answer = await reach(address, {
      method: policy.gatewayMethod,
      tcpPort: policy.gatewayTcpPort,
      timeoutMs: policy.timeoutMs,
      platform,
      signal,
      ...(ping ? { ping } : {}),
    });
    const details = {
      source,
      address,
      method: answer.method,
      latencyMs: answer.latencyMs,
      ...(answer.reason ? { reason: answer.reason } : {}),
    };
    const params = { address, method: answer.method, ms: Math.round(answer.latencyMs) };
    return answer.reachable
      ? { status: 'ok', summary: { key: 'check.network.gateway.ok', params }, details }
      : { status: 'fault', cause: 'no-answer', summary: { key: 'check.network.gateway.noAnswer', params }, details };
  };
}
