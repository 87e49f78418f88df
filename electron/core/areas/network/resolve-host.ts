import { Resolver } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** What a name lookup came to: an address, a name that does not exist, or a resolver that failed. */
export type LookupResult =
  { ok: true; address: string; addresses: string[] } | { ok: false; cause: 'nxdomain' | 'dns-error'; reason: string };

/** Resolves an endpoint's host; IP literals come back unchanged, without a packet. */
export type HostResolver = (host: string, signal: AbortSignal) => Promise<LookupResult>;

// c-ares codes that mean "the name has no address" rather than "the resolver did not answer".
const noSuchName = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME']);

/**
 * Asks DNS servers directly (c-ares, what `node:dns` Resolver uses): `servers` empty = the system's
 * configured servers. One try under `timeoutMs`, cancelled when `signal` aborts.
 */
export async function resolveWithServers(
  name: string,
  servers: readonly string[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<LookupResult> {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (servers.length) resolver.setServers([...servers]);
  const cancel = (): void => resolver.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const v4 = await resolveFamily(resolver, name, 4);
    if (v4.ok) return v4;
    // Only a name that has no A record is worth an AAAA question; a dead resolver stays dead.
    if (v4.cause !== 'nxdomain') return v4;
    const v6 = await resolveFamily(resolver, name, 6);
    return v6.ok ? v6 : v4;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

function resolveFamily(resolver: Resolver, name: string, family: 4 | 6): Promise<LookupResult> {
  return new Promise((resolve) => {
    const done = (error: NodeJS.ErrnoException | null, addresses: string[]): void => {
      if (!error && addresses.length) resolve({ ok: true, address: addresses[0] as string, addresses });
      else resolve(failure(error?.code ?? 'ENODATA'));
    };
    if (family === 4) resolver.resolve4(name, done);
    else resolver.resolve6(name, done);
  });
}

/** Classifies a resolver or getaddrinfo error code. */
export function failure(code: string): LookupResult {
  return { ok: false, cause: noSuchName.has(code) ? 'nxdomain' : 'dns-error', reason: code };
}

/**
 * The resolver endpoint checks use: the policy's DNS servers when set, else the system lookup
 * (getaddrinfo, like the invoicing client itself, hosts file included), bounded by `timeoutMs`.
 */
export function createHostResolver(servers: readonly string[], timeoutMs: number): HostResolver {
  return async (host, signal) => {
    if (isIP(host)) return { ok: true, address: host, addresses: [host] };
    if (servers.length) return resolveWithServers(host, servers, timeoutMs, signal);
    // getaddrinfo cannot be cancelled: race it against the deadline and let it finish unseen.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<LookupResult>((resolve) => {
      timer = setTimeout(() => resolve(failure('ETIMEOUT')), timeoutMs);
      signal.addEventListener('abort', () => resolve(failure('ECANCELLED')), { once: true });
    });
    const answer = lookup(host, { all: true }).then(
      (list): LookupResult =>
        list.length
          ? { ok: true, address: (list[0] as { address: string }).address, addresses: list.map((a) => a.address) }
          : failure('ENODATA'),
      (error: NodeJS.ErrnoException) => failure(error.code ?? 'EUNKNOWN'),
    );
    try {
      return await Promise.race([answer, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}
