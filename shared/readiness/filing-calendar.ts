import { z } from 'zod';
import type { CalendarPolicy } from '../policy/calendar-policy';
import type { FilingRecord } from '../guides/flow-schema';

const dayMs = 86_400_000;

/** A calendar date in the policy's time zone, as `YYYY-MM-DD`. */
export function localDate(nowMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(nowMs))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const filingStatuses = ['not-required', 'done', 'upcoming', 'due', 'reminder', 'overdue'] as const;

export const filingCalendarSchema = z
  .object({
    month: z.string(),
    today: z.string(),
    periodStart: z.string(),
    deadline: z.string(),
    /** True when the policy moved this month's deadline (public holidays). */
    deadlineShifted: z.boolean(),
    /** Days from today to the deadline, 0 on the day itself, negative once it has passed. */
    daysLeft: z.number().int(),
    reported: z.boolean(),
    cleared: z.boolean(),
    /**
     * not-required: no tax device filing here; done: both recorded this month; upcoming: the
     * period has not begun; due: in the period; reminder: within the reminder days; overdue: past
     * the deadline without both recorded.
     */
    status: z.enum(filingStatuses),
  })
  .strict();
export type FilingCalendar = z.infer<typeof filingCalendarSchema>;

/** Where this month stands in the filing cycle; pure (time, policy and records in). */
export function filingCalendar(
  policy: CalendarPolicy,
  nowMs: number,
  records: Readonly<Record<string, FilingRecord>>,
): FilingCalendar {
  const today = localDate(nowMs, policy.timeZone);
  const month = today.slice(0, 7);
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const lastDay = daysInMonth(year, mon);
  const periodStart = `${month}-${pad(Math.min(policy.filingStartDay, lastDay))}`;
  const shifted = policy.deadlines[month];
  const deadline = shifted ?? `${month}-${pad(Math.min(policy.filingEndDay, lastDay))}`;
  const record = records[month] ?? {};
  const reported = record.reported !== undefined;
  const cleared = record.cleared !== undefined;
  const daysLeft = daysBetween(today, deadline);
  const base = {
    month,
    today,
    periodStart,
    deadline,
    deadlineShifted: shifted !== undefined,
    daysLeft,
    reported,
    cleared,
  };
  if (!policy.filingRequired) return { ...base, status: 'not-required' };
  if (reported && cleared) return { ...base, status: 'done' };
  if (daysLeft < 0) return { ...base, status: 'overdue' };
  if (today < periodStart) return { ...base, status: 'upcoming' };
  const remind = policy.reminderDays.some((d) => daysLeft <= d);
  return { ...base, status: remind ? 'reminder' : 'due' };
}
