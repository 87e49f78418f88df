import { z } from 'zod';
import { checkStatusSchema, messageSchema, type Message } from '../model/reading';
import { severitySchema } from '../model/fault';
import { composeSnapshot, type Snapshot } from '../model/snapshot';
import type { CalendarPolicy } from '../policy/calendar-policy';
import type { FilingRecord } from '../guides/flow-schema';
import { labelSchema } from '../policy/target-labels';
import { isNotNeeded } from '../model/not-needed';
import { filingCalendar, filingCalendarSchema, type FilingCalendar } from './filing-calendar';

/** The check the calendar contributes; it is not a hardware check, so readiness lists it apart. */
export const filingCheckId = 'calendar.filing';

export const readinessSchema = z
  .object({
    /** The snapshot's verdict in readiness words: yes, at-risk (attention), no. */
    canInvoice: z.enum(['yes', 'at-risk', 'no']),
    /** Will this month's 抄报/清卡 be done by the deadline? */
    deadline: z.enum(['not-required', 'done', 'on-track', 'at-risk', 'missed']),
    filing: filingCalendarSchema,
    /** Every check invoicing depends on, worst first. */
    checks: z.array(
      z
        .object({
          id: z.string(),
          status: checkStatusSchema,
          summary: messageSchema,
          /** Left out on purpose (for example no time server named): counts as nothing. */
          notChecked: z.literal(true).optional(),
          /** A device this PC does not need (shared/model/not-needed.ts): shown grey, "不需要". */
          notNeeded: z.literal(true).optional(),
          /** The target's display name, for the checks of policy-named endpoints and services. */
          details: z.object({ label: labelSchema }).strict().optional(),
        })
        .strict(),
    ),
    /** Open faults, most severe first, each with its guide. */
    faults: z.array(z.object({ id: z.string(), severity: severitySchema, guide: z.string() }).strict()),
    reminders: z.array(messageSchema),
    simulated: z.boolean(),
    computedAt: z.string(),
  })
  .strict();
export type Readiness = z.infer<typeof readinessSchema>;

const statusRank = { fault: 0, warning: 1, unknown: 2, ok: 3 } as const;
/** Worst first; the grey rows after the fine ones: devices not needed, then checks not made. */
const listRank = (c: { status: keyof typeof statusRank; notChecked?: true; notNeeded?: true }): number =>
  c.notChecked ? 5 : c.notNeeded ? 4 : statusRank[c.status];

/**
 * "Can I invoice today, and will I make the filing deadline?" from the latest snapshot, the
 * calendar policy and the user's filing records. Pure, so the CLI, the app and tests agree.
 */
export function computeReadiness(
  snapshot: Snapshot,
  policy: CalendarPolicy,
  nowMs: number,
  records: Readonly<Record<string, FilingRecord>>,
): Readiness {
  const filing = filingCalendar(policy, nowMs, records);
  const checks = snapshot.checks
    .filter((c) => c.id !== filingCheckId)
    .map((c) => {
      const label = labelSchema.safeParse(c.details?.label);
      return {
        id: c.id,
        status: c.status,
        summary: c.summary,
        ...(c.notChecked ? { notChecked: true as const } : {}),
        ...(isNotNeeded(c) ? { notNeeded: true as const } : {}),
        ...(label.success ? { details: { label: label.data } } : {}),
      };
    })
    .sort((a, b) => listRank(a) - listRank(b) || a.id.localeCompare(b.id));
  const faults = snapshot.faults.map((f) => ({ id: f.id, severity: f.severity, guide: f.guide }));
  const digital = snapshot.invoicing.mode === 'digital';
  const filingNow = digital ? filingCalendar({ ...policy, filingRequired: false }, nowMs, records) : filing;
  // The snapshot's verdict is the answer the dashboard, tray and CLI give. A snapshot from the core
  // already carries the filing check and its fault, so the filing term below only agrees with it; it
  // matters for a snapshot without the calendar (one `invoiceguard check` reports).
  const fromFiling =
    filingNow.status === 'overdue'
      ? 'no'
      : ['due', 'reminder', 'upcoming'].includes(filingNow.status)
        ? 'at-risk'
        : 'yes';
  const canInvoice = worse(canInvoiceOf[snapshot.verdict.canInvoice], fromFiling);
  const blocked = canInvoice === 'no' && snapshot.verdict.canInvoice === 'no';
  return {
    canInvoice,
    deadline: deadlineOutlook(filingNow, blocked),
    filing: filingNow,
    checks,
    faults,
    reminders: digital ? vatReminders(filing, policy) : reminders(filing),
    simulated: snapshot.simulated,
    computedAt: new Date(nowMs).toISOString(),
  };
}

const canInvoiceOf = { yes: 'yes', attention: 'at-risk', no: 'no' } as const;
type CanInvoice = (typeof canInvoiceOf)[keyof typeof canInvoiceOf];
const rank: Record<CanInvoice, number> = { yes: 0, 'at-risk': 1, no: 2 };
const worse = (a: CanInvoice, b: CanInvoice): CanInvoice => (rank[a] >= rank[b] ? a : b);

/** Fully digital: no 抄报/清卡, but the monthly VAT return deadline still comes round (where the calendar is on). */
function vatReminders(filing: FilingCalendar, policy: CalendarPolicy): Message[] {
  if (!policy.filingRequired || filing.daysLeft < 0) return [];
  if (!policy.reminderDays.some((d) => filing.daysLeft <= d)) return [];
  return [{ key: 'readiness.reminder.vatDeadline', params: { deadline: filing.deadline, days: filing.daysLeft } }];
}

function deadlineOutlook(filing: FilingCalendar, blocked: boolean): Readiness['deadline'] {
  switch (filing.status) {
    case 'not-required':
    case 'done':
      return filing.status;
    case 'overdue':
      return 'missed';
    case 'reminder':
      return 'at-risk';
    default:
      // Filing needs the tax device and the network; a blocking fault now puts the deadline at risk.
      return blocked ? 'at-risk' : 'on-track';
  }
}

function reminders(filing: FilingCalendar): Message[] {
  const out: Message[] = [];
  const params = { deadline: filing.deadline, days: Math.max(0, filing.daysLeft), month: filing.month };
  if (filing.status === 'not-required' || filing.status === 'done') return out;
  if (filing.deadlineShifted) out.push({ key: 'readiness.reminder.shifted', params });
  if (filing.status === 'overdue') {
    out.push({ key: 'readiness.reminder.overdue', params });
    return out;
  }
  if (filing.status === 'upcoming') {
    out.push({ key: 'readiness.reminder.upcoming', params: { ...params, start: filing.periodStart } });
    return out;
  }
  if (!filing.reported) out.push({ key: 'readiness.reminder.fileFirst', params });
  else out.push({ key: 'readiness.reminder.clearNext', params });
  if (filing.status === 'reminder') out.push({ key: 'readiness.reminder.deadlineSoon', params });
  return out;
}

/**
 * The snapshot without the filing calendar: `invoiceguard check` reports the workstation's health
 * (its exit code feeds fleet monitoring) while the calendar's reminders belong to `readiness` and
 * the app. Overall is recomputed from the remaining checks.
 */
export function withoutCalendar(snapshot: Snapshot): Snapshot {
  const checks = snapshot.checks.filter((c) => c.id !== filingCheckId);
  const faults = snapshot.faults.filter((f) => !f.checkIds.every((id) => id === filingCheckId));
  return composeSnapshot({ ...snapshot, checks, faults });
}
