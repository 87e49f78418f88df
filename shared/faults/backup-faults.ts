import { defineFaults } from './define-faults';

/**
 * Backups and the data they protect (checks `backup.*`, see docs/backup.md). Only lost data is
 * critical: a backup problem puts the data at risk but blocks no invoice (readiness reads
 * "critical" as "cannot invoice today").
 */
export const backupFaults = defineFaults({
  'data.lost': { category: 'data', severity: 'critical', guide: 'data.lost' },
  'backup.stale': { category: 'data', severity: 'warning', guide: 'backup.stale' },
  'backup.failed': { category: 'data', severity: 'warning', guide: 'backup.failed' },
  'backup.partial': { category: 'data', severity: 'warning', guide: 'backup.partial' },
  'backup.destination-missing': { category: 'hardware', severity: 'warning', guide: 'backup.destination-missing' },
  'backup.destination-full': { category: 'hardware', severity: 'warning', guide: 'backup.destination-full' },
  'backup.verify-failed': { category: 'data', severity: 'warning', guide: 'backup.verify-failed' },
  'backup.drill-overdue': { category: 'data', severity: 'info', guide: 'backup.drill-overdue' },
  'backup.drill-failed': { category: 'data', severity: 'warning', guide: 'backup.drill-failed' },
});
