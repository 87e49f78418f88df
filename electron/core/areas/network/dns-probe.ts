import type { NetworkPolicy } from '../../../../shared/policy/network-policy';
import type { RawOutcome } from './damped-probe';
import { resolveWithServers } from './resolve-host';

/**
 * `network.dns`: every configured name resolves, asked of the policy's servers (or the system's).
 * A resolver that does not answer (timeout, refused, SERVFAIL) is told apart from a name that
 * does not exist (NXDOMAIN): the first is the network, the second the name.
 */
export function dnsAttempt(
  dns: NetworkPolicy['dns'],
  resolve: typeof resolveWithServers = resolveWithServers,
): (signal: AbortSignal) => Promise<RawOutcome> {
  return async (signal): Promise<RawOutcome> => {
    const results = await Promise.all(
      dns.names.map(async (name) => ({
        name,
        result: await resolve(name, dns.servers, dns.timeoutMs, signal),
      })),
    );
    const perName = results.map(({ name, result }) =>
      result.ok
        ? { name, result: 'ok', addresses: result.addresses }
        : { name, result: result.cause, reason: result.reason },
    );
    const server = dns.servers.length ? dns.servers.join(', ') : 'system';
    // The system's own resolvers have no name of their own: their summaries say so in words.
    const viaSystem = dns.servers.length === 0;
    const dead = perName.filter((n) => n.result === 'dns-error');
    const missing = perName.filter((n) => n.result === 'nxdomain');
    const failedNames = [...dead, ...missing].map((n) => n.name).join(', ');
    const details = { server, names: perName, failedNames };
    if (dead.length) {
      const reason = dead.map((n) => n.reason).join(', ');
      return {
        status: 'fault',
        cause: 'dns-error',
        summary: {
          key: viaSystem ? 'check.network.dns.deadSystem' : 'check.network.dns.dead',
          params: { server, names: failedNames },
        },
        details: { ...details, reason },
      };
    }
    if (missing.length) {
      return {
        status: 'fault',
        cause: 'nxdomain',
        summary: { key: 'check.network.dns.nxdomain', params: { names: failedNames } },
        details,
      };
    }
    return {
      status: 'ok',
      summary: {
        key: viaSystem ? 'check.network.dns.okSystem' : 'check.network.dns.ok',
        params: { count: perName.length, server },
      },
      details,
    };
  };
}
