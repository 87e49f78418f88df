import { describe, expect, it } from 'vitest';
import { calendarFilingProbe, filingNotReportedRule } from '../../../../../electron/core/areas/calendar/calendar-probe';
import { calendarPolicySchema } from '../../../../../shared/policy/calendar-policy';
import type { Reading } from '../../../../../shared/model/reading';
import type { FilingRecord } from '../../../../../shared/guides/flow-schema';

const at = (day: string) => () => Date.parse(`${day}T09:00:00+08:00`);
async function read(day: string, records: Record<string, FilingRecord> = {}, policy: object = {}): Promise<Reading> {
  const probe = calendarFilingProbe(calendarPolicySchema.parse(policy), () => records, at(day));
  const outcome = await probe.run(new AbortController().signal);
  return { id: probe.id, area: probe.area, ...outcome, details: outcome.details ?? {}, checkedAt: 'x', durationMs: 0 };
}
const faultsFor = (r: Reading) => filingNotReportedRule.evaluate(new Map([[r.id, r]]));

describe('filing calendar check and the filing.not-reported rule', () => {
  it('raises a warning while the period runs and nothing is recorded', async () => {
    const r = await read('2026-11-03');
    expect(r.status).toBe('warning');
    expect(r.summary.key).toBe('check.calendar.filing.due');
    expect(faultsFor(r)).toMatchObject([{ id: 'filing.not-reported', severity: 'warning' }]);
  });

  it('asks for 清卡 once 抄报 is recorded', async () => {
    const r = await read('2026-11-03', { '2026-11': { reported: 'a' } });
    expect(r.summary.key).toBe('check.calendar.filing.clearNext');
    expect(faultsFor(r)).toMatchObject([{ evidence: { reported: true, cleared: false } }]);
  });

  it('turns the fault critical after the deadline, while the check itself stays a warning (records are unverified)', async () => {
    const r = await read('2026-11-16');
    expect(r.status).toBe('warning');
    expect(faultsFor(r)).toMatchObject([{ severity: 'critical' }]);
  });

  it.each([
    ['both recorded', '2026-11-03', { '2026-11': { reported: 'a', cleared: 'b' } }, {}],
    ['filing not required', '2026-11-20', {}, { filingRequired: false }],
  ])('raises nothing when %s', async (_n, day, records, policy) => {
    const r = await read(day, records, policy);
    expect(r.status).toBe('ok');
    expect(faultsFor(r)).toEqual([]);
  });

  it('raises nothing without a calendar reading or for an unknown one', () => {
    expect(filingNotReportedRule.evaluate(new Map())).toEqual([]);
    const unknown = {
      id: 'calendar.filing',
      area: 'calendar',
      status: 'unknown',
      summary: { key: 'x' },
      details: {},
      checkedAt: '',
      durationMs: 0,
    } as Reading;
    expect(filingNotReportedRule.evaluate(new Map([[unknown.id, unknown]]))).toEqual([]);
  });
});
