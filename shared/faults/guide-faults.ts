import { defineFaults } from './define-faults';

/**
 * Faults no hardware probe can see: they are raised by an error code the invoicing software showed
 * (see shared/codes/error-codes.ts), by the filing calendar, or opened by the user from a guide.
 */
export const guideFaults = defineFaults({
  'tax-device.cert-password': { category: 'hardware', severity: 'critical', guide: 'tax-device.cert-password' },
  'tax-device.clock': { category: 'hardware', severity: 'critical', guide: 'tax-device.clock' },
  'tax-device.offline-limit': { category: 'data', severity: 'critical', guide: 'tax-device.offline-limit' },
  'filing.not-reported': { category: 'data', severity: 'warning', guide: 'filing.not-reported' },
  'printer.driver-crash': { category: 'software', severity: 'critical', guide: 'printer.driver-crash' },
  'software.patch-conflict': { category: 'software', severity: 'warning', guide: 'software.patch-conflict' },
});
