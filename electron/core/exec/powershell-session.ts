import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  createFrameDecoder,
  encodePowerShellCommand,
  encodeRequest,
  powerShellServerScript,
  type ShellFrame,
} from './shell-framing';

/** How one script run in the session ended. */
export type ShellOutcome =
  | { kind: 'ok'; text: string; durationMs: number }
  /** The script threw inside PowerShell (cmdlet missing, access denied...). */
  | { kind: 'script-error'; message: string; durationMs: number }
  /** PowerShell itself is not installed or cannot start. */
  | { kind: 'missing'; durationMs: number }
  /** No answer in time: the shell was killed and restarts on the next call. */
  | { kind: 'timeout'; timeoutMs: number; durationMs: number }
  /** The shell exited while the script ran (crash, killed from outside). */
  | { kind: 'died'; reason: string; durationMs: number }
  | { kind: 'aborted'; durationMs: number };

export interface ShellRunOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface PowerShellSession {
  /** Runs one script; calls queue behind each other because one PowerShell runs one thing at a time. */
  run(script: string, options: ShellRunOptions): Promise<ShellOutcome>;
  /** How many shells were started so far (1 for a healthy session, more after crashes or timeouts). */
  starts(): number;
  dispose(): void;
}

export interface PowerShellSessionOptions {
  /** Starts the shell; tests pass a node script that speaks the same framing. */
  spawnShell?: () => ChildProcessWithoutNullStreams;
  /** Longest answer line accepted; longer ones are dropped as garbage. */
  maxResponseBytes?: number;
  killGraceMs?: number;
  /** Where noise on the shell's stdout/stderr is reported (never the user's screen). */
  log?: (line: string) => void;
  /**
   * After this many shells in a row ended without a single answer (blocked by policy, crashing at
   * start), starting another waits: first `backoffMs`, doubling up to 10 minutes. Each start of
   * PowerShell costs about 0.3 s of CPU, so a shell that cannot work must not be restarted every call.
   */
  maxSilentStarts?: number;
  backoffMs?: number;
  now?: () => number;
}

/** The real Windows PowerShell, started once with the framing loop and no profile. */
export function spawnWindowsPowerShell(): ChildProcessWithoutNullStreams {
  return spawn(
    'powershell.exe',
    [
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      encodePowerShellCommand(powerShellServerScript),
    ],
    { windowsHide: true, shell: false, stdio: ['pipe', 'pipe', 'pipe'] },
  );
}

interface Pending {
  id: number;
  /** The shell running it: a killed shell's exit must not fail the next shell's call. */
  owner: ChildProcessWithoutNullStreams;
  started: number;
  resolve: (outcome: ShellOutcome) => void;
}

/**
 * One long-lived PowerShell for every Windows query (printers, event log, Defender...), instead of
 * one process per call as systeminformation does: starting PowerShell costs ~0.3 s of CPU each time.
 * Each call has its own timeout; a hung or dead shell is killed and a fresh one starts on the next call.
 */
