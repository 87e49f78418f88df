import { verdictOf } from '../../../shared/model/verdict';
// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../../electron/main/app-origin';
import { trayIconBitmap } from '../../../electron/main/tray-icon';
import { dashboardWindowOptions } from '../../../electron/main/window-options';
import { createTranslator } from '../../../shared/i18n/translator';
import type { Fault } from '../../../shared/model/fault';
import type { Snapshot } from '../../../shared/model/snapshot';
import { ipcChannels } from '../../../shared/protocol/preload-api';

// One fake for the whole file, so it survives vi.resetModules (main.ts runs once per import).
const fake = await vi.hoisted(() => import('../../support/fake-electron'));
vi.mock('electron', () => fake);
const { app, fakeElectron } = fake;

// In the bundle, main.cjs, preload.cjs, core.cjs and renderer/ all sit in dist/; here __dirname of
// main.ts is its source folder.
const mainDir = fileURLToPath(new URL('../../../electron/main/', import.meta.url));
const zh = createTranslator('zh-CN');
const appInfo = {
  version: '0.1.0',
  platform: 'linux',
  coreStartedAt: '2026-11-27T00:00:00.000Z',
  coreBuild: 'production',
};

function snapshotWith(overall: Snapshot['overall'], faults: Fault[] = []): Snapshot {
  return {
    overall,
    checks: [],
    faults,
    policy: { source: 'default', issues: [] },
    simulated: false,
    updatedAt: '2026-11-27T00:00:00.000Z',
    verdict: verdictOf(overall, [], faults),
    invoicing: { mode: 'tax-device', because: 'policy' },
  };
}
const critical: Fault = {
  id: 'usb.tax-device.missing',
  category: 'hardware',
  severity: 'critical',
  guide: 'usb.tax-device.missing',
  checkIds: [],
  since: '2026-11-27T00:00:00.000Z',
};

/** Lets promise chains (whenReady().then, exited.then) run without moving the fake clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** Starts the main process afresh, as launching the app would. */
async function launch(options: { lock?: boolean; packaged?: boolean } = {}): Promise<void> {
  vi.resetModules();
  fakeElectron.reset();
  app.singleInstanceLock = options.lock ?? true;
  app.isPackaged = options.packaged ?? false;
  await import('../../../electron/main/main');
}

async function launchReady(options: { lock?: boolean; packaged?: boolean } = {}) {
  await launch(options);
  app.becomeReady();
  await flush();
  return { window: fakeElectron.windows[0]!, child: fakeElectron.forkedChildren[0]!, tray: fakeElectron.trays[0]! };
}

