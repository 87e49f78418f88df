import { describe, expect, it } from 'vitest';
import { headerModel } from '../../renderer/src/app-model';

const views = {
  dashboard: { navKey: 'ui.nav.dashboard' },
  readiness: { navKey: 'ui.nav.readiness' },
  guide: {},
};

describe('the window header', () => {
  it('offers every view with a label, marking the current one, and not the guide', () => {
    expect(headerModel({ route: { view: 'readiness' }, checking: false, views }).nav).toEqual([
      { view: 'dashboard', labelKey: 'ui.nav.dashboard', active: false },
      { view: 'readiness', labelKey: 'ui.nav.readiness', active: true },
    ]);
  });

  it('disables re-check and says so while a re-check runs', () => {
    expect(headerModel({ route: { view: 'dashboard' }, checking: false, views }).recheck).toEqual({
      disabled: false,
      labelKey: 'ui.recheck',
    });
    expect(headerModel({ route: { view: 'dashboard' }, checking: true, views }).recheck).toEqual({
      disabled: true,
      labelKey: 'ui.checking',
    });
  });
});
