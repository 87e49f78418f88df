// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../../electron/main/app-origin';
import { trayIconPngs, type TrayIconState } from '../../../electron/main/tray-icons.generated';
import { dashboardWindowOptions } from '../../../electron/main/window-options';
import { createTranslator } from '../../../shared/i18n/translator';
import { verdictText } from '../../../shared/i18n/verdict-text';
import type { Fault } from '../../../shared/model/fault';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { PolicyInput } from '../../../shared/policy/policy-schema';
import { ipcChannels } from '../../../shared/protocol/preload-api';
import type { FakeNativeImage, Tray } from '../../support/fake-electron';
import { fakeSnapshot } from '../../support/fake-snapshot';

// One fake for the whole file, so it survives vi.resetModules (main.ts runs once per import).
const fake = await vi.hoisted(() => import('../../support/fake-electron'));
vi.mock('electron', () => fake);
const { app, fakeElectron } = fake;
// Captured before the fake timers replace it: main's start reads files (policy, settings), real I/O.
const realSetImmediate = globalThis.setImmediate;

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

function snapshotWith(overall: Snapshot['overall'], faults: Fault[] = [], simulated = false): Snapshot {
  return fakeSnapshot({ overall, checks: [], faults, simulated, updatedAt: '2026-11-27T00:00:00.000Z' });
}
const critical: Fault = {
  id: 'tax-device.missing',
  category: 'hardware',
  severity: 'critical',
  guide: 'tax-device.missing',
  checkIds: [],
  since: '2026-11-27T00:00:00.000Z',
};

/** Lets promise chains (whenReady().then, exited.then) run without moving the fake clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** Waits for real I/O (main reads the policy and the user's settings) as well as promise chains. */
async function settle(done: () => boolean, maxMs = 5_000): Promise<void> {
  const start = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - start) / 1e6;
  for (let i = 0; !done() && (i < 20 || elapsedMs() < maxMs); i++) {
    await flush();
    await new Promise((resolve) => realSetImmediate(resolve));
  }
  await flush();
}

/** A promise and whether it has settled yet, for settle() to wait on. */
function settled<T>(promise: Promise<T>): { promise: Promise<T>; done: boolean } {
  const tracked = { promise, done: false };
  void promise.finally(() => (tracked.done = true)).catch(() => {});
  return tracked;
}

const iconOf = (tray: Tray): TrayIconState | undefined => {
  const png = (tray.image as FakeNativeImage).representations[0]?.buffer?.toString('base64');
  return (Object.keys(trayIconPngs) as TrayIconState[]).find((s) => trayIconPngs[s][16] === png);
};
const menuLabels = (tray: Tray) => tray.contextMenu?.items.map((i) => i.label ?? i.type);
const menuItem = (tray: Tray, key: string) => tray.contextMenu!.items.find((i) => i.label === zh.t(key));
const navigations = (window: (typeof fakeElectron.windows)[number]) =>
  window.webContents.sent
    .map((m) => m.args[0] as { name?: string; payload?: unknown })
    .filter((m) => m.name === 'navigate')
    .map((m) => m.payload);

interface LaunchOptions {
  lock?: boolean;
  packaged?: boolean;
  policy?: PolicyInput;
  argv?: string[];
}

let scratch: string;
const originalArgv = process.argv;

/** Starts the main process afresh, as launching the app would. */
async function launch(options: LaunchOptions = {}): Promise<void> {
  vi.resetModules();
  fakeElectron.reset();
  app.singleInstanceLock = options.lock ?? true;
  app.isPackaged = options.packaged ?? false;
  app.userDataPath = path.join(scratch, 'user-data');
  process.argv = [...originalArgv, ...(options.argv ?? [])];
  if (options.policy) {
    const file = path.join(scratch, 'policy.json');
    await writeFile(file, JSON.stringify(options.policy));
    vi.stubEnv('INVOICEGUARD_POLICY', file);
  }
  await import('../../../electron/main/main');
}

async function launchReady(options: LaunchOptions = {}) {
  await launch(options);
  app.becomeReady();
  await settle(() => fakeElectron.forkedChildren.length > 0 || app.quitCalls > 0);
  return { window: fakeElectron.windows[0]!, child: fakeElectron.forkedChildren[0]!, tray: fakeElectron.trays[0]! };
}