describe('the Electron main process', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    warn.mockRestore();
  });

  it('registers app:// as a privileged scheme before ready and does nothing else yet', async () => {
    await launch();
    expect(fakeElectron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(fakeElectron.handledChannels()).toEqual([]);
    expect(fakeElectron.forkedChildren).toEqual([]);
    expect(app.quitCalls).toBe(0);
  });

  it('quits at once when another instance already runs, starting nothing', async () => {
    await launch({ lock: false });
    expect(app.quitCalls).toBe(1);
    app.becomeReady();
    await flush();
    expect(fakeElectron.handledChannels()).toEqual([]);
    expect(fakeElectron.trays).toEqual([]);
    expect(fakeElectron.forkedChildren).toEqual([]);
    expect(fakeElectron.windows).toEqual([]);
  });

  it('when ready: registers the IPC handler, denies permissions, serves app://, shows the tray and starts the core', async () => {
    const { child, tray } = await launchReady();
    expect(fakeElectron.handledChannels()).toEqual([ipcChannels.request]);

    const callback = vi.fn();
    fakeElectron.session.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fakeElectron.session.permissionCheckHandler?.({}, 'notifications', 'app://invoiceguard', {})).toBe(false);

    const page = await fakeElectron.fetchProtocol('app://invoiceguard/index.html');
    expect([200, 404]).toContain(page.status); // served from <dist>/renderer, absent in the source tree

    expect(fakeElectron.trays).toHaveLength(1);
    expect(tray.tooltip).toBe(zh.t('app.name'));
    expect(tray.image.bitmap).toEqual(trayIconBitmap('unknown'));
    expect(tray.contextMenu?.items.map((i) => i.label ?? i.type)).toEqual([
      zh.t('tray.open'),
      zh.t('tray.checkNow'),
      'separator',
      zh.t('tray.quit'),
    ]);

    expect(fakeElectron.forkedChildren).toHaveLength(1);
    expect(child.modulePath).toBe(path.join(mainDir, 'core.cjs'));
    expect(app.loginItemSettings).toEqual([]); // not packaged: no login item
  });

  it('opens the hardened dashboard window on our page with the pinned options', async () => {
    const { window } = await launchReady();
    expect(fakeElectron.windows).toHaveLength(1);
    expect(window.options).toEqual(dashboardWindowOptions(path.join(mainDir, 'preload.cjs'), { devTools: true }));
    expect(window.loadedUrls).toEqual([appEntryUrl]);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(window.webContents.dispatchPreventable('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('relays a request from the dashboard to the core and the answer back; drops one from elsewhere', async () => {
    const { window, child } = await launchReady();
    const ours = { webContentsId: window.webContents.id, url: appEntryUrl };
    const reply = fakeElectron.invokeMain(ipcChannels.request, ours, {
      type: 'request',
      id: 0,
      method: 'getAppInfo',
      params: {},
    });
    await flush();
    expect(child.posted).toEqual([{ type: 'request', id: 1, method: 'getAppInfo', params: {} }]);
    child.reply({ type: 'response', id: 1, ok: true, result: appInfo });
    await expect(reply).resolves.toEqual({ type: 'response', id: 0, ok: true, result: appInfo });

    const stranger = { webContentsId: window.webContents.id + 100, url: appEntryUrl };
    await expect(
      fakeElectron.invokeMain(ipcChannels.request, stranger, {
        type: 'request',
        id: 0,
        method: 'getSnapshot',
        params: {},
      }),
    ).rejects.toThrow();
    expect(child.posted).toHaveLength(1);
  });

  it("pushes the core's snapshots to the dashboard and the tray, and notifies a newly opened critical fault", async () => {
    const { window, child, tray } = await launchReady();
    child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('ok') });
    expect(window.webContents.sent).toContainEqual({
      channel: ipcChannels.event,
      args: [{ type: 'event', name: 'snapshot', payload: snapshotWith('ok') }],
    });
    expect(tray.image.bitmap).toEqual(trayIconBitmap('ok'));
    expect(tray.tooltip).toBe(zh.t('tray.tooltip', { overall: zh.t('verdict.yes') }));
    expect(fakeElectron.notifications).toEqual([]);

    child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
    expect(tray.image.bitmap).toEqual(trayIconBitmap('fault'));
    expect(fakeElectron.notifications).toHaveLength(1);
    const note = fakeElectron.notifications[0]!;
    expect(note.shown).toBe(true);
    expect(note.options.title).toBe(zh.t('notify.faultOpened', { title: zh.t(`fault.${critical.id}.title`) }));
    expect(note.options.body).toBe(zh.t('notify.faultOpenedBody'));
    window.close();
    note.emit('click'); // clicking the pop-up opens the dashboard on the guide
    expect(fakeElectron.windows).toHaveLength(2);

    child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
    expect(fakeElectron.notifications).toHaveLength(1); // still open: no second pop-up
    // and the reopened window gets the events, the closed one is left alone
    expect(fakeElectron.windows[1]!.webContents.sent).toHaveLength(1);
  });

  it('does not notify faults already open in the first snapshot after start', async () => {
    const { child } = await launchReady();
    child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
    expect(fakeElectron.notifications).toEqual([]);
  });

  it('restarts the core through utilityProcess after the backoff when it dies, greying the tray meanwhile', async () => {
    const { window, child, tray } = await launchReady();
    child.exit(1);
    await flush();
    expect(tray.image.bitmap).toEqual(trayIconBitmap('unknown'));
    expect(tray.tooltip).toBe(zh.t('tray.coreDown'));
    expect(window.webContents.sent).toContainEqual({
      channel: ipcChannels.event,
      args: [
        {
          type: 'event',
          name: 'coreStatus',
          payload: { state: 'restarting', restarts: 1, retryInMs: 500, lastExit: 'exit code 1' },
        },
      ],
    });

    await vi.advanceTimersByTimeAsync(499);
    expect(fakeElectron.forkedChildren).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fakeElectron.forkedChildren).toHaveLength(2);
    expect(fakeElectron.forkedChildren[1]!.modulePath).toBe(path.join(mainDir, 'core.cjs'));

    // The new core serves requests; a second crash in a row waits twice as long.
    fakeElectron.forkedChildren[1]!.exit(1);
    await flush();
    await vi.advanceTimersByTimeAsync(999);
    expect(fakeElectron.forkedChildren).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fakeElectron.forkedChildren).toHaveLength(3);
  });

  it('plays a shipped practice scenario by restarting the core with it, answering the page itself', async () => {
    const { window, child } = await launchReady();
    const ours = { webContentsId: window.webContents.id, url: appEntryUrl };
    const listed = await fakeElectron.invokeMain(ipcChannels.request, ours, {
      type: 'request',
      id: 0,
      method: 'listScenarios',
      params: {},
    });
    expect(listed).toMatchObject({
      ok: true,
      result: {
        active: null,
        scenarios: expect.arrayContaining([{ id: 'printer-paused', titleKey: 'scenario.printer-paused.title' }]),
      },
    });
    expect(child.posted).toEqual([]); // answered by main, not the core

    const started = fakeElectron.invokeMain(ipcChannels.request, ours, {
      type: 'request',
      id: 1,
      method: 'startPractice',
      params: { id: 'printer-paused' },
    });
    await flush();
    child.exit(0); // the old core obeys the kill
    await flush();
    await expect(started).resolves.toMatchObject({ ok: true, result: { active: 'printer-paused' } });
    const practiceCore = fakeElectron.forkedChildren[1]!;
    // The app's own core keeps the journal (practice sessions are journaled, marked practice).
    expect(practiceCore.args).toEqual([
      '--resident',
      '--simulate',
      expect.stringMatching(/scenarios[\\/]printer-paused\.json$/),
    ]);
  });

  it('answers requests with unavailable while the core restarts', async () => {
    const { window, child } = await launchReady();
    child.exit(1);
    await flush();
    const ours = { webContentsId: window.webContents.id, url: appEntryUrl };
    await expect(
      fakeElectron.invokeMain(ipcChannels.request, ours, { type: 'request', id: 0, method: 'getSnapshot', params: {} }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('tells a window opened while the core restarts that it is restarting, answering from main', async () => {
    const { window, child } = await launchReady();
    window.close(); // the user closed the dashboard; the tray keeps watching
    child.exit(1);
    await flush();
    app.emit('second-instance'); // and opens it again during the backoff
    const late = fakeElectron.windows[1]!;
    expect(late.webContents.sent).toEqual([]); // it missed the coreStatus event
    const ours = { webContentsId: late.webContents.id, url: appEntryUrl };
    await expect(
      fakeElectron.invokeMain(ipcChannels.request, ours, {
        type: 'request',
        id: 0,
        method: 'getCoreStatus',
        params: {},
      }),
    ).resolves.toEqual({
      type: 'response',
      id: 0,
      ok: true,
      result: { state: 'restarting', restarts: 1, retryInMs: 500, lastExit: 'exit code 1' },
    });
    expect(child.posted).toEqual([]); // not a question for the (dead) core

    // Once the new core runs, the same window hears it and asking again says so.
    await vi.advanceTimersByTimeAsync(500);
    expect(late.webContents.sent).toContainEqual({
      channel: ipcChannels.event,
      args: [{ type: 'event', name: 'coreStatus', payload: { state: 'running', restarts: 1 } }],
    });
    await expect(
      fakeElectron.invokeMain(ipcChannels.request, ours, {
        type: 'request',
        id: 1,
        method: 'getCoreStatus',
        params: {},
      }),
    ).resolves.toMatchObject({ ok: true, result: { state: 'running', restarts: 1 } });
  });

  it('stops the core on quit and does not restart it', async () => {
    const { child } = await launchReady();
    app.emit('before-quit');
    await flush();
    expect(child.killed).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fakeElectron.forkedChildren).toHaveLength(1);
  });

  it('the tray menu opens the window, checks now and quits', async () => {
    const { window, child, tray } = await launchReady();
    const item = (label: string) => tray.contextMenu!.items.find((i) => i.label === label)!;
    window.close();
    item(zh.t('tray.open')).click?.();
    expect(fakeElectron.windows).toHaveLength(2);
    item(zh.t('tray.checkNow')).click?.();
    expect(child.posted).toContainEqual({ type: 'request', id: 1, method: 'runChecks', params: {} });
    item(zh.t('tray.quit')).click?.();
    expect(app.quitCalls).toBe(1);
  });

  it('a second launch focuses the existing window instead of opening another', async () => {
    const { window } = await launchReady();
    window.minimize();
    app.emit('second-instance');
    expect(fakeElectron.windows).toHaveLength(1);
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('a packaged build starts hidden at login and disables devtools', async () => {
    // Electron sets resourcesPath in a packaged app; the practice scenarios are found there.
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/InvoiceGuard/resources', configurable: true });
    const { window } = await launchReady({ packaged: true });
    expect(app.loginItemSettings).toEqual([{ openAtLogin: true, args: ['--hidden'] }]);
    expect(window.options).toMatchObject({ webPreferences: { devTools: false } });
  });
});
