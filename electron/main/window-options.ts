import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The dashboard window's options, as a pure function so a test can pin every security-relevant
 * flag: isolated, sandboxed renderer without Node, our preload only, no webviews, no devtools in
 * production builds.
 */
export function dashboardWindowOptions(
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1024,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: '开票卫士 InvoiceGuard',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}
