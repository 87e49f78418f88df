/** Electron's quit, as far as this module needs it. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * A system shutdown notice that can be delayed (powerMonitor 'shutdown', Linux and macOS). Electron
 * passes an event with preventDefault (documented), though its typings declare no argument.
 */
export interface ShutdownNotices {
  on(event: 'shutdown', listener: (event?: { preventDefault(): void }) => void): unknown;
}

/**
 * systemd-logind lets an app delay shutdown by 5 s at most (InhibitDelayMaxSec); Windows gives a
 * few seconds too. Stopping the core takes well under a second, so 3 s leaves room and never makes
 * the user wait on a hung core.
 */
export const quitDeadlineMs = 3_000;

/**
 * Quit (tray menu, OS shutdown) stops the core cleanly first, but never waits longer than
 * `deadlineMs` for it: the first 'before-quit' is held while `stop()` runs, then the quit goes on.
 */
export function stopBeforeQuit(options: {
  app: QuittingApp;
  shutdown?: ShutdownNotices;
  stop(): Promise<unknown>;
  deadlineMs?: number;
  log?(line: string): void;
}): void {
  const deadlineMs = options.deadlineMs ?? quitDeadlineMs;
  let phase: 'running' | 'stopping' | 'stopped' = 'running';
  options.app.on('before-quit', (event) => {
    if (phase === 'stopped') return;
    event.preventDefault();
    if (phase === 'stopping') return;
    phase = 'stopping';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
    void Promise.race([options.stop().then(() => 'stopped' as const), deadline])
      .catch((error: unknown) => options.log?.(`stopping the core failed: ${String(error)}`))
      .then((how) => {
        clearTimeout(timer);
        if (how === 'late') options.log?.(`the core did not stop within ${deadlineMs} ms; quitting anyway`);
        phase = 'stopped';
        options.app.quit();
      });
  });
  // Linux and macOS announce a shutdown; delaying it lets the quit above stop the core first.
  options.shutdown?.on('shutdown', (event) => {
    event?.preventDefault();
    options.app.quit();
  });
}
