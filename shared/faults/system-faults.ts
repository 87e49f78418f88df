import { defineFaults } from './define-faults';

/** System health and security (checks `system.os`, `system.crashes`, `security.status`). */
export const systemFaults = defineFaults({
  'system.recent-crash': { category: 'software', severity: 'warning', guide: 'system.recent-crash' },
  'system.reboot-pending': { category: 'software', severity: 'info', guide: 'system.reboot-pending' },
  'security.av-off': { category: 'software', severity: 'warning', guide: 'security.av-off' },
  'security.firewall-off': { category: 'software', severity: 'warning', guide: 'security.firewall-off' },
});
