import { describe, expect, it } from 'vitest';
import { dashboardModel } from '../../../renderer/src/views/dashboard-model';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { printerPaused, restarting } from '../support/fixtures';

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

  it('shows the overall state, the policy source, the faults and the checks of the snapshot', () => {
    const snapshot = fakeSnapshot({ overall: 'fault', faults: [printerPaused] });
    expect(dashboardModel({ snapshot })).toEqual({
      kind: 'ready',
      overall: 'fault',
      policySourceKey: 'policy.source.default',
      faults: [printerPaused],
      checks: snapshot.checks,
    });
  });

  it('keeps showing the last snapshot while the core restarts', () => {
    expect(dashboardModel({ snapshot: fakeSnapshot(), coreStatus: restarting }).kind).toBe('ready');
  });
});
