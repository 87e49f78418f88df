import { defineGuides } from './define-guide';

const filingOk = { checkIds: ['calendar.filing'], worked: { status: ['ok'] } } as const;

/**
 * Guides for what the tax device itself reports through the invoicing software's error codes
 * (certificate password, device clock, offline limits) and for the monthly 抄报/清卡 cycle.
 */
export const deviceGuides = defineGuides({
  'tax-device.cert-password': { steps: [{ warn: true }, {}, {}, {}] },
  'tax-device.clock': { steps: [{}, {}, { warn: true }] },
  'tax-device.offline-limit': {
    steps: [{ check: { checkIds: ['network.link'], worked: { status: ['ok'] } } }, { warn: true }, {}, {}],
  },
  'filing.not-reported': {
    steps: [{}, { warn: true, records: 'reported' }, { warn: true, records: 'cleared' }, { check: filingOk }, {}],
  },
});
