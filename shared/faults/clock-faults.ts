import { defineFaults } from './define-faults';

/** The PC clock (checks `clock.offset`, `clock.timezone`); the tax device's own clock is `tax-device.clock`. */
export const clockFaults = defineFaults({
  'clock.offset': { category: 'software', severity: 'warning', guide: 'clock.offset' },
  'clock.timezone': { category: 'software', severity: 'warning', guide: 'clock.timezone' },
});
