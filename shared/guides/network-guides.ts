import { defineGuides, faultChecks } from './define-guide';

const cleared = { checkIds: [faultChecks], worked: { faultCleared: true } } as const;
const linkOk = { checkIds: ['network.link'], worked: { status: ['ok'] } } as const;
const gatewayOk = { checkIds: ['network.gateway'], worked: { status: ['ok'] } } as const;
const dnsOk = { checkIds: ['network.dns'], worked: { status: ['ok'] } } as const;

/**
 * Guides for the network faults (issue 4), in the order the experts give: this computer's link,
 * then the router, then a ping to the server, then firewall ports, then the provider.
 */
export const networkGuides = defineGuides({
  'network.no-link': { steps: [{ check: linkOk }, {}, { warn: true, check: linkOk }] },
  'network.no-gateway': { steps: [{ check: linkOk }, { check: gatewayOk }, { warn: true, check: gatewayOk }] },
  /** Gateway answers, nothing outside does: router, then a ping to the official site, then the provider. */
  'network.no-internet': { steps: [{}, { warn: true, check: cleared }, { check: cleared }] },
  'network.dns': { steps: [{ check: dnsOk }, { check: dnsOk }, {}] },
  'network.port-blocked': { steps: [{}, { warn: true, check: cleared }, { check: cleared }] },
  'network.service-down': { steps: [{}, { check: cleared }, {}] },
  'network.local-service-down': { steps: [{ check: cleared }, { check: cleared }, { warn: true, check: cleared }] },
});
