import { BrowserWindow } from 'electron';
import type { Navigate } from '../../shared/protocol/contract';
import { appEntryUrl } from './app-origin';
import { sendEvent } from './ipc-main-bridge';
import { dashboardWindowOptions } from './window-options';

/**
 * The dashboard exists only while open: created on demand, destroyed on close, so an idle
 * workstation runs no renderer at all.
 *
 * `show(route)` opens it on a view (a notification's guide, the tray's readiness or support): an
 * open, loaded page gets the `navigate` event at once; a page still loading gets it on
 * 'did-finish-load', when its scripts (module scripts run before the load event) have subscribed.
 */
export function createDashboardWindowManager(preloadPath: string, devTools: boolean) {
  let window: BrowserWindow | undefined;
  let loaded = false;
  let pendingRoute: Navigate | undefined;

  const navigate = (target: BrowserWindow, route: Navigate): void => sendEvent(target.webContents, 'navigate', route);

  return {
    show(route?: Navigate): void {
      if (window && !window.isDestroyed()) {
        if (window.isMinimized()) window.restore();
        window.focus();
        if (route && loaded) navigate(window, route);
        else if (route) pendingRoute = route;
        return;
      }
      // electronegativity: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — the options
      // come from dashboardWindowOptions (contextIsolation and sandbox on, Node off; window.open and so
      // middle clicks denied by hardenContents), pinned field by field in window-options.test.ts.
      const created = new BrowserWindow(dashboardWindowOptions(preloadPath, { devTools }));
      window = created;
      loaded = false;
      pendingRoute = route;
      created.once('ready-to-show', () => created.show());
      created.webContents.on('did-finish-load', () => {
        if (window !== created) return;
        loaded = true;
        const next = pendingRoute;
        pendingRoute = undefined;
        if (next) navigate(created, next);
      });
      created.on('closed', () => {
        if (window === created) window = undefined;
      });
      void created.loadURL(appEntryUrl);
    },
    /** The open window, if any: the only webContents allowed to talk to the core. */
    current: (): BrowserWindow | undefined => (window && !window.isDestroyed() ? window : undefined),
  };
}
