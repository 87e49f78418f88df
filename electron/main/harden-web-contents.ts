import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Electron security checklist items that apply to every page the app ever creates: no navigation
 * away from our renderer, no new windows, no webviews, no permissions (camera, notifications from
 * pages, geolocation...). Links to support pages are opened by the main process itself, from the
 * policy's allowlist, never by the page.
 */
export function hardenWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every permission request and check from a page is refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
