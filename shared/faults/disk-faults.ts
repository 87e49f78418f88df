import { defineFaults } from './define-faults';

export const diskFaults = defineFaults({
  'disk.low-space': { category: 'hardware', severity: 'warning', guide: 'disk.low-space' },
  'disk.failing': { category: 'hardware', severity: 'critical', guide: 'disk.failing' },
});
