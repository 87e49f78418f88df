import type { CalendarPolicy } from '../../../../shared/policy/calendar-policy';
import type { FilingRecord } from '../../../../shared/guides/flow-schema';
import { filingCalendar } from '../../../../shared/readiness/filing-calendar';
import { filingCheckId } from '../../../../shared/readiness/readiness';
import type { DiagnosisRule, Probe, ProbeOutcome } from '../../probe';
import type { InvoicingMode } from '../../../../shared/model/invoicing';

/**
 * `calendar.filing`: where this month stands in the 抄报/清卡 cycle, from the policy calendar and the
 * user's records (marked in the filing guide). ok when done or not required; otherwise a warning
 * (the fault it raises turns critical once the deadline has passed).
 */
export function calendarFilingProbe(
  policy: CalendarPolicy,
  records: () => Readonly<Record<string, FilingRecord>>,
  now: () => number,
  intervalMs = 15 * 60_000,
  /** How the PC invoices now: a fully digital PC has no 抄报/清卡, only the monthly VAT deadline. */
  mode: () => InvoicingMode = () => 'tax-device',
): Probe {
  return {
    id: filingCheckId,
    area: 'calendar',
    intervalMs,
    timeoutMs: 5_000,
    async run(): Promise<ProbeOutcome> {
      const digital = mode() === 'digital';
      const calendar = digital ? { ...policy, filingRequired: false } : policy;
      const filing = filingCalendar(calendar, now(), records());
      const params = { deadline: filing.deadline, days: Math.max(0, filing.daysLeft), start: filing.periodStart };
      const details = { ...filing, mode: digital ? 'digital' : 'tax-device' };
      // Fully digital: nothing to 抄报/清卡; the VAT return deadline is a reminder in readiness, not a warning.
      if (digital && policy.filingRequired)
        return { status: 'ok', summary: { key: 'check.calendar.filing.digital', params }, details };
      switch (filing.status) {
        case 'not-required':
          return { status: 'ok', summary: { key: 'check.calendar.filing.notRequired' }, details };
        case 'done':
          return { status: 'ok', summary: { key: 'check.calendar.filing.done', params }, details };
        case 'overdue':
          // Only a warning: the records are the user's marks, not the device's state, so this
          // check alone must not fail a fleet's monitoring. The fault it raises is critical.
          return { status: 'warning', summary: { key: 'check.calendar.filing.overdue', params }, details };
        case 'upcoming':
          return { status: 'warning', summary: { key: 'check.calendar.filing.upcoming', params }, details };
        default:
          return {
            status: 'warning',
            summary: { key: filing.reported ? 'check.calendar.filing.clearNext' : 'check.calendar.filing.due', params },
            details,
          };
      }
    },
  };
}

/** `filing.not-reported`: this month's 抄报/清卡 not recorded; critical once the deadline has passed. */
export const filingNotReportedRule: DiagnosisRule = {
  id: 'filing.not-reported',
  evaluate(readings) {
    const reading = readings.get(filingCheckId);
    if (!reading || (reading.status !== 'warning' && reading.status !== 'fault')) return [];
    const { deadline, reported, cleared, status } = reading.details as {
      deadline?: string;
      reported?: boolean;
      cleared?: boolean;
      status?: string;
    };
    const overdue = status === 'overdue' || reading.status === 'fault';
    return [
      {
        id: 'filing.not-reported',
        checkIds: [reading.id],
        severity: overdue ? 'critical' : 'warning',
        evidence: { deadline: deadline ?? '', reported: reported === true, cleared: cleared === true },
      },
    ];
  },
};
