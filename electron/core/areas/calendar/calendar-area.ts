import type { FilingRecord } from '../../../../shared/guides/flow-schema';
import type { AreaFactory } from '../../probe';
import { calendarFilingProbe, filingNotReportedRule } from './calendar-probe';

/**
 * The filing calendar (抄报/清卡): the `calendar.filing` check from the policy calendar and the
 * user's own filing records, which the guided flow keeps.
 */
export function calendarArea(options: {
  records: () => Readonly<Record<string, FilingRecord>>;
  now?: () => number;
}): AreaFactory {
  return ({ policy }) => ({
    probes: [calendarFilingProbe(policy.calendar, options.records, options.now ?? Date.now)],
    rules: [filingNotReportedRule],
  });
}
