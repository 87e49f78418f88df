import { describe, expect, it } from 'vitest';
import { dashboardModel, verdictModel } from '../../../renderer/src/views/dashboard-model';
import type { Fault } from '../../../shared/model/fault';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';
import { printerPaused, restarting } from '../support/fixtures';

const timeZoneWarning: Fault = {
  id: 'clock.wrong-zone',
  category: 'software',
  severity: 'warning',
  guide: 'clock.wrong-zone',
  checkIds: ['clock.timezone'],
  since: '2026-11-27T07:00:00.000Z',
};

describe('the dashboard', () => {
  it('waits for the first snapshot, saying it is connecting', () => {
    expect(dashboardModel({})).toEqual({ kind: 'waiting', message: { key: 'ui.connecting' } });
  });

  it('without a snapshot while the core restarts, says the state comes once it is back', () => {
    expect(dashboardModel({ coreStatus: restarting })).toEqual({
      kind: 'waiting',
      message: { key: 'ui.waitingForCore' },
    });
  });

  it('keeps showing the last snapshot while the core restarts', () => {
    expect(dashboardModel({ snapshot: fakeSnapshot(), coreStatus: restarting }).kind).toBe('ready');
  });

  it('gives the snapshot’s own verdict, the blocking fault first and the warnings after it', () => {
    const snapshot = fakeSnapshot({ overall: 'fault', faults: [printerPaused, timeZoneWarning] });
    expect(verdictModel(snapshot)).toEqual({
      tone: 'fault',
      verdict: snapshot.verdict,
      first: { kind: 'fault', fault: printerPaused },
      others: [timeZoneWarning],
      updatedAt: snapshot.updatedAt,
    });
  });

  it('names the check behind the state, and its card, when no fault does', () => {
    const snapshot = fakeSnapshot({
      overall: 'warning',
      checks: [fakeReading({ id: 'network.dns', area: 'network', status: 'warning' })],
    });
    expect(verdictModel(snapshot)).toMatchObject({
      tone: 'warning',
      first: { kind: 'check', checkId: 'network.dns', cardId: 'network' },
      others: [],
    });
  });

  it('is green with nothing in the way when invoicing can go ahead', () => {
    const model = dashboardModel({ snapshot: fakeSnapshot() });
    expect(model.kind === 'ready' && model.verdict).toMatchObject({ tone: 'ok', others: [] });
    expect(model.kind === 'ready' && model.verdict.first).toBeUndefined();
    expect(model.kind === 'ready' && model.cards.map((c) => c.id)).toContain('backup');
  });
});
