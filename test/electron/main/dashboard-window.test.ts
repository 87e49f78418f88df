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
