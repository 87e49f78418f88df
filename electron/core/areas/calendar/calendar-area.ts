import type { FilingRecord } from '../../../../shared/guides/flow-schema';
import type { AreaFactory } from '../../probe';
import type { TaxDeviceMemory } from '../define-area';
import { invoicingState } from '../../invoicing-mode';
import { calendarFilingProbe, filingNotReportedRule } from './calendar-probe';

/**
 * The filing calendar (抄报/清卡): the `calendar.filing` check from the policy calendar and the
 * user's own filing records, which the guided flow keeps. On a fully digital PC only the monthly
 * VAT deadline remains.
 */
export function calendarArea(options: {
  records: () => Readonly<Record<string, FilingRecord>>;
  now?: () => number;
  taxDevice?: Pick<TaxDeviceMemory, 'seenAt'>;
}): AreaFactory {
  return ({ policy }) => ({
    probes: [
      calendarFilingProbe(
        policy.calendar,
        options.records,
        options.now ?? Date.now,
        undefined,
        () => invoicingState(policy, options.taxDevice).mode,
      ),
    ],
    rules: [filingNotReportedRule],
  });
}
