import { defineFaults } from './define-faults';

/** Network faults, each raised once at its root by the network verdict (guide id = fault id). */
export const networkFaults = defineFaults({
  'network.no-link': { category: 'network', severity: 'critical', guide: 'network.no-link' },
  'network.no-gateway': { category: 'network', severity: 'critical', guide: 'network.no-gateway' },
  'network.dns': { category: 'network', severity: 'critical', guide: 'network.dns' },
  'network.no-internet': { category: 'network', severity: 'critical', guide: 'network.no-internet' },
  'network.port-blocked': { category: 'network', severity: 'critical', guide: 'network.port-blocked' },
  'network.service-down': { category: 'network', severity: 'critical', guide: 'network.service-down' },
  'network.local-service-down': { category: 'network', severity: 'warning', guide: 'network.local-service-down' },
});
