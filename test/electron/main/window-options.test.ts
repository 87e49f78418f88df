// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dashboardWindowOptions } from '../../../electron/main/window-options';

describe('the dashboard window options', () => {
  it('give an isolated, sandboxed page without Node, webviews or insecure content, with our preload only', () => {
    expect(dashboardWindowOptions('/opt/invoiceguard/dist/preload.cjs', { devTools: false })).toEqual({
      width: 1024,
      height: 760,
      minWidth: 720,
      minHeight: 520,
      show: false,
      title: '开票卫士 InvoiceGuard',
      backgroundColor: '#f6f7f9',
      autoHideMenuBar: true,
      webPreferences: {
        preload: '/opt/invoiceguard/dist/preload.cjs',
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
        devTools: false,
      },
    });
  });

  it('allow devtools only when asked (development builds)', () => {
    expect(dashboardWindowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
    expect(dashboardWindowOptions('/p.cjs', { devTools: false }).webPreferences?.devTools).toBe(false);
  });

  it('keep the security flags whatever devtools says', () => {
    for (const devTools of [true, false]) {
      const prefs = dashboardWindowOptions('/p.cjs', { devTools }).webPreferences;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    }
  });
});
