import { defineGuides } from './define-guide';

/** Guides for lost data and stale backups: restore from backup first, then recovery tools, then the vendor. */
export const dataGuides = defineGuides({
  'data.lost': { steps: [{ warn: true }, {}, { warn: true }, {}] },
  'backup.stale': { steps: [{}, {}, {}] },
});
