import { describe, expect, it } from 'vitest';
import { calendarPolicySchema } from '../../../shared/policy/calendar-policy';
import { validatePolicy } from '../../../shared/policy/parse-policy';
import { filingCalendar } from '../../../shared/readiness/filing-calendar';
import { computeReadiness } from '../../../shared/readiness/readiness';
import { composeSnapshot, type Snapshot } from '../../../shared/model/snapshot';
import type { Reading } from '../../../shared/model/reading';

const calendar = (input: object = {}) => calendarPolicySchema.parse(input);
/** 09:00 in Beijing on the given day. */
const at = (day: string): number => Date.parse(`${day}T09:00:00+08:00`);

function snapshot(checks: Partial<Reading>[] = [], faults: Snapshot['faults'] = []): Snapshot {
  return composeSnapshot({
    checks: checks.map((c) => ({
      id: 'usb.tax-device',
      area: 'usb',
      status: 'ok',
      summary: { key: 'x' },
      details: {},
      checkedAt: '2026-11-10T01:00:00.000Z',
      durationMs: 1,
      ...c,
    })),
    faults,
    policy: { source: 'default', issues: [] },
    simulated: false,
    updatedAt: '2026-11-10T01:00:00.000Z',
    invoicing: { mode: 'tax-device', because: 'policy' },
  });
}

