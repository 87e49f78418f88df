import type { CheckStatus, Message } from '../../../../shared/model/reading';
import type { RaisedFault } from '../../probe';
import type { LocalName } from '../../../../shared/devices/device-types';

/** A layer's damped state: `degraded` = works with a reservation (TLS-only failure). */
export type Health = 'up' | 'down' | 'degraded' | 'unknown';

export interface LayerInput {
  health: Health;
  /** Why it is down: link `no-interface`/`no-address`, gateway `no-route`/`no-answer`, DNS `dns-error`/`nxdomain`. */
  cause?: string;
  address?: string;
  method?: string;
}

export interface EndpointInput {
  name: string;
  /** How people see it (policy label, built-in name, or its host). */
  label?: LocalName;
  host: string;
  port: number;
  health: Health;
  /** The cause that put it down (refused, timeout, nxdomain, dns-error, http-error, tls-error). */
  cause?: string;
  /** A TCP connection opened: a later timeout is the service hanging, not the route. */
  tcpOk: boolean;
}

export interface ServiceInput {
  name: string;
  label?: LocalName;
  port: number;
  health: Health;
}

/** Every network layer's latest damped result; absent layers are switched off in the policy. */
export interface NetworkLayers {
  link?: LayerInput;
  gateway?: LayerInput;
  dns?: LayerInput & { names?: string };
  endpoints: EndpointInput[];
  services: ServiceInput[];
}

/** Where the trouble lies, in the words users ask: this computer, the local network/ISP, a firewall, them. */
export const verdictScopes = [
  'ok',
  'nothing-checked',
  'unknown',
  'this-computer',
  'local-network',
  'firewall',
  'remote-service',
  'tls-only',
] as const;
export type VerdictScope = (typeof verdictScopes)[number];

export interface NetworkVerdict {
  scope: VerdictScope;
  status: CheckStatus;
  /** One sentence for the CLI and dashboard: the most basic fault found. */
  message: Message;
  faults: RaisedFault[];
}

/** Ports every office firewall lets out; a block on the others with these working means a firewall. */
export const webPorts: ReadonlySet<number> = new Set([80, 443]);

const endpointId = (e: { name: string }): string => `network.endpoint.${e.name}`;
const serviceId = (s: { name: string }): string => `network.service.${s.name}`;
const names = (list: readonly { name: string }[]): string => list.map((e) => e.name).join(', ');
/** The targets by display name, once per language (a message's parameters are language-neutral). */
const labelled = (list: readonly { name: string; label?: LocalName }[]): { namesZh: string; namesEn: string } => ({
  namesZh: list.map((e) => e.label?.zh ?? e.name).join('、'),
  namesEn: list.map((e) => e.label?.en ?? e.name).join(', '),
});
const ports = (list: readonly { port: number }[]): string => [...new Set(list.map((e) => e.port))].join(', ');

/**
 * Pure: judges all layers together. The most basic broken layer explains the ones above it
 * (no link → no point blaming the tax platform), so each finding is raised once, at its root.
 */
export function networkVerdict(layers: NetworkLayers): NetworkVerdict {
  const found: { scope: VerdictScope; message: Message; fault: RaisedFault }[] = [];
  const { link, gateway, dns, endpoints, services } = layers;

  if (link?.health === 'down') {
    found.push({
      scope: 'this-computer',
      message: { key: link.cause === 'no-address' ? 'network.verdict.noAddress' : 'network.verdict.noLink' },
      fault: { id: 'network.no-link', checkIds: ['network.link'], evidence: { reason: link.cause ?? 'no-interface' } },
    });
  } else if (gateway?.health === 'down') {
    const noRoute = gateway.cause === 'no-route';
    found.push({
      scope: 'this-computer',
      message: noRoute
        ? { key: 'network.verdict.noRoute' }
        : {
            key: 'network.verdict.noGateway',
            params: { address: gateway.address ?? '', method: gateway.method ?? 'ping' },
          },
      fault: {
        id: 'network.no-gateway',
        checkIds: ['network.gateway'],
        evidence: { reason: gateway.cause ?? 'no-answer', address: gateway.address ?? '' },
      },
    });
  } else {
    found.push(...remoteFindings(dns, endpoints));
  }

  const servicesDown = services.filter((s) => s.health === 'down');
  if (servicesDown.length) {
    found.push({
      scope: 'this-computer',
      message: {
        key: 'network.verdict.localServiceDown',
        params: { ...labelled(servicesDown), ports: ports(servicesDown) },
      },
      fault: {
        id: 'network.local-service-down',
        checkIds: servicesDown.map(serviceId),
        evidence: { services: names(servicesDown), ports: ports(servicesDown) },
      },
    });
  }

  const first = found[0];
  if (first) {
    const critical = found.some((f) => f.fault.id !== 'network.local-service-down');
    return {
      scope: first.scope,
      status: critical ? 'fault' : 'warning',
      message: first.message,
      faults: found.map((f) => f.fault),
    };
  }
  const tlsOnly = endpoints.filter((e) => e.health === 'degraded');
  if (tlsOnly.length) {
    return {
      scope: 'tls-only',
      status: 'warning',
      message: { key: 'network.verdict.tlsOnly', params: labelled(tlsOnly) },
      faults: [],
    };
  }
  const all: { health: Health }[] = [
    ...[link, gateway, dns].filter((l): l is LayerInput => l !== undefined),
    ...endpoints,
    ...services,
  ];
  if (!all.length)
    return { scope: 'nothing-checked', status: 'ok', message: { key: 'network.verdict.nothing' }, faults: [] };
  if (all.every((l) => l.health === 'unknown'))
    return { scope: 'unknown', status: 'unknown', message: { key: 'network.verdict.unknown' }, faults: [] };
  return { scope: 'ok', status: 'ok', message: { key: 'network.verdict.ok' }, faults: [] };
}

