import { defineFaults } from './define-faults';

/** Backups and the data they protect (checks `backup.*`, see docs/backup.md). */
export const backupFaults = defineFaults({
  'data.lost': { category: 'data', severity: 'critical', guide: 'data.lost' },
  'backup.stale': { category: 'data', severity: 'warning', guide: 'backup.stale' },
  'backup.failed': { category: 'data', severity: 'warning', guide: 'backup.failed' },
  'backup.partial': { category: 'data', severity: 'warning', guide: 'backup.partial' },
  'backup.destination-missing': { category: 'hardware', severity: 'warning', guide: 'backup.destination-missing' },
  'backup.destination-full': { category: 'hardware', severity: 'warning', guide: 'backup.destination-full' },
  'backup.verify-failed': { category: 'data', severity: 'critical', guide: 'backup.verify-failed' },
  'backup.drill-overdue': { category: 'data', severity: 'info', guide: 'backup.drill-overdue' },
  'backup.drill-failed': { category: 'data', severity: 'warning', guide: 'backup.drill-failed' },
});
