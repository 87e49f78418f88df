// The Electron main process: tray, notifications, the dashboard window, and supervision of the
// core (a utilityProcess), relaying the protocol between them. Kept thin: the logic it wires
// together lives in plain, tested modules.
import path from 'node:path';
import { verdictText } from '../../shared/i18n/verdict-text';
import { app, Notification, session, shell } from 'electron';
import { createTranslator, languageFromLocale } from '../../shared/i18n/translator';
import { createProtocolServer } from '../../shared/protocol/server';
import type { Snapshot } from '../../shared/model/snapshot';
import { createCoreRelay } from '../host/core-relay';
import { createOpenExternalHandler, revealSupportBundle } from './open-external';
import { ProtocolError } from '../../shared/protocol/envelope';
import { createPracticeHost } from '../host/practice-host';
import { superviseCore } from '../host/supervisor';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createDashboardWindowManager } from './dashboard-window';
import { faultsToNotify } from './fault-notifications';
import { denyAllPermissions, hardenWebContents } from './harden-web-contents';
import { registerIpcBridge, sendEvent } from './ipc-main-bridge';
import { createStatusTray } from './tray';
import { startUtilityCore } from './utility-core';

registerAppScheme();
hardenWebContents(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

function start(): void {
  const t = createTranslator(languageFromLocale([app.getLocale()]));
  const log = (line: string): void => console.warn(`[main] ${line}`);
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
  let lastSnapshot: Snapshot | undefined;
  const onSnapshot = (snapshot: Snapshot): void => {
    // Practice never pops up notifications; switching between practice and real data starts afresh.
    const previous = lastSnapshot?.simulated === snapshot.simulated ? lastSnapshot.faults : undefined;
    for (const fault of snapshot.simulated ? [] : faultsToNotify(previous, snapshot.faults)) {
      const note = new Notification({
        title: t.t('notify.faultOpened', { title: t.t(`fault.${fault.id}.title`) }),
        body: t.t('notify.faultOpenedBody'),
      });
      note.on('click', () => dashboard.show());
      note.show();
    }
    lastSnapshot = snapshot;
    const tooltip = snapshot.simulated ? 'tray.practice' : 'tray.tooltip';
    tray.update(snapshot.overall, t.t(tooltip, { overall: verdictText(snapshot.verdict, t) }));
  };
  const supervisor = superviseCore({
    start: () => startUtilityCore(path.join(__dirname, 'core.cjs'), ['--resident', ...practice.coreArgs()]),
    onClient: (client) => {
      relay.attach(client);
      client.on('snapshot', onSnapshot);
    },
    onStatus: (status) => {
      const target = dashboard.current();
      if (target) sendEvent(target.webContents, 'coreStatus', status);
      if (status.state === 'restarting') tray.update('unknown', t.t('tray.coreDown'));
    },
  });

  registerIpcBridge({
    handle: createProtocolServer(relay.handlers),
    isTrustedWindow: (id) => dashboard.current()?.webContents.id === id,
    log,
  });

  const tray = createStatusTray(t, {
    open: () => dashboard.show(),
    checkNow: () =>
      void supervisor
        .current()
        ?.request('runChecks', {})
        .catch((e: unknown) => log(String(e))),
    quit: () => app.quit(),
  });

  app.on('second-instance', () => dashboard.show());
  // Closing the window leaves the tray watching; only Quit ends the app.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => void supervisor.stop());
  if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: true, args: ['--hidden'] });
  if (!process.argv.includes('--hidden')) dashboard.show();
}
