import { defineGuides } from './define-guide';

/**
 * Guides for lost data and for backups: restore from a backup first, then recovery tools, then the
 * vendor; a backup that is old, failed, partial, unverified or never restored is fixed before it
 * is needed.
 */
export const dataGuides = defineGuides({
  'data.lost': {
    steps: [
      { warn: true },
      { warn: true, check: { checkIds: ['backup.sources'], worked: { status: ['ok'] } } },
      { warn: true },
      {},
    ],
  },
  'backup.stale': {
    steps: [{ check: { checkIds: ['backup.freshness'], worked: { status: ['ok'] } } }, {}, {}],
  },
  'backup.failed': {
    steps: [{}, { check: { checkIds: ['backup.last-run'], worked: { status: ['ok'] } } }, {}],
  },
  'backup.partial': {
    steps: [{ warn: true }, { check: { checkIds: ['backup.last-run'], worked: { status: ['ok'] } } }, {}],
  },
  'backup.destination-missing': {
    steps: [{ check: { checkIds: ['backup.destination'], worked: { faultCleared: true } } }, {}],
  },
  'backup.destination-full': {
    steps: [{ warn: true, check: { checkIds: ['backup.destination'], worked: { faultCleared: true } } }, {}],
  },
  'backup.verify-failed': {
    steps: [
      { warn: true },
      { check: { checkIds: ['backup.last-run'], worked: { status: ['ok'] } } },
      { check: { checkIds: ['backup.verification'], worked: { status: ['ok'] } } },
    ],
  },
  'backup.drill-overdue': {
    steps: [{ check: { checkIds: ['backup.drill'], worked: { status: ['ok'] } } }, {}],
  },
  'backup.drill-failed': {
    steps: [{}, { check: { checkIds: ['backup.drill'], worked: { status: ['ok'] } } }, {}],
  },
});
