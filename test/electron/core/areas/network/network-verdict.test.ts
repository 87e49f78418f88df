import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  networkVerdict,
  webPorts,
  type EndpointInput,
  type Health,
  type NetworkLayers,
} from '../../../../../electron/core/areas/network/network-verdict';

const up = { health: 'up' as const };
const ep = (name: string, port: number, health: Health, cause?: string, tcpOk = false): EndpointInput => ({
  name,
  host: `${name}.example`,
  port,
  health,
  tcpOk,
  ...(cause ? { cause } : {}),
});
const layers = (over: Partial<NetworkLayers>): NetworkLayers => ({
  link: up,
  gateway: up,
  dns: up,
  endpoints: [],
  services: [],
  ...over,
});
const ids = (l: NetworkLayers): string[] => networkVerdict(l).faults.map((f) => f.id);

describe('the network verdict: where the fault lies', () => {
  it('is ok when every layer is up', () => {
    const v = networkVerdict(layers({ endpoints: [ep('etax', 443, 'up')] }));
    expect(v).toEqual({ scope: 'ok', status: 'ok', message: { key: 'network.verdict.ok' }, faults: [] });
  });

  it('blames this computer for no link, and nothing beyond it', () => {
    const v = networkVerdict(
      layers({
        link: { health: 'down', cause: 'no-interface' },
        gateway: { health: 'down', cause: 'no-answer' },
        dns: { health: 'down', cause: 'dns-error' },
        endpoints: [ep('etax', 443, 'down', 'timeout')],
      }),
    );
    expect(v.scope).toBe('this-computer');
    expect(v.faults).toEqual([
      { id: 'network.no-link', checkIds: ['network.link'], evidence: { reason: 'no-interface' } },
    ]);
    expect(networkVerdict(layers({ link: { health: 'down', cause: 'no-address' } })).message.key).toBe(
      'network.verdict.noAddress',
    );
  });

  it('blames the link to the router when the gateway does not answer, saying how it was asked', () => {
    const v = networkVerdict(
      layers({
        gateway: { health: 'down', cause: 'no-answer', address: '192.168.1.1', method: 'tcp' },
        endpoints: [ep('etax', 443, 'down', 'timeout')],
      }),
    );
    expect(ids(layers({ gateway: { health: 'down', cause: 'no-answer' } }))).toEqual(['network.no-gateway']);
    expect(v.message).toEqual({ key: 'network.verdict.noGateway', params: { address: '192.168.1.1', method: 'tcp' } });
    expect(v.faults.map((f) => f.id)).toEqual(['network.no-gateway']);
    expect(networkVerdict(layers({ gateway: { health: 'down', cause: 'no-route' } })).message.key).toBe(
      'network.verdict.noRoute',
    );
  });

  it('blames the local network or ISP for a dead DNS server', () => {
    const v = networkVerdict(
      layers({ dns: { health: 'down', cause: 'dns-error' }, endpoints: [ep('etax', 443, 'down', 'dns-error')] }),
    );
    expect(v.scope).toBe('local-network');
    expect(v.faults).toEqual([
      { id: 'network.dns', checkIds: ['network.dns', 'network.endpoint.etax'], evidence: { reason: 'resolver-dead' } },
    ]);
  });

  it('tells a name that does not exist from a dead resolver', () => {
    const v = networkVerdict(layers({ endpoints: [ep('fpdk', 443, 'down', 'nxdomain'), ep('etax', 443, 'up')] }));
    expect(v.faults).toEqual([
      {
        id: 'network.dns',
        checkIds: ['network.endpoint.fpdk'],
        evidence: { reason: 'nxdomain', names: 'fpdk.example' },
      },
    ]);
    expect(v.message.key).toBe('network.verdict.nxdomain');
  });

  it('blames the local network or ISP when the router answers but no outside host does', () => {
    const v = networkVerdict(
      layers({ endpoints: [ep('etax', 443, 'down', 'timeout'), ep('skfp', 7001, 'down', 'timeout')] }),
    );
    expect(v.scope).toBe('local-network');
    expect(v.faults.map((f) => f.id)).toEqual(['network.no-internet']);
  });

  it('blames a firewall when non-web ports fail while 443 works', () => {
    const v = networkVerdict(
      layers({
        endpoints: [ep('etax', 443, 'up'), ep('skfp', 7001, 'down', 'timeout'), ep('dppt', 8443, 'down', 'refused')],
      }),
    );
    expect(v.scope).toBe('firewall');
    expect(v.faults).toEqual([
      {
        id: 'network.port-blocked',
        checkIds: ['network.endpoint.skfp', 'network.endpoint.dppt'],
        evidence: { ports: '7001, 8443', endpoints: 'skfp, dppt' },
      },
    ]);
  });

  it('blames the one remote service that fails while others on non-web ports work', () => {
    const v = networkVerdict(
      layers({
        endpoints: [ep('etax', 443, 'up'), ep('skfp', 7001, 'up'), ep('fpsc', 8001, 'down', 'refused')],
      }),
    );
    expect(v.scope).toBe('remote-service');
    expect(v.faults.map((f) => [f.id, f.evidence])).toEqual([['network.service-down', { endpoints: 'fpsc' }]]);
  });

  it('blames the service, not the route, for HTTP errors and for a server that took the connection and hung', () => {
    const v = networkVerdict(
      layers({ endpoints: [ep('a', 7001, 'down', 'http-error', true), ep('b', 7002, 'down', 'timeout', true)] }),
    );
    expect(v.faults.map((f) => [f.id, f.evidence?.endpoints])).toEqual([['network.service-down', 'a, b']]);
  });

  it('says it cannot tell service from connection when the only endpoint fails', () => {
    const v = networkVerdict(layers({ endpoints: [ep('chinatax', 443, 'down', 'timeout')] }));
    expect(v.message.key).toBe('network.verdict.unreachableUnclear');
    expect(v.faults[0]?.evidence).toEqual({ endpoints: 'chinatax', unclear: true });
  });

  it('calls a TLS-only failure a warning, never an outage', () => {
    const v = networkVerdict(layers({ endpoints: [ep('dppt', 8443, 'degraded', 'tls-error', true)] }));
    expect(v).toMatchObject({ scope: 'tls-only', status: 'warning', faults: [] });
  });

  it('reports a local service down as a warning alongside whatever else it found', () => {
    const v = networkVerdict(
      layers({
        link: { health: 'down', cause: 'no-interface' },
        services: [{ name: 'ukey-helper', port: 28000, health: 'down' }],
      }),
    );
    expect(v.faults.map((f) => [f.id, f.checkIds])).toEqual([
      ['network.no-link', ['network.link']],
      ['network.local-service-down', ['network.service.ukey-helper']],
    ]);
    const alone = networkVerdict(layers({ services: [{ name: 'ukey-helper', port: 28000, health: 'down' }] }));
    expect(alone).toMatchObject({ status: 'warning', scope: 'this-computer' });
  });

  it('has nothing to say with nothing configured, and waits while nothing is checked yet', () => {
    expect(networkVerdict({ endpoints: [], services: [] }).scope).toBe('nothing-checked');
    expect(networkVerdict({ link: { health: 'unknown' }, endpoints: [], services: [] }).status).toBe('unknown');
  });
});

