import type { ProtocolClient } from '../../shared/protocol/client';
import type { CoreStatus } from '../../shared/protocol/contract';

/** A running core as the supervisor sees it, however it was started (fork or utilityProcess). */
export interface CoreHandle {
  client: ProtocolClient;
  /** Resolves with a description of how it ended. */
  exited: Promise<string>;
  stop(): Promise<string>;
}

export interface SupervisorOptions {
  start(): CoreHandle;
  onStatus?(status: CoreStatus): void;
  /** Called with every new client, so relays can resubscribe to its events. */
  onClient?(client: ProtocolClient): void;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A core that ran at least this long resets the backoff: it was not crash-looping. */
  stableAfterMs?: number;
  /**
   * Crash-loop stop: after `maxRestarts` restarts within `windowMs`, the next crash is the last;
   * the status turns `failed` and nothing restarts it until `restart()` is called. Default 5 in 10 min.
   */
  crashLoop?: { maxRestarts: number; windowMs: number };
  now?: () => number;
}

export interface Supervisor {
  current(): ProtocolClient | undefined;
  status(): CoreStatus;
  /**
   * Replaces the running core with a fresh one now (for example with other arguments); not a crash.
   * After a crash-loop stop it starts the core again with a clean crash history.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the core running: restarts it when it dies, waiting 0.5 s, 1 s, 2 s ... up to 30 s between
 * attempts while it keeps crashing, so a broken driver cannot spin the CPU; and stops trying after
 * too many crashes in a short time (a crash loop), saying so, rather than restart it all day.
 */
export function superviseCore(options: SupervisorOptions): Supervisor {
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  const now = options.now ?? Date.now;
  const crashLoop = options.crashLoop ?? { maxRestarts: 5, windowMs: 10 * 60_000 };
  /** When each crash restart of the current history was decided (older than the window drop out). */
  let crashTimes: number[] = [];
  let handle: CoreHandle | undefined;
  let status: CoreStatus = { state: 'starting', restarts: 0 };
  let failuresInARow = 0;
  let stopping = false;
  let replacing = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (next: CoreStatus): void => {
    status = next;
    options.onStatus?.(next);
  };

  function launch(): void {
    const startedAt = now();
    const current = options.start();
    handle = current;
    setStatus({ state: 'running', restarts: status.restarts });
    options.onClient?.(current.client);
    void current.exited.then((how) => {
      if (handle === current) handle = undefined;
      if (stopping) return;
      if (replacing) {
        replacing = false;
        failuresInARow = 0;
        return launch();
      }
      const crashedAt = now();
      crashTimes = [...crashTimes.filter((t) => crashedAt - t < crashLoop.windowMs), crashedAt];
      if (crashTimes.length > crashLoop.maxRestarts) {
        setStatus({
          state: 'failed',
          restarts: status.restarts,
          lastExit: how,
          crashLoop: { maxRestarts: crashLoop.maxRestarts, windowMinutes: crashLoop.windowMs / 60_000 },
        });
        return;
      }
      failuresInARow = crashedAt - startedAt >= stableAfter ? 1 : failuresInARow + 1;
      const delay = Math.min(max, initial * 2 ** (failuresInARow - 1));
      setStatus({ state: 'restarting', restarts: status.restarts + 1, retryInMs: delay, lastExit: how });
      retryTimer = setTimeout(launch, delay);
    });
  }

  launch();
  return {
    current: () => handle?.client,
    status: () => status,
    async restart() {
      if (stopping) return;
      clearTimeout(retryTimer);
      const running = handle;
      if (!running) {
        // Waiting out a backoff, or given up after a crash loop: start now, with a clean slate.
        crashTimes = [];
        failuresInARow = 0;
        return launch();
      }
      replacing = true;
      await running.stop();
    },
    async stop() {
      stopping = true;
      clearTimeout(retryTimer);
      await handle?.stop();
      setStatus({ state: 'stopped', restarts: status.restarts });
    },
  };
}
