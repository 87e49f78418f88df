// The Electron main process: tray, notifications, the dashboard window, and supervision of the
// core (a utilityProcess), relaying the protocol between them. Kept thin: the logic it wires
// together lives in plain, tested modules.
import path from 'node:path';
import { app, powerMonitor, session, shell } from 'electron';
import { createTranslator, languageFromLocale } from '../../shared/i18n/translator';
import { createProtocolServer } from '../../shared/protocol/server';
import type { Snapshot } from '../../shared/model/snapshot';
import type { CoreStatus, Navigate } from '../../shared/protocol/contract';
import { loadPolicy } from '../core/policy/load-policy';
import { createCoreRelay } from '../host/core-relay';
import { createOpenExternalHandler, revealSupportBundle } from './open-external';
import { ProtocolError } from '../../shared/protocol/envelope';
import { createPracticeHost } from '../host/practice-host';
import { superviseCore } from '../host/supervisor';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createDashboardWindowManager } from './dashboard-window';
import { createDesktopNotifier, isSettled } from './desktop-notifier';
import { denyAllPermissions, hardenWebContents } from './harden-web-contents';
import { registerIpcBridge, sendEvent } from './ipc-main-bridge';
import { applyLoginItem, createStartAtLogin } from './login-item';
import { stopBeforeQuit } from './quit-deadline';
import { quitAtLogin } from './start-at-login';
import { createStatusTray } from './tray';
import { backupConfigured, trayMenu, type TrayAction } from './tray-menu';
import { trayView } from './tray-view';
import { startUtilityCore } from './utility-core';
import { onWakeUp } from './wake-events';