// Every combination the layers can be in, checked against the rules the verdict promises.
const health = fc.constantFrom<Health>('up', 'down', 'degraded', 'unknown');
// Only an endpoint can be degraded (TLS-only failure); the other layers work or they do not.
const layerHealth = fc.constantFrom<Health>('up', 'down', 'unknown');
const cause = fc.constantFrom('refused', 'timeout', 'nxdomain', 'dns-error', 'http-error', 'tls-error');
const endpointArb = fc.record({
  name: fc.stringMatching(/^[a-z]{1,6}$/),
  host: fc.constantFrom('a.example', 'b.example', 'c.example'),
  port: fc.constantFrom(443, 80, 7001, 8443, 9443),
  health,
  cause,
  tcpOk: fc.boolean(),
});
const layersArb = fc.record({
  link: fc.option(fc.record({ health: layerHealth, cause: fc.constantFrom('no-interface', 'no-address') }), {
    nil: undefined,
  }),
  gateway: fc.option(fc.record({ health: layerHealth, cause: fc.constantFrom('no-route', 'no-answer') }), {
    nil: undefined,
  }),
  dns: fc.option(fc.record({ health: layerHealth, cause: fc.constantFrom('dns-error', 'nxdomain') }), {
    nil: undefined,
  }),
  endpoints: fc.uniqueArray(endpointArb, { selector: (e) => e.name, maxLength: 6 }),
  services: fc.uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[a-z]{1,4}$/),
      port: fc.integer({ min: 1, max: 65535 }),
      health: layerHealth,
    }),
    { selector: (s) => s.name, maxLength: 3 },
  ),
});