describe('the Electron main process', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'ig-main-'));
    // Linux login items go to $XDG_CONFIG_HOME/autostart: never the real home folder.
    vi.stubEnv('XDG_CONFIG_HOME', path.join(scratch, 'config'));
    vi.stubEnv('INVOICEGUARD_POLICY', path.join(scratch, 'no-policy-here.json'));
    vi.useFakeTimers();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    warn.mockRestore();
    process.argv = originalArgv;
    await rm(scratch, { recursive: true, force: true });
  });

  it('registers app:// as a privileged scheme and sandboxes every renderer before ready, and does nothing else yet', async () => {
    await launch();
    expect(fakeElectron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.sandboxEnabled).toBe(true);
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
    expect(iconOf(tray)).toBe('offline'); // no snapshot yet
    expect(tray.tooltip).toBe(zh.t('tray.coreStarting'));
    expect(menuLabels(tray)).toEqual([
      zh.t('tray.menu.open'),
      zh.t('tray.menu.checkNow'),
      zh.t('tray.menu.readiness'),
      'separator',
      zh.t('tray.menu.practice'),
      zh.t('tray.menu.support'),
      'separator',
      zh.t('tray.menu.quit'),
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

  it('starts with no window when launched --hidden (at login): an idle PC runs no renderer', async () => {
    await launchReady({ argv: ['--hidden'] });
    expect(fakeElectron.windows).toEqual([]);
    expect(fakeElectron.trays).toHaveLength(1);
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

  describe('the tray per state', () => {
    it.each<[string, Snapshot, TrayIconState, string]>([
      ['ok', snapshotWith('ok'), 'ok', 'tray.tooltip'],
      ['warning', snapshotWith('warning'), 'warning', 'tray.tooltip'],
      ['fault', snapshotWith('fault', [critical]), 'fault', 'tray.tooltip'],
      ['practice', snapshotWith('fault', [critical], true), 'practice', 'tray.practice'],
    ])('%s: its icon, the verdict as tooltip', async (_name, snapshot, icon, tooltipKey) => {
      const { child, tray } = await launchReady();
      child.reply({ type: 'event', name: 'snapshot', payload: snapshot });
      expect(iconOf(tray)).toBe(icon);
      expect(tray.tooltip).toBe(zh.t(tooltipKey, { overall: verdictText(snapshot.verdict, zh) }));
    });

    it('practice: the menu offers to end it, which restarts the core on real data', async () => {
      const { child, tray } = await launchReady();
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('ok', [], true) });
      expect(menuLabels(tray)).toContain(zh.t('tray.menu.endPractice'));
      expect(menuLabels(tray)).not.toContain(zh.t('tray.menu.practice'));
    });

    it('hides Quit when the policy says allowQuit: false', async () => {
      const { tray } = await launchReady({ policy: { app: { allowQuit: false } } });
      expect(menuLabels(tray)).not.toContain(zh.t('tray.menu.quit'));
    });

    it('readiness, support and practice open the dashboard on that view', async () => {
      const { window, tray } = await launchReady();
      window.finishLoad();
      menuItem(tray, 'tray.menu.readiness')!.click!();
      menuItem(tray, 'tray.menu.support')!.click!();
      menuItem(tray, 'tray.menu.practice')!.click!();
      expect(navigations(window)).toEqual([{ view: 'readiness' }, { view: 'support' }, { view: 'practice' }]);
    });

    it('opens, checks now and quits from the menu; a left click opens the dashboard', async () => {
      const { window, child, tray } = await launchReady();
      window.close();
      menuItem(tray, 'tray.menu.open')!.click!();
      expect(fakeElectron.windows).toHaveLength(2);
      fakeElectron.windows[1]!.close();
      tray.emit('click');
      expect(fakeElectron.windows).toHaveLength(3);
      menuItem(tray, 'tray.menu.checkNow')!.click!();
      expect(child.posted).toContainEqual({ type: 'request', id: 1, method: 'runChecks', params: {} });
      menuItem(tray, 'tray.menu.quit')!.click!();
      expect(app.quitCalls).toBe(1);
    });
  });

  describe('notifications', () => {
    it('pop up a newly opened critical fault after the coalescing window; a click opens its guide', async () => {
      const { window, child } = await launchReady();
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('ok') });
      expect(window.webContents.sent).toContainEqual({
        channel: ipcChannels.event,
        args: [{ type: 'event', name: 'snapshot', payload: snapshotWith('ok') }],
      });
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
      expect(fakeElectron.notifications).toEqual([]);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fakeElectron.notifications).toHaveLength(1);
      const note = fakeElectron.notifications[0]!;
      expect(note.shown).toBe(true);
      expect(note.options.title).toBe(zh.t('notify.faultOpened', { title: zh.t(`fault.${critical.id}.title`) }));
      expect(note.options.body).toBe(zh.t('notify.faultOpenedBody'));

      window.close();
      note.emit('click');
      const reopened = fakeElectron.windows[1]!;
      reopened.finishLoad();
      expect(navigations(reopened)).toEqual([{ view: 'guide', params: { guideId: critical.guide } }]);

      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fakeElectron.notifications).toHaveLength(1); // still open: no second pop-up
      expect(window.webContents.sent.length).toBeLessThan(5); // the closed window is left alone
    });

    it('not for faults already open in the first snapshot after start', async () => {
      const { child } = await launchReady();
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fakeElectron.notifications).toEqual([]);
    });

    it('never in practice mode', async () => {
      const { child } = await launchReady();
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('ok', [], true) });
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical], true) });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fakeElectron.notifications).toEqual([]);
    });

    it('none when the policy turns them off', async () => {
      const { child } = await launchReady({ policy: { app: { notifications: { enabled: false } } } });
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('ok') });
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('fault', [critical]) });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fakeElectron.notifications).toEqual([]);
    });
  });

  describe('the supervised core', () => {
    it('restarts it through utilityProcess after the backoff, the tray saying "monitor restarting" meanwhile', async () => {
      const { window, child, tray } = await launchReady();
      child.reply({ type: 'event', name: 'snapshot', payload: snapshotWith('ok') });
      child.exit(1);
      await flush();
      expect(iconOf(tray)).toBe('offline');
      expect(tray.tooltip).toBe(zh.t('tray.coreRestarting'));
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
      expect(tray.tooltip).toBe(zh.t('tray.coreStarting')); // the new core has not spoken yet

      // A second crash in a row waits twice as long.
      fakeElectron.forkedChildren[1]!.exit(1);
      await flush();
      await vi.advanceTimersByTimeAsync(999);
      expect(fakeElectron.forkedChildren).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(fakeElectron.forkedChildren).toHaveLength(3);
    });

    it('stops restarting after the policy’s N restarts in M minutes: "monitor stopped, contact support", once', async () => {
      const { tray } = await launchReady({ policy: { app: { monitor: { maxRestarts: 2, windowMinutes: 5 } } } });
      for (let i = 0; i < 3; i++) {
        fakeElectron.forkedChildren.at(-1)!.exit(1);
        await flush();
        await vi.advanceTimersByTimeAsync(2_000);
      }
      expect(fakeElectron.forkedChildren).toHaveLength(3); // the first and two restarts
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(fakeElectron.forkedChildren).toHaveLength(3);
      expect(iconOf(tray)).toBe('offline');
      expect(tray.tooltip).toBe(zh.t('tray.coreFailed', { maxRestarts: 2, windowMinutes: 5 }));
      expect(fakeElectron.notifications.map((n) => n.options.title)).toEqual([zh.t('notify.monitorStopped')]);

      // Support asks the user to try again: the menu restarts it.
      expect(menuItem(tray, 'tray.menu.checkNow')!.enabled).toBe(false);
      menuItem(tray, 'tray.menu.restartMonitor')!.click!();
      await flush();
      expect(fakeElectron.forkedChildren).toHaveLength(4);
      expect(menuLabels(tray)).not.toContain(zh.t('tray.menu.restartMonitor'));
    });

    it('answers requests with unavailable while the core restarts', async () => {
      const { window, child } = await launchReady();
      child.exit(1);
      await flush();
      const ours = { webContentsId: window.webContents.id, url: appEntryUrl };
      await expect(
        fakeElectron.invokeMain(ipcChannels.request, ours, {
          type: 'request',
          id: 0,
          method: 'getSnapshot',
          params: {},
        }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
    });

    it('tells a window opened while the core restarts that it is restarting, answering from main', async () => {
      const { window, child } = await launchReady();
      window.close(); // the user closed the dashboard; the tray keeps watching
      child.exit(1);
      await flush();
      app.emit('second-instance', {}, ['InvoiceGuard']); // and opens it again during the backoff
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

      await vi.advanceTimersByTimeAsync(500);
      expect(late.webContents.sent).toContainEqual({
        channel: ipcChannels.event,
        args: [{ type: 'event', name: 'coreStatus', payload: { state: 'running', restarts: 1 } }],
      });
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
      await settle(() => child.killed);
      await flush();
      await expect(started).resolves.toMatchObject({ ok: true, result: { active: 'printer-paused' } });
      const practiceCore = fakeElectron.forkedChildren[1]!;
      // The app's own core is the resident one (journal, log, fleet outputs; a drill is journaled as practice).
      expect(practiceCore.args).toEqual([
        '--resident',
        '--simulate',
        expect.stringMatching(/scenarios[\\/]printer-paused\.json$/),
      ]);
    });
  });

  describe('lifecycle', () => {
    it('re-checks everything at once on resume from sleep and on unlock', async () => {
      const { child } = await launchReady();
      fakeElectron.powerMonitor.emit('resume');
      expect(child.posted).toEqual([{ type: 'request', id: 1, method: 'runChecks', params: {} }]);
      await vi.advanceTimersByTimeAsync(60_000);
      fakeElectron.powerMonitor.emit('unlock-screen');
      expect(child.posted.filter((m) => (m as { method?: string }).method === 'runChecks')).toHaveLength(2);
    });

    it('a second launch focuses the existing window instead of opening another', async () => {
      const { window } = await launchReady();
      window.minimize();
      app.emit('second-instance', {}, ['InvoiceGuard']);
      expect(fakeElectron.windows).toHaveLength(1);
      expect(window.isMinimized()).toBe(false);
      expect(window.focused).toBe(true);
    });

    it('a duplicate start from a login entry (--login) opens nothing', async () => {
      const { window } = await launchReady({ argv: ['--hidden'] });
      expect(window).toBeUndefined();
      app.emit('second-instance', {}, ['InvoiceGuard', '--hidden', '--login']);
      expect(fakeElectron.windows).toEqual([]);
    });

    it('stops the core on quit, then quits, and does not restart it', async () => {
      const { child } = await launchReady();
      app.quit();
      expect(app.quitting).toBe(false); // held until the core has stopped
      await flush();
      expect(child.killed).toBe(true);
      await flush();
      expect(app.quitting).toBe(true);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fakeElectron.forkedChildren).toHaveLength(1);
    });

    it('quits within 3 s even when the core hangs and ignores the kill', async () => {
      const { child } = await launchReady();
      child.ignoresKill = true;
      app.quit();
      await vi.advanceTimersByTimeAsync(2_999);
      expect(app.quitting).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(app.quitting).toBe(true);
    });

    it('an OS shutdown (Linux, macOS) is delayed while the core stops, then the app quits', async () => {
      const { child } = await launchReady();
      expect(fakeElectron.powerMonitor.dispatchPreventable('shutdown')).toBe(true);
      await flush();
      expect(child.killed).toBe(true);
      await flush();
      expect(app.quitting).toBe(true);
    });
  });

  describe('start at login', () => {
    it('a packaged build registers this user’s login entry (Linux: XDG autostart) and disables devtools', async () => {
      // Electron sets resourcesPath in a packaged app; the practice scenarios are found there.
      Object.defineProperty(process, 'resourcesPath', { value: '/opt/InvoiceGuard/resources', configurable: true });
      const { window } = await launchReady({ packaged: true });
      expect(window.options).toMatchObject({ webPreferences: { devTools: false } });
      // Unless this machine has the deb's machine-wide entry, which then does the job.
      if (existsSync('/etc/xdg/autostart/invoiceguard.desktop')) return;
      const file = path.join(scratch, 'config', 'autostart', 'invoiceguard.desktop');
      await settle(() => existsSync(file));
      expect(await readFile(file, 'utf8')).toContain(`Exec=${process.execPath} --hidden --login`);
    });

    it('quits at once on a login start when the policy says never, starting nothing', async () => {
      await launchReady({ policy: { app: { startAtLogin: 'never' } }, argv: ['--hidden', '--login'] });
      expect(app.quitCalls).toBe(1);
      expect(fakeElectron.trays).toEqual([]);
      expect(fakeElectron.forkedChildren).toEqual([]);
    });

    it('runs on a login start when the policy says always', async () => {
      await launchReady({ policy: { app: { startAtLogin: 'always' } }, argv: ['--hidden', '--login'] });
      expect(app.quitCalls).toBe(0);
      expect(fakeElectron.trays).toHaveLength(1);
    });

    it('answers the settings toggle from main: off for this user, and the next login start quits', async () => {
      const { window } = await launchReady();
      const ours = { webContentsId: window.webContents.id, url: appEntryUrl };
      const ask = (method: string, params = {}) =>
        fakeElectron.invokeMain(ipcChannels.request, ours, { type: 'request', id: 0, method, params });
      await expect(ask('getStartAtLogin')).resolves.toMatchObject({
        ok: true,
        result: { enabled: true, policy: 'user', canChange: true },
      });
      const set = settled(ask('setStartAtLogin', { enabled: false }));
      await settle(() => set.done);
      await expect(set.promise).resolves.toMatchObject({ ok: true, result: { enabled: false, canChange: true } });

      await launchReady({ argv: ['--hidden', '--login'] });
      expect(app.quitCalls).toBe(1);
      expect(fakeElectron.trays).toEqual([]);
    });

    it('the policy’s answer wins over the toggle', async () => {
      const { window } = await launchReady({ policy: { app: { startAtLogin: 'always' } } });
      const ours = { webContentsId: window.webContents.id, url: appEntryUrl };
      const set = settled(
        fakeElectron.invokeMain(ipcChannels.request, ours, {
          type: 'request',
          id: 0,
          method: 'setStartAtLogin',
          params: { enabled: false },
        }),
      );
      await settle(() => set.done);
      await expect(set.promise).resolves.toMatchObject({ ok: true, result: { enabled: true, canChange: false } });
    });
  });
});
