import os from 'node:os';
import type { NetworkPolicy } from '../../../../shared/policy/network-policy';
import type { AreaFactory, Probe } from '../../probe';
import { dampedProbe, type DampedProbeSpec, type RawOutcome } from './damped-probe';
import { dnsAttempt } from './dns-probe';
import { endpointAttempt, recordLatency } from './endpoint-probe';
import { systemGatewayDiscovery, type GatewayDiscovery } from './gateway-discovery';
import type { ReachOptions } from './gateway-reach';
import { gatewayAttempt } from './gateway-probe';
import { LatencyHistory } from './latency-history';
import { linkAttempt } from './link-probe';
import { interfaceChanges, type InterfacesSource } from './link-source';
import { NetworkBoard } from './network-board';
import { networkVerdictRule } from './network-rules';
import { createHostResolver, type HostResolver, type resolveWithServers } from './resolve-host';
import type { EndpointChecker } from './endpoint-check';
import type { reachGateway } from './gateway-reach';
import type { LocalPortSource } from '../../sources/local-port';
import { serviceAttempt } from './service-probe';
import { verdictProbe } from './verdict-probe';

/**
 * OS access the network area uses; tests replace single pieces (interfaces, route table, ping) and
 * practice mode all of them, so every layer's real probe, damping and verdict run on scripted answers.
 */
export interface NetworkSources {
  interfaces: InterfacesSource;
  discoverGateway: GatewayDiscovery;
  ping: ReachOptions['ping'];
  /** Asking the gateway (ping, else TCP); replaces `ping` entirely when given. */
  reach: typeof reachGateway;
  /** The DNS layer's lookups of the policy's names. */
  resolveName: typeof resolveWithServers;
  /** Endpoint hosts to addresses, for the endpoint checks. */
  resolveHost: HostResolver;
  checkEndpoint: EndpointChecker;
  /** Local services' ports. */
  port: LocalPortSource;
  /** How often the interface table is read for changes (a local read, no packet). */
  linkPollMs: number;
}

// The monitor's abandon deadline sits above the attempt's own, so the damper always sees the result.
const slack = 2000;

/** Network checks layer by layer (link, gateway, DNS, endpoints, local services) and the verdict over them. */
export function networkArea(sources: Partial<NetworkSources> = {}): AreaFactory {
  return ({ policy: { network: configured }, platform, policyStatus }) => {
    // A bad policy file leaves built-in defaults in force; they would ping the gateway and reach the
    // public tax site, which the broken file may have been written to forbid: stay on this computer.
    const held = (policyStatus?.issues.length ?? 0) > 0;
    const policy: NetworkPolicy = held
      ? { ...configured, gateway: 'off', dns: { ...configured.dns, names: [] }, endpoints: [] }
      : configured;
    const board = new NetworkBoard();
    // A changed interface table (cable back, new Wi-Fi) re-runs every layer at once instead of waiting.
    const watch =
      policy.link === 'off'
        ? undefined
        : interfaceChanges(sources.interfaces ?? os.networkInterfaces, sources.linkPollMs ?? 3000);
    const layer = (
      id: string,
      attempt: (signal: AbortSignal) => Promise<RawOutcome>,
      timeoutMs: number,
      extra: Pick<DampedProbeSpec, 'afterAttempt'> = {},
    ): Probe =>
      dampedProbe({ id, policy, board, timeoutMs: timeoutMs + slack, attempt, ...(watch ? { watch } : {}), ...extra });
    const probes: Probe[] = [];
    if (policy.link !== 'off') probes.push(layer('network.link', linkAttempt(sources.interfaces), 0));
    if (policy.gateway !== 'off') {
      const discover = sources.discoverGateway ?? systemGatewayDiscovery(platform, policy.timeoutMs);
      // Discovery plus a ping that may run a second past its own deadline before being killed.
      probes.push(
        layer(
          'network.gateway',
          gatewayAttempt(policy, platform, discover, sources.ping, sources.reach),
          2 * policy.timeoutMs + 1000,
        ),
      );
    }
    if (policy.dns.names.length)
      probes.push(layer('network.dns', dnsAttempt(policy.dns, sources.resolveName), 2 * policy.dns.timeoutMs));
    const resolve =
      sources.resolveHost ?? createHostResolver(policy.dns.servers, Math.min(policy.dns.timeoutMs, policy.timeoutMs));
    for (const endpoint of policy.endpoints) {
      const history = new LatencyHistory(policy.historySize);
      probes.push(
        layer(
          `network.endpoint.${endpoint.name}`,
          endpointAttempt(endpoint, policy, resolve, sources.checkEndpoint),
          policy.timeoutMs,
          {
            afterAttempt: recordLatency(history),
          },
        ),
      );
    }
    for (const service of policy.localServices) {
      probes.push(
        layer(
          `network.service.${service.name}`,
          serviceAttempt(service, policy.timeoutMs, sources.port),
          policy.timeoutMs,
        ),
      );
    }
    // Last, so in a full run every layer run has started before the verdict waits for them.
    probes.push(verdictProbe(board, policy.intervalSeconds * 1000, longestTimeout(policy) + 2 * slack, held));
    return { probes, rules: [networkVerdictRule] };
  };
}

function longestTimeout(policy: NetworkPolicy): number {
  return Math.max(2 * policy.timeoutMs + 1000, 2 * policy.dns.timeoutMs, policy.timeoutMs);
}