describe('the verdict over every combination of layer states (property)', () => {
  it('raises each fault at most once, only on checks that exist, and is never ok with a fault', () => {
    fc.assert(
      fc.property(layersArb, (l) => {
        const v = networkVerdict(l);
        const faultIds = v.faults.map((f) => f.id);
        expect(new Set(faultIds).size).toBe(faultIds.length);
        const existing = new Set([
          ...(l.link ? ['network.link'] : []),
          ...(l.gateway ? ['network.gateway'] : []),
          ...(l.dns ? ['network.dns'] : []),
          ...l.endpoints.map((e) => `network.endpoint.${e.name}`),
          ...l.services.map((s) => `network.service.${s.name}`),
        ]);
        for (const f of v.faults) for (const id of f.checkIds) expect(existing.has(id)).toBe(true);
        if (v.faults.length) expect(v.status === 'fault' || v.status === 'warning').toBe(true);
        else expect(v.status).not.toBe('fault');
      }),
      { numRuns: 1000 },
    );
  });

  it('blames the most basic broken layer alone: no link hides gateway, DNS and remote faults', () => {
    fc.assert(
      fc.property(layersArb, (l) => {
        const remote = ['network.dns', 'network.no-internet', 'network.port-blocked', 'network.service-down'];
        const v = networkVerdict(l);
        if (l.link?.health === 'down') {
          expect(v.faults.map((f) => f.id).filter((id) => id !== 'network.local-service-down')).toEqual([
            'network.no-link',
          ]);
        } else if (l.gateway?.health === 'down') {
          expect(v.faults.some((f) => remote.includes(f.id))).toBe(false);
          expect(v.faults[0]?.id).toBe('network.no-gateway');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is all clear exactly when nothing is down or degraded (and something was checked)', () => {
    fc.assert(
      fc.property(layersArb, (l) => {
        const all = [l.link, l.gateway, l.dns, ...l.endpoints, ...l.services].filter((x) => x !== undefined);
        const v = networkVerdict(l);
        const anyBad = all.some((x) => x.health === 'down' || x.health === 'degraded');
        if (!anyBad && all.some((x) => x.health === 'up')) expect(v.scope).toBe('ok');
        if (anyBad) expect(v.scope).not.toBe('ok');
      }),
      { numRuns: 1000 },
    );
  });

  it('only blames a firewall when a web port works and names only non-web ports that failed', () => {
    fc.assert(
      fc.property(layersArb, (l) => {
        const blocked = networkVerdict(l).faults.find((f) => f.id === 'network.port-blocked');
        if (!blocked) return;
        expect(l.endpoints.some((e) => webPorts.has(e.port) && (e.health === 'up' || e.health === 'degraded'))).toBe(
          true,
        );
        for (const id of blocked.checkIds) {
          const e = l.endpoints.find((x) => `network.endpoint.${x.name}` === id);
          expect(e?.health).toBe('down');
          expect(webPorts.has(e?.port ?? 0)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never blames a remote service for an endpoint that is up, and gives the same faults in any order', () => {
    fc.assert(
      fc.property(layersArb, (l) => {
        const v = networkVerdict(l);
        const down = v.faults.find((f) => f.id === 'network.service-down');
        for (const id of down?.checkIds ?? []) {
          expect(l.endpoints.find((x) => `network.endpoint.${x.name}` === id)?.health).toBe('down');
        }
        const reversed = networkVerdict({ ...l, endpoints: [...l.endpoints].reverse() });
        expect(reversed.faults.map((f) => f.id).sort()).toEqual(v.faults.map((f) => f.id).sort());
        expect(reversed.scope).toBe(v.scope);
      }),
      { numRuns: 1000 },
    );
  });
});