describe('filing calendar', () => {
  it('runs from the 1st to the 15th by default, in Beijing time', () => {
    const f = filingCalendar(calendar(), at('2026-11-10'), {});
    expect(f).toMatchObject({ month: '2026-11', periodStart: '2026-11-01', deadline: '2026-11-15', daysLeft: 5 });
    expect(f.status).toBe('reminder');
  });

  it('counts the day in the policy time zone, not UTC (00:30 Beijing on the 1st is already the new month)', () => {
    expect(filingCalendar(calendar(), Date.parse('2026-11-30T16:30:00Z'), {}).month).toBe('2026-12');
  });

  it('uses the holiday-shifted deadline the policy sets for the month', () => {
    const f = filingCalendar(calendar({ deadlines: { '2026-10': '2026-10-27' } }), at('2026-10-20'), {});
    expect(f).toMatchObject({ deadline: '2026-10-27', deadlineShifted: true, daysLeft: 7, status: 'due' });
  });

  it('is done only when both 抄报 and 清卡 are recorded for this month', () => {
    expect(filingCalendar(calendar(), at('2026-11-03'), { '2026-11': { reported: 'x' } }).status).toBe('due');
    expect(filingCalendar(calendar(), at('2026-11-03'), { '2026-11': { reported: 'x', cleared: 'y' } }).status).toBe(
      'done',
    );
    expect(filingCalendar(calendar(), at('2026-11-03'), { '2026-10': { reported: 'x', cleared: 'y' } }).status).toBe(
      'due',
    );
  });

  it('is overdue after the deadline, upcoming before a late period start, not required when switched off', () => {
    expect(filingCalendar(calendar(), at('2026-11-16'), {}).status).toBe('overdue');
    expect(filingCalendar(calendar({ filingStartDay: 5 }), at('2026-11-02'), {}).status).toBe('upcoming');
    expect(filingCalendar(calendar({ filingRequired: false }), at('2026-11-20'), {}).status).toBe('not-required');
  });

  it('clamps the period end to short months', () => {
    expect(filingCalendar(calendar({ filingEndDay: 31 }), at('2027-02-10'), {}).deadline).toBe('2027-02-28');
  });

  it('rejects a policy deadline outside its month, an unknown time zone and a start after the end', () => {
    const bad = validatePolicy({
      calendar: {
        deadlines: { '2026-10': '2026-11-02' },
        timeZone: 'Mars/Olympus',
        filingStartDay: 20,
        filingEndDay: 10,
      },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const paths = bad.issues.map((i) => i.path);
      expect(paths).toContain('$.calendar.timeZone');
    }
    expect(calendarPolicySchema.safeParse({ deadlines: { '2026-10': '2026-11-02' } }).success).toBe(false);
    expect(calendarPolicySchema.safeParse({ filingStartDay: 20, filingEndDay: 10 }).success).toBe(false);
  });
});

describe('readiness: can I invoice today, and will I make the deadline?', () => {
  const done = { '2026-11': { reported: 'a', cleared: 'b' } };

  it('says yes when every check is ok and this month is filed', () => {
    const r = computeReadiness(snapshot([{}]), calendar(), at('2026-11-20'), done);
    expect(r).toMatchObject({ canInvoice: 'yes', deadline: 'done', reminders: [] });
  });

  it('says no while a critical fault is open, and puts an unfiled deadline at risk', () => {
    const faults: Snapshot['faults'] = [
      {
        id: 'tax-device.missing',
        category: 'hardware',
        severity: 'critical',
        guide: 'tax-device.missing',
        checkIds: ['usb.tax-device'],
        since: 'x',
      },
    ];
    const r = computeReadiness(snapshot([{ status: 'fault' }], faults), calendar(), at('2026-11-03'), {});
    expect(r.canInvoice).toBe('no');
    expect(r.deadline).toBe('at-risk');
    expect(r.faults).toEqual([{ id: 'tax-device.missing', severity: 'critical', guide: 'tax-device.missing' }]);
  });

  it('reminds to file and then clear before invoicing while the period runs', () => {
    const r = computeReadiness(snapshot([{}]), calendar(), at('2026-11-03'), {});
    expect(r.canInvoice).toBe('at-risk');
    expect(r.deadline).toBe('on-track');
    expect(r.reminders.map((m) => m.key)).toEqual(['readiness.reminder.fileFirst']);
    const reported = computeReadiness(snapshot([{}]), calendar(), at('2026-11-14'), { '2026-11': { reported: 'a' } });
    expect(reported.reminders.map((m) => m.key)).toEqual([
      'readiness.reminder.clearNext',
      'readiness.reminder.deadlineSoon',
    ]);
    expect(reported.deadline).toBe('at-risk');
  });

  it('says no and missed after the deadline, and mentions a holiday shift', () => {
    const r = computeReadiness(
      snapshot([{}]),
      calendar({ deadlines: { '2026-11': '2026-11-17' } }),
      at('2026-11-18'),
      {},
    );
    expect(r).toMatchObject({ canInvoice: 'no', deadline: 'missed' });
    expect(r.reminders.map((m) => m.key)).toEqual(['readiness.reminder.shifted', 'readiness.reminder.overdue']);
  });

  it('lists checks worst first and leaves the calendar check out of them', () => {
    const r = computeReadiness(
      snapshot([
        { id: 'disk.space' },
        { id: 'printer.queue', status: 'warning' },
        { id: 'calendar.filing', status: 'warning' },
      ]),
      calendar(),
      at('2026-11-20'),
      done,
    );
    expect(r.checks.map((c) => c.id)).toEqual(['printer.queue', 'disk.space']);
    expect(r.canInvoice).toBe('at-risk');
  });
});

describe('the check command leaves the calendar to readiness', () => {
  it('drops the calendar check and its fault and recomputes overall', async () => {
    const { withoutCalendar } = await import('../../../shared/readiness/readiness');
    const s = snapshot(
      [{}, { id: 'calendar.filing', area: 'calendar', status: 'warning' }],
      [
        {
          id: 'filing.not-reported',
          category: 'data',
          severity: 'warning',
          guide: 'filing.not-reported',
          checkIds: ['calendar.filing'],
          since: 'x',
        },
      ],
    );
    const out = withoutCalendar({ ...s, overall: 'warning' });
    expect(out.checks.map((c) => c.id)).toEqual(['usb.tax-device']);
    expect(out.faults).toEqual([]);
    expect(out.overall).toBe('ok');
  });
});
