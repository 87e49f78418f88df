import { defineFaults } from './define-faults';

/** The invoice printer's queue (check `printer.queue`). */
export const printerFaults = defineFaults({
  'printer.offline': { category: 'hardware', severity: 'critical', guide: 'printer.offline' },
  'printer.paused': { category: 'software', severity: 'critical', guide: 'printer.paused' },
  'printer.jobs-stuck': { category: 'software', severity: 'warning', guide: 'printer.jobs-stuck' },
  'printer.not-found': { category: 'software', severity: 'critical', guide: 'printer.not-found' },
  'printer.no-default': { category: 'software', severity: 'warning', guide: 'printer.no-default' },
});