type Finding = { scope: VerdictScope; message: Message; fault: RaisedFault };

/** Beyond the gateway: DNS, then the endpoints compared with each other. */
function remoteFindings(dns: NetworkLayers['dns'], endpoints: readonly EndpointInput[]): Finding[] {
  const found: Finding[] = [];
  const down = endpoints.filter((e) => e.health === 'down');
  const reachable = endpoints.filter((e) => e.health === 'up' || e.health === 'degraded');
  const dnsChecks = dns ? ['network.dns'] : [];

  const resolverDead = down.filter((e) => e.cause === 'dns-error');
  const noSuchName = down.filter((e) => e.cause === 'nxdomain');
  if ((dns?.health === 'down' && dns.cause !== 'nxdomain') || resolverDead.length) {
    found.push({
      scope: 'local-network',
      message: { key: 'network.verdict.dnsDead' },
      fault: {
        id: 'network.dns',
        checkIds: [...dnsChecks, ...resolverDead.map(endpointId)],
        evidence: { reason: 'resolver-dead' },
      },
    });
  } else if (dns?.health === 'down' || noSuchName.length) {
    const missing = [dns?.health === 'down' ? (dns.names ?? '') : '', ...noSuchName.map((e) => e.host)].filter(Boolean);
    found.push({
      scope: 'remote-service',
      message: { key: 'network.verdict.nxdomain', params: { names: [...new Set(missing)].join(', ') } },
      fault: {
        id: 'network.dns',
        checkIds: [...(dns?.health === 'down' ? dnsChecks : []), ...noSuchName.map(endpointId)],
        evidence: { reason: 'nxdomain', names: [...new Set(missing)].join(', ') },
      },
    });
  }

  // Refused or silent before any TCP connection opened: the route (or a firewall) is the question.
  const routeFailed = down.filter((e) => (e.cause === 'refused' || e.cause === 'timeout') && !e.tcpOk);
  // Connected, then the service failed (HTTP error, hung, TLS reset): that is them.
  const serviceFailed = down.filter(
    (e) => !routeFailed.includes(e) && e.cause !== 'dns-error' && e.cause !== 'nxdomain',
  );
  const serviceDown: EndpointInput[] = [...serviceFailed];
  let singleUnclear = false;

  if (routeFailed.length) {
    const hosts = new Set(routeFailed.map((e) => e.host));
    if (!reachable.length && !serviceFailed.length && hosts.size >= 2) {
      found.push({
        scope: 'local-network',
        message: { key: 'network.verdict.noInternet', params: labelled(routeFailed) },
        fault: {
          id: 'network.no-internet',
          checkIds: routeFailed.map(endpointId),
          evidence: { endpoints: names(routeFailed) },
        },
      });
    } else if (!reachable.length && !serviceFailed.length) {
      singleUnclear = true;
      serviceDown.push(...routeFailed);
    } else {
      const webUp = reachable.some((e) => webPorts.has(e.port));
      const otherUp = reachable.some((e) => !webPorts.has(e.port));
      const blocked = routeFailed.filter((e) => !webPorts.has(e.port));
      if (blocked.length && webUp && !otherUp) {
        found.push({
          scope: 'firewall',
          message: { key: 'network.verdict.portBlocked', params: { ports: ports(blocked), ...labelled(blocked) } },
          fault: {
            id: 'network.port-blocked',
            checkIds: blocked.map(endpointId),
            evidence: { ports: ports(blocked), endpoints: names(blocked) },
          },
        });
        serviceDown.push(...routeFailed.filter((e) => webPorts.has(e.port)));
      } else serviceDown.push(...routeFailed);
    }
  }

  if (serviceDown.length) {
    serviceDown.sort((a, b) => a.name.localeCompare(b.name));
    found.push({
      scope: 'remote-service',
      message: {
        key: singleUnclear ? 'network.verdict.unreachableUnclear' : 'network.verdict.serviceDown',
        params: labelled(serviceDown),
      },
      fault: {
        id: 'network.service-down',
        checkIds: serviceDown.map(endpointId),
        evidence: { endpoints: names(serviceDown), ...(singleUnclear ? { unclear: true } : {}) },
      },
    });
  }
  return found;
}
