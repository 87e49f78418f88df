import { describe, expect, it } from 'vitest';
import { headerModel, wantsDetails } from '../../renderer/src/app-model';
import { fakeSnapshot } from '../support/fake-snapshot';
import { printerPaused } from './support/fixtures';

const views = {
  dashboard: { navKey: 'ui.nav.dashboard' },
  readiness: { navKey: 'ui.nav.readiness' },
  guide: {},
  area: {},
};

describe('the window header', () => {
  it('offers every view with a label, marking the current one, and not the guide', () => {
    expect(headerModel({ route: { view: 'readiness' }, checking: false, views }).nav).toEqual([
      { view: 'dashboard', labelKey: 'ui.nav.dashboard', active: false },
      { view: 'readiness', labelKey: 'ui.nav.readiness', active: true },
    ]);
  });

  it('marks the dashboard while a guide or an area page reached from it is open', () => {
    for (const view of ['guide', 'area']) {
      expect(headerModel({ route: { view }, checking: false, views }).nav[0]?.active).toBe(true);
    }
  });

  it('says "check now", and while a re-check runs how far it is, check by check', () => {
    expect(headerModel({ route: { view: 'dashboard' }, checking: false, views }).recheck).toEqual({
      busy: false,
      label: { key: 'ui.checkNow' },
    });
    expect(headerModel({ route: { view: 'dashboard' }, checking: true, views }).recheck).toEqual({
      busy: true,
      label: { key: 'ui.checking' },
    });
    expect(
      headerModel({ route: { view: 'dashboard' }, checking: true, progress: { done: 7, total: 18 }, views }).recheck,
    ).toEqual({ busy: true, label: { key: 'ui.checkingProgress', params: { done: 7, total: 18 } } });
  });
});

describe('the first screen’s explanations', () => {
  it('are wanted with a fault or a policy problem, and not before the first snapshot or on a healthy PC', () => {
    expect(wantsDetails(undefined)).toBe(false);
    expect(wantsDetails(fakeSnapshot())).toBe(false);
    expect(wantsDetails(fakeSnapshot({ faults: [printerPaused] }))).toBe(true);
    const issue = { path: '$.disk.warnFreeMiB', message: { key: 'policy.rule.date' } };
    expect(wantsDetails(fakeSnapshot({ policy: { source: 'machine', path: 'p.json', issues: [issue] } }))).toBe(true);
  });
});
