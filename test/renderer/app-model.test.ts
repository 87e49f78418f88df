import { describe, expect, it } from 'vitest';
import { headerModel } from '../../renderer/src/app-model';

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