export function createPowerShellSession(options: PowerShellSessionOptions = {}): PowerShellSession {
  const spawnShell = options.spawnShell ?? spawnWindowsPowerShell;
  const log = options.log ?? (() => {});
  const maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  let shell: ChildProcessWithoutNullStreams | undefined;
  let pending: Pending | undefined;
  let nextId = 1;
  let startCount = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  const now = options.now ?? Date.now;
  const maxSilentStarts = options.maxSilentStarts ?? 3;
  let silentStarts = 0;
  let retryAt = 0;
  let lastMissing = false; // the last start failed with ENOENT: keep saying "missing" while we wait

  /** A shell ended; if it never answered, count it and maybe hold off the next start. */
  function noteEnd(answered: boolean): void {
    if (answered) return;
    silentStarts++;
    if (silentStarts >= maxSilentStarts)
      retryAt = now() + Math.min(600_000, (options.backoffMs ?? 30_000) * 2 ** (silentStarts - maxSilentStarts));
  }

  const elapsed = (p: Pending): number => Math.round(performance.now() - p.started);

  function settle(outcome: (p: Pending) => ShellOutcome, from?: ChildProcessWithoutNullStreams): void {
    const current = pending;
    if (!current || (from && current.owner !== from)) return;
    pending = undefined;
    current.resolve(outcome(current));
  }

  function kill(target: ChildProcessWithoutNullStreams): void {
    if (shell === target) shell = undefined;
    target.kill('SIGTERM');
    const timer = setTimeout(() => target.kill('SIGKILL'), options.killGraceMs ?? 500);
    timer.unref();
    target.once('exit', () => clearTimeout(timer));
  }

  function start(): ChildProcessWithoutNullStreams | 'missing' {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnShell();
    } catch {
      return 'missing';
    }
    startCount++;
    let answered = false;
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      noteEnd(answered);
    };
    const decoder = createFrameDecoder(
      (frame: ShellFrame) => {
        answered = true;
        silentStarts = 0;
        lastMissing = false;
        if (!pending || frame.id !== pending.id) return; // a late answer to a call that timed out
        settle(
          (p) =>
            frame.ok
              ? { kind: 'ok', text: frame.text, durationMs: elapsed(p) }
              : { kind: 'script-error', message: frame.text.trim().slice(0, 500), durationMs: elapsed(p) },
          child,
        );
      },
      (line) => log(`powershell noise: ${line}`),
      maxResponseBytes,
    );
    child.stdout.setEncoding('latin1'); // frames are ASCII; latin1 never splits a byte sequence
    child.stdout.on('data', (chunk: string) => decoder.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => log(`powershell stderr: ${chunk.toString('utf8').slice(0, 200)}`));
    child.stdin.on('error', () => {}); // EPIPE after the shell died: reported through 'exit'
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (shell === child) shell = undefined;
      lastMissing = error.code === 'ENOENT';
      end();
      settle(
        (p) =>
          error.code === 'ENOENT'
            ? { kind: 'missing', durationMs: elapsed(p) }
            : { kind: 'died', reason: error.code ?? error.message, durationMs: elapsed(p) },
        child,
      );
    });
    child.on('exit', (code, signal) => {
      if (shell === child) shell = undefined;
      end();
      settle((p) => ({ kind: 'died', reason: signal ?? `exit code ${code}`, durationMs: elapsed(p) }), child);
    });
    return child;
  }

  function runNow(script: string, runOptions: ShellRunOptions): Promise<ShellOutcome> {
    return new Promise((resolve) => {
      if (disposed || runOptions.signal?.aborted) {
        resolve({ kind: 'aborted', durationMs: 0 });
        return;
      }
      if (!shell && now() < retryAt) {
        if (lastMissing) {
          resolve({ kind: 'missing', durationMs: 0 });
          return;
        }
        const seconds = Math.ceil((retryAt - now()) / 1000);
        resolve({
          kind: 'died',
          reason: `PowerShell ended ${silentStarts} times without answering; next try in ${seconds} s`,
          durationMs: 0,
        });
        return;
      }
      if (!shell) {
        const started = start();
        if (started === 'missing') {
          resolve({ kind: 'missing', durationMs: 0 });
          return;
        }
        shell = started;
      }
      const target = shell;
      const call: Pending = { id: nextId++, owner: target, started: performance.now(), resolve };
      const timer = setTimeout(() => {
        settle((p) => ({ kind: 'timeout', timeoutMs: runOptions.timeoutMs, durationMs: elapsed(p) }));
        kill(target); // it is still busy with the script: a fresh shell is cheaper than waiting
      }, runOptions.timeoutMs);
      const onAbort = (): void => {
        settle((p) => ({ kind: 'aborted', durationMs: elapsed(p) }));
        kill(target);
      };
      runOptions.signal?.addEventListener('abort', onAbort, { once: true });
      call.resolve = (outcome) => {
        clearTimeout(timer);
        runOptions.signal?.removeEventListener('abort', onAbort);
        resolve(outcome);
      };
      pending = call;
      target.stdin.write(encodeRequest(call.id, script));
    });
  }

  return {
    run(script, runOptions) {
      const result = queue.then(() => runNow(script, runOptions));
      queue = result.catch(() => {});
      return result;
    },
    starts: () => startCount,
    dispose() {
      disposed = true;
      settle((p) => ({ kind: 'aborted', durationMs: elapsed(p) }));
      if (shell) {
        const target = shell;
        target.stdin.end();
        kill(target);
      }
    },
  };
}

let shared: { session: PowerShellSession; users: number } | undefined;

/**
 * The one session every Windows source shares; the last `release()` closes it. Areas take a
 * handle in their factory and release it in `dispose`.
 */
export function acquirePowerShell(create: () => PowerShellSession = createPowerShellSession): {
  session: PowerShellSession;
  release(): void;
} {
  if (!shared) shared = { session: create(), users: 0 };
  const entry = shared;
  entry.users++;
  let released = false;
  return {
    session: entry.session,
    release() {
      if (released) return;
      released = true;
      entry.users--;
      if (entry.users === 0 && shared === entry) {
        shared = undefined;
        entry.session.dispose();
      }
    },
  };
}
