import { defineFaults } from './define-faults';

/** The invoicing software and its local helper (checks `software.processes`, `software.helper`). */
export const softwareFaults = defineFaults({
  'software.not-running': { category: 'software', severity: 'warning', guide: 'software.not-running' },
  'software.outdated': { category: 'software', severity: 'warning', guide: 'software.outdated' },
});
