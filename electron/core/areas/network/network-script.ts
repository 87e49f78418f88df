import { z } from 'zod';
import type os from 'node:os';
import type { NetworkPolicy } from '../../../../shared/policy/network-policy';
import { isUnreadableScript, pick, unreadableScript } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import { endpointCauses, type EndpointCause, type EndpointResult } from './endpoint-check';
import type { NetworkSources } from './network-area';

const endpointOutcome = z
  .object({
    cause: z.enum(endpointCauses).default('ok'),
    latencyMs: z.number().min(0).max(60_000).default(35),
  })
  .strict();

/**
 * `sources.network` of a scenario: what each layer would answer. `link` is the interface table;
 * `gateway` the default route and whether it answers; `dns` and `endpoints` by name (`*` for every
 * name not listed, as in the policy); `services` the local ports by service name.
 */
export const networkScript = z
  .object({
    link: z.enum(['up', 'no-address', 'no-interface']).default('up'),
    gateway: z
      .union([
        z
          .object({
            address: z.string().min(1).max(64).default('192.168.1.1'),
            reachable: z.boolean().default(true),
            latencyMs: z.number().min(0).max(60_000).default(1.5),
          })
          .strict(),
        z.literal('no-route'),
        unreadableScript,
      ])
      .prefault({}),
    dns: z.record(z.string().min(1).max(253), z.enum(['ok', 'nxdomain', 'dns-error'])).default({ '*': 'ok' }),
    endpoints: z.record(z.string().min(1).max(64), endpointOutcome).default({ '*': endpointOutcome.parse({}) }),
    services: z
      .record(z.string().min(1).max(64), z.enum(['listening', 'refused', 'timeout']))
      .default({ '*': 'listening' }),
  })
  .strict();
export type NetworkScript = z.infer<typeof networkScript>;

const reasonOf: Record<EndpointCause, string | undefined> = {
  ok: undefined,
  refused: 'ECONNREFUSED',
  timeout: 'timeout',
  nxdomain: 'ENOTFOUND',
  'dns-error': 'ETIMEOUT',
  'tls-error': 'ERR_SSL_WRONG_VERSION_NUMBER',
  'http-error': '502',
};
const phaseOf: Record<EndpointCause, EndpointResult['phase']> = {
  ok: 'done',
  refused: 'tcp',
  timeout: 'tcp',
  nxdomain: 'dns',
  'dns-error': 'dns',
  'tls-error': 'tls',
  'http-error': 'http',
};

function interfaces(link: NetworkScript['link']): NodeJS.Dict<os.NetworkInterfaceInfo[]> {
  if (link === 'no-interface') return {};
  const address = link === 'up' ? '192.168.1.20' : '169.254.23.7';
  const info: os.NetworkInterfaceInfo = {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:1a:2b:3c:4d:5e',
    internal: false,
    cidr: `${address}/24`,
  };
  return { Ethernet: [info] };
}

/** The network sources as a scenario scripts them: every layer answers at once with the scripted outcome. */
export function scriptedNetworkSources(world: ScriptedWorld<NetworkScript>, policy: NetworkPolicy): NetworkSources {
  const serviceByPort = new Map(policy.localServices.map((s) => [s.port, s.name]));
  const gateway = () => world.state().gateway;
  return {
    linkPollMs: 1000,
    interfaces: () => interfaces(world.state().link),
    async discoverGateway() {
      const g = gateway();
      if (g === 'no-route') return null;
      if (isUnreadableScript(g)) throw new Error(g.reason || g.unreadable);
      return g.address;
    },
    // `reach` answers for the gateway, so ping is never started.
    ping: async () => ({ kind: 'missing', file: 'ping', durationMs: 0 }),
    async reach() {
      const g = gateway();
      const answered = typeof g === 'object' && !isUnreadableScript(g) && g.reachable;
      const latencyMs = typeof g === 'object' && !isUnreadableScript(g) ? g.latencyMs : 0;
      return answered
        ? { reachable: true, method: 'ping', latencyMs }
        : { reachable: false, method: 'ping', latencyMs: 1000, reason: 'no reply' };
    },
    async resolveName(name) {
      const result = pick(world.state().dns, name, 'ok');
      if (result === 'ok') return { ok: true, address: '198.51.100.10', addresses: ['198.51.100.10'] };
      return { ok: false, cause: result, reason: result === 'nxdomain' ? 'ENOTFOUND' : 'ETIMEOUT' };
    },
    resolveHost: async () => ({ ok: true, address: '198.51.100.10', addresses: ['198.51.100.10'] }),
    async checkEndpoint(target) {
      const outcome = pick(world.state().endpoints, target.name, endpointOutcome.parse({}));
      const tcpOk = outcome.cause === 'ok' || outcome.cause === 'tls-error' || outcome.cause === 'http-error';
      const reason = reasonOf[outcome.cause];
      return {
        cause: outcome.cause,
        phase: phaseOf[outcome.cause],
        tcpOk,
        address: phaseOf[outcome.cause] === 'dns' ? null : '198.51.100.10',
        latencyMs: tcpOk ? outcome.latencyMs : null,
        totalMs: outcome.latencyMs,
        ...(reason ? { reason } : {}),
      };
    },
    async port(port) {
      const state = pick(world.state().services, serviceByPort.get(port) ?? String(port), 'listening');
      return state === 'listening'
        ? { listening: true }
        : { listening: false, cause: state, reason: state === 'refused' ? 'ECONNREFUSED' : 'timeout' };
    },
  };
}
