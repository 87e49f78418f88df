import { defineGuides } from './define-guide';

const queueOk = { checkIds: ['printer.queue'], worked: { status: ['ok'] } } as const;

/** Guides for the invoice printer's queue (issue 5) and for crashes while printing. */
export const printerGuides = defineGuides({
  'printer.offline': { steps: [{ check: queueOk }, { check: queueOk }, { check: queueOk }] },
  'printer.paused': { steps: [{ warn: true }, { check: queueOk }] },
  'printer.jobs-stuck': { steps: [{}, { check: queueOk }, { warn: true, check: queueOk }, { check: queueOk }] },
  'printer.not-found': { steps: [{ check: queueOk }, { check: queueOk }, {}] },
  'printer.no-default': { steps: [{ check: queueOk }, {}] },
  /** Blue screen when printing: the seed article's answer is the printer driver, or the model. */
  'printer.driver-crash': { steps: [{ warn: true }, {}, {}, {}] },
});
