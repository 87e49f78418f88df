import { defineFaults } from './define-faults';

/** Available memory and pressure (check `memory.available`). */
export const memoryFaults = defineFaults({
  'memory.low': { category: 'software', severity: 'warning', guide: 'memory.low' },
});
