// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, fakeElectron } from '../../support/fake-electron';
import { createDashboardWindowManager } from '../../../electron/main/dashboard-window';
import { dashboardWindowOptions } from '../../../electron/main/window-options';
import { appEntryUrl } from '../../../electron/main/app-origin';

vi.mock('electron', () => import('../../support/fake-electron'));

describe('the dashboard window', () => {
  beforeEach(() => {
    fakeElectron.reset();
    app.becomeReady();
  });

  it('does not exist until asked for (an idle workstation runs no renderer)', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    expect(dashboard.current()).toBeUndefined();
    expect(fakeElectron.windows).toEqual([]);
  });

  it('opens on our entry page with the pinned options, shown once ready', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    dashboard.show();
    const window = fakeElectron.windows[0]!;
    expect(window.options).toEqual(dashboardWindowOptions('/dist/preload.cjs', { devTools: false }));
    expect(window.loadedUrls).toEqual([appEntryUrl]);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(dashboard.current()).toBe(window);
  });

  it('brings the open window forward instead of opening a second one', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    dashboard.show();
    const window = fakeElectron.windows[0]!;
    window.minimize();
    dashboard.show();
    expect(fakeElectron.windows).toHaveLength(1);
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('forgets a closed window, so its webContents is no longer trusted, and opens a fresh one next time', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    dashboard.show();
    fakeElectron.windows[0]!.close();
    expect(dashboard.current()).toBeUndefined();
    dashboard.show();
    expect(fakeElectron.windows).toHaveLength(2);
    expect(dashboard.current()).toBe(fakeElectron.windows[1]);
    expect(fakeElectron.windows[1]!.webContents.id).not.toBe(fakeElectron.windows[0]!.webContents.id);
  });
});

describe('opening the dashboard on a view (tray menu, notification click)', () => {
  beforeEach(() => {
    fakeElectron.reset();
    app.becomeReady();
  });
  const navigateEvents = (window: (typeof fakeElectron.windows)[number]) =>
    window.webContents.sent.filter((m) => (m.args[0] as { name?: string }).name === 'navigate').map((m) => m.args[0]);

  it('a new window gets the view once its page has loaded, not before (it would be lost)', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    dashboard.show({ view: 'guide', params: { guideId: 'tax-device.missing' } });
    const window = fakeElectron.windows[0]!;
    expect(navigateEvents(window)).toEqual([]);
    window.finishLoad();
    expect(navigateEvents(window)).toEqual([
      { type: 'event', name: 'navigate', payload: { view: 'guide', params: { guideId: 'tax-device.missing' } } },
    ]);
  });

  it('an open window gets it at once; while still loading, the latest view wins', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    dashboard.show();
    dashboard.show({ view: 'readiness' });
    dashboard.show({ view: 'support' });
    const window = fakeElectron.windows[0]!;
    window.finishLoad();
    expect(navigateEvents(window).map((e) => (e as { payload: unknown }).payload)).toEqual([{ view: 'support' }]);
    dashboard.show({ view: 'readiness' });
    expect(navigateEvents(window).map((e) => (e as { payload: unknown }).payload)).toEqual([
      { view: 'support' },
      { view: 'readiness' },
    ]);
    expect(fakeElectron.windows).toHaveLength(1);
  });

  it('a plain show sends no navigation (the page keeps where the user was)', () => {
    const dashboard = createDashboardWindowManager('/dist/preload.cjs', false);
    dashboard.show();
    fakeElectron.windows[0]!.finishLoad();
    dashboard.show();
    expect(navigateEvents(fakeElectron.windows[0]!)).toEqual([]);
  });
});
