import { z } from 'zod';
import { timeZoneSchema } from './time-zone';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'policy.rule.yearMonth');
const date = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'policy.rule.date');

/**
 * The monthly filing calendar: 抄报 (file the summary) and 清卡 (clear the device) must be done in the
 * filing period, usually the 1st to the 15th, moved by public holidays. IT sets each month's moved
 * deadline from the tax bureau's published calendar; nothing here guesses holidays.
 */
export const calendarPolicySchema = z
  .object({
    /** False for workstations that invoice without a tax device (fully digital e-invoices): no 抄报/清卡. */
    filingRequired: z.boolean().default(true),
    filingStartDay: z.number().int().min(1).max(28).default(1),
    /** The usual last day of the filing period. */
    filingEndDay: z.number().int().min(1).max(31).default(15),
    /** Deadlines moved by public holidays, month → last day, for example {"2026-10": "2026-10-27"}. */
    deadlines: z.record(month, date).default({}),
    /** Remind when this many days (or fewer) are left before the deadline; 0 = on the day itself. */
    reminderDays: z.array(z.number().int().min(0).max(31)).max(10).default([5, 3, 1, 0]),
    /** The time zone the tax calendar runs in. */
    timeZone: timeZoneSchema.default('Asia/Shanghai'),
  })
  .strict()
  .refine((c) => c.filingStartDay <= c.filingEndDay, {
    message: 'policy.rule.filingPeriodOrder',
    path: ['filingStartDay'],
  })
  .superRefine((c, ctx) => {
    for (const [m, d] of Object.entries(c.deadlines)) {
      if (!d.startsWith(`${m}-`)) {
        ctx.addIssue({
          code: 'custom',
          message: 'policy.rule.deadlineMonth',
          params: { month: m },
          path: ['deadlines', m],
        });
      }
    }
  });
export type CalendarPolicy = z.infer<typeof calendarPolicySchema>;