registerAppScheme();
// Every renderer sandboxed, whatever its window options say (Electron security checklist).
app.enableSandbox();
hardenWebContents(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const t = createTranslator(languageFromLocale([app.getLocale()]));
  // Windows shows toasts under the id the installers give the Start menu shortcut (appId).
  if (process.platform === 'win32') app.setAppUserModelId('cn.invoiceguard.desktop');
  const log = (line: string): void => console.warn(`[main] ${line}`);
  // The same policy file the core reads; its `app` section is for this process.
  const { policy } = await loadPolicy({ env: process.env, platform: process.platform });
  const appPolicy = policy.app;
  const login = await createStartAtLogin({
    policy: appPolicy.startAtLogin,
    userDataDir: app.getPath('userData'),
    apply: (enabled) => applyLoginItem(enabled, { app, platform: process.platform, env: process.env }),
    log,
  });
  if (quitAtLogin(process.argv, login.state())) return app.quit();
  void login.apply();

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(__dirname, 'renderer'));
  const dashboard = createDashboardWindowManager(path.join(__dirname, 'preload.cjs'), !app.isPackaged);
  // Practice scenarios ship beside the app (installer extraResources) or sit in the repository.
  const scenarioDir = path.join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'scenarios');
  const practice = createPracticeHost({ scenarioDir, restartCore: () => supervisor.restart(), log });
  const relay = createCoreRelay({
    current: () => supervisor.current(),
    // A window opened later (tray, notification, second launch) asks for it with getCoreStatus.
    status: () => supervisor.status(),
    broadcast: (name, payload) => {
      const target = dashboard.current();
      if (target) sendEvent(target.webContents, name, payload);
    },
    local: {
      ...practice.handlers,
      ...login.handlers,
      // Only mailto:/tel:/https: URLs the policy or the built-in list names are opened (open-external.ts).
      openExternal: createOpenExternalHandler({
        shell,
        allowlist: async () => (await supervisor.current()?.request('getSupportContacts', {}))?.allow,
        log,
      }),
      // The mail-draft channel: the core builds the bundle, and its folder is shown for attaching.
      async buildSupportBundle(params) {
        const client = supervisor.current();
        if (!client) throw new ProtocolError('unavailable', 'the core is restarting');
        const built = await client.request('buildSupportBundle', params);
        revealSupportBundle(shell, built);
        return built;
      },
    },
  });

  let snapshot: Snapshot | undefined;
  let coreStatus: CoreStatus = { state: 'starting', restarts: 0 };
  const open = (route?: Navigate): void => dashboard.show(route);
  const recheck = (): void =>
    void supervisor
      .current()
      ?.request('runChecks', {})
      .catch((e: unknown) => log(`re-check failed: ${String(e)}`));
  const notifications = appPolicy.notifications;
  const notifier = createDesktopNotifier({
    enabled: notifications.enabled,
    settings: {
      maxPerHour: notifications.maxPerHour,
      onRecovery: notifications.onRecovery,
      ...(notifications.quietHours ? { quietHours: notifications.quietHours } : {}),
      coalesceMs: 10_000,
    },
    t,
    verdict: () => snapshot?.verdict ?? { canInvoice: 'attention' },
    open,
  });
  const actions: Record<TrayAction, () => void> = {
    open: () => open(),
    checkNow: recheck,
    readiness: () => open({ view: 'readiness' }),
    // The backup view starts the backup on `start: backup` and shows its progress (views/backup-view.tsx).
    backupNow: () => open({ view: 'backup', params: { start: 'backup' } }),
    practice: () => open({ view: 'practice' }),
    endPractice: () => void practice.handlers.stopPractice({}).catch((e: unknown) => log(String(e))),
    support: () => open({ view: 'support' }),
    restartMonitor: () => void supervisor.restart(),
    quit: () => app.quit(),
  };
  const tray = createStatusTray(t, (action) => actions[action]());
  const refreshTray = (): void =>
    tray.update(
      trayView({ core: coreStatus, snapshot }, t),
      trayMenu({
        core: coreStatus.state,
        practiceActive: snapshot?.simulated === true,
        backupConfigured: backupConfigured(policy),
        allowQuit: appPolicy.allowQuit,
      }),
    );

  const onSnapshot = (next: Snapshot): void => {
    // Practice never pops up notifications; switching between practice and real data starts afresh.
    if (snapshot && snapshot.simulated !== next.simulated) notifier.rebaseline();
    snapshot = next;
    if (!next.simulated && isSettled(next)) notifier.observe(next.faults);
    refreshTray();
  };
  const supervisor = superviseCore({
    start: () => startUtilityCore(path.join(__dirname, 'core.cjs'), ['--resident', ...practice.coreArgs()]),
    crashLoop: { maxRestarts: appPolicy.monitor.maxRestarts, windowMs: appPolicy.monitor.windowMinutes * 60_000 },
    onClient: (client) => {
      snapshot = undefined; // a new core: the last one's state is not this one's
      relay.attach(client);
      client.on('snapshot', onSnapshot);
      refreshTray();
    },
    onStatus: (status) => {
      coreStatus = status;
      const target = dashboard.current();
      if (target) sendEvent(target.webContents, 'coreStatus', status);
      if (status.state === 'failed') {
        const params = {
          maxRestarts: status.crashLoop?.maxRestarts ?? 0,
          windowMinutes: status.crashLoop?.windowMinutes ?? 0,
        };
        notifier.showNow(t.t('notify.monitorStopped'), t.t('notify.monitorStoppedBody', params), { view: 'support' });
      }
      refreshTray();
    },
  });

  registerIpcBridge({
    handle: createProtocolServer(relay.handlers),
    isTrustedWindow: (id) => dashboard.current()?.webContents.id === id,
    log,
  });

  // A second launch (Start menu, desktop icon) opens the dashboard; a duplicate login start does not.
  app.on('second-instance', (_event, argv: string[] = []) => {
    if (!argv.includes('--login')) open();
  });
  // Closing the window leaves the tray watching; only Quit (or the end of the session) ends the app.
  app.on('window-all-closed', () => {});
  onWakeUp(powerMonitor, recheck);
  stopBeforeQuit({ app, shutdown: powerMonitor, stop: () => supervisor.stop(), log });
  if (!process.argv.includes('--hidden')) open();
}
