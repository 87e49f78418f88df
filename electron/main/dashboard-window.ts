import { BrowserWindow } from 'electron';
import { appEntryUrl } from './app-origin';
import { dashboardWindowOptions } from './window-options';

/**
 * The dashboard exists only while open: created on demand, destroyed on close, so an idle
 * workstation runs no renderer at all.
 */
export function createDashboardWindowManager(preloadPath: string, devTools: boolean) {
  let window: BrowserWindow | undefined;
  return {
    show(): void {
      if (window && !window.isDestroyed()) {
        if (window.isMinimized()) window.restore();
        window.focus();
        return;
      }
      const created = new BrowserWindow(dashboardWindowOptions(preloadPath, { devTools }));
      window = created;
      created.once('ready-to-show', () => created.show());
      created.on('closed', () => {
        if (window === created) window = undefined;
      });
      void created.loadURL(appEntryUrl);
    },
    /** The open window, if any: the only webContents allowed to talk to the core. */
    current: (): BrowserWindow | undefined => (window && !window.isDestroyed() ? window : undefined),
  };
}
