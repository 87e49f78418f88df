import { describe, expect, it } from 'vitest';
import { backupLead } from '../../../renderer/src/areas/backup-lead';
import { cardModels } from '../../../renderer/src/areas/card-model';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

const freshness = (details: Record<string, unknown>) =>
  fakeReading({ id: 'backup.freshness', area: 'backup', summary: { key: 'check.backup.freshness.ok' }, details });
const drill = (details: Record<string, unknown>) =>
  fakeReading({ id: 'backup.drill', area: 'backup', summary: { key: 'check.backup.drill.ok' }, details });

describe('the backup card’s lines', () => {
  it('say the last good backup and its age against the RPO, the drill’s RTO and the next run', () => {
    const lines = backupLead([
      freshness({
        rpoHours: 26,
        newestAt: '2026-12-02T07:00:00.000Z',
        ageHours: 2,
        nextRunAt: '2026-12-02T12:30:00.000Z',
      }),
      drill({ lastDrill: { at: '2026-12-01T07:00:00.000Z', ok: true }, rtoSeconds: 3.44 }),
    ]);
    expect(lines).toEqual([
      {
        key: 'ui.card.backup.last',
        params: { rpoHours: 26 },
        times: { at: '2026-12-02T07:00:00.000Z' },
        parts: { age: { key: 'ui.age.hours', params: { n: 2 } } },
      },
      {
        key: 'ui.card.backup.rto',
        times: { at: '2026-12-01T07:00:00.000Z' },
        parts: { duration: { key: 'ui.duration.seconds', params: { n: 3.4 } } },
      },
      { key: 'ui.card.backup.next', times: { at: '2026-12-02T12:30:00.000Z' } },
    ]);
  });

  it('say when the backup is over the RPO, there is none, or the drill failed or never ran', () => {
    const stale = backupLead([freshness({ rpoHours: 26, newestAt: '2026-11-30T07:00:00.000Z', ageHours: 50 })]);
    expect(stale[0]?.key).toBe('ui.card.backup.lastStale');
    expect(backupLead([freshness({ rpoHours: 26, newestAt: null, ageHours: null })])[0]).toEqual({
      key: 'ui.card.backup.never',
      params: { rpoHours: 26 },
    });
    expect(backupLead([drill({ lastDrill: { at: '2026-12-01T07:00:00.000Z', ok: false }, rtoSeconds: null })])).toEqual(
      [{ key: 'ui.card.backup.drillFailed', times: { at: '2026-12-01T07:00:00.000Z' } }],
    );
    expect(backupLead([drill({ lastDrill: null, rtoSeconds: null })])).toEqual([{ key: 'ui.card.backup.noDrill' }]);
  });

  it('are none without backup readings: the card is grey and says no backup is configured', () => {
    expect(backupLead([])).toEqual([]);
    const card = cardModels({ snapshot: fakeSnapshot({ checks: [] }) }).find((c) => c.id === 'backup')!;
    expect(card).toMatchObject({ tone: 'not-checked', detail: { key: 'ui.card.backup.empty' } });
    expect(card.lines).toBeUndefined();
  });

  it('are on the card beside its detail', () => {
    const snapshot = fakeSnapshot({
      checks: [freshness({ rpoHours: 26, newestAt: '2026-12-02T07:00:00.000Z', ageHours: 0.01 })],
    });
    const card = cardModels({ snapshot }).find((c) => c.id === 'backup')!;
    expect(card.lines?.[0]).toMatchObject({ key: 'ui.card.backup.last', parts: { age: { key: 'ui.age.justNow' } } });
  });
});
