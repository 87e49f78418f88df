import { spawn } from 'node:child_process';
import { executableExists } from './find-executable';

/** How a command ended; `ok` only when it ran, exited 0 (or an allowed code) and fit the output cap. */
export type CommandOutcome =
  | { kind: 'ok'; code: number; stdout: string; stderr: string; durationMs: number }
  /** The program is not installed (ENOENT): the caller says what to install. */
  | { kind: 'missing'; file: string; durationMs: number }
  /** It ran but failed: non-zero exit, killed by a signal, or could not start for another reason. */
  | {
      kind: 'failed';
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
      reason: string;
      durationMs: number;
    }
  /** It ran longer than its timeout and was killed. */
  | { kind: 'timeout'; timeoutMs: number; stdout: string; stderr: string; durationMs: number }
  /** It printed more than the cap (runaway or garbage output) and was killed. */
  | { kind: 'too-large'; maxOutputBytes: number; durationMs: number }
  /** The caller's signal aborted it (probe timeout, core stopping). */
  | { kind: 'aborted'; durationMs: number };

export interface RunCommandOptions {
  timeoutMs: number;
  /** After SIGTERM at the timeout, SIGKILL follows this much later if the process is still there. */
  killGraceMs?: number;
  /** stdout + stderr bytes kept before the process is killed as runaway. */
  maxOutputBytes?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  signal?: AbortSignal;
  /** Exit codes that still count as success (smartctl and lpstat use bits and 1 for findings). */
  okCodes?: readonly number[];
  /** Text written to stdin, which is then closed (stdin is closed at once without it). */
  input?: string;
  encoding?: BufferEncoding;
}

/** A function with runCommand's shape, so sources can be handed a scripted runner in unit tests. */
export type CommandRunner = (
  file: string,
  args: readonly string[],
  options: RunCommandOptions,
) => Promise<CommandOutcome>;

const defaultGraceMs = 1000;
const defaultMaxOutput = 1024 * 1024;

/**
 * Runs one program with an argument array (never a shell), a timeout that kills it (SIGTERM, then
 * SIGKILL after a grace), and an output cap. Never throws and never rejects: every way a command
 * can go wrong comes back as an outcome the probe turns into `unknown` with a reason.
 */
export const runCommand: CommandRunner = (file, args, options) =>
  new Promise((resolve) => {
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    const maxOutput = options.maxOutputBytes ?? defaultMaxOutput;
    if (options.signal?.aborted) {
      resolve({ kind: 'aborted', durationMs: 0 });
      return;
    }
    if (!executableExists(file, options.env ?? process.env)) {
      resolve({ kind: 'missing', file, durationMs: elapsed() });
      return;
    }
    let settled = false;
    let ending: 'timeout' | 'too-large' | 'aborted' | undefined;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let killTimer: ReturnType<typeof setTimeout> | undefined;

    const child = spawn(file, [...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      shell: false,
    });

    const stop = (why: 'timeout' | 'too-large' | 'aborted'): void => {
      if (ending || child.exitCode !== null || child.signalCode !== null) return;
      ending = why;
      child.kill('SIGTERM');
      // A process that ignores SIGTERM (or a Windows tool stuck in a driver call) still goes.
      killTimer = setTimeout(() => child.kill('SIGKILL'), options.killGraceMs ?? defaultGraceMs);
      killTimer.unref();
    };
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    const onAbort = (): void => stop('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      if (ending) return;
      size += chunk.length;
      if (size > maxOutput) {
        stop('too-large');
        return;
      }
      into.push(chunk);
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    // EPIPE when the program exits without reading its input is not our failure.
    child.stdin.on('error', () => {});
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();

    const finish = (outcome: CommandOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString(options.encoding ?? 'utf8');

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') finish({ kind: 'missing', file, durationMs: elapsed() });
      else
        finish({
          kind: 'failed',
          code: null,
          signal: null,
          stdout: '',
          stderr: '',
          reason: error.code ?? error.message,
          durationMs: elapsed(),
        });
    });
    // 'close' (not 'exit') so all output has arrived.
    child.on('close', (code, signal) => {
      const durationMs = elapsed();
      if (ending === 'timeout')
        finish({
          kind: 'timeout',
          timeoutMs: options.timeoutMs,
          stdout: text(stdout),
          stderr: text(stderr),
          durationMs,
        });
      else if (ending === 'too-large') finish({ kind: 'too-large', maxOutputBytes: maxOutput, durationMs });
      else if (ending === 'aborted') finish({ kind: 'aborted', durationMs });
      else if (code !== null && (code === 0 || options.okCodes?.includes(code)))
        finish({ kind: 'ok', code, stdout: text(stdout), stderr: text(stderr), durationMs });
      else
        finish({
          kind: 'failed',
          code,
          signal,
          stdout: text(stdout),
          stderr: text(stderr),
          reason: code !== null ? `exit code ${code}` : `killed by ${signal ?? 'a signal'}`,
          durationMs,
        });
    });
  });

/** One line for logs and details: why a command did not give usable output. */
export function describeOutcome(outcome: CommandOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return 'ok';
    case 'missing':
      return `${outcome.file} not found`;
    case 'failed': {
      const firstLine = outcome.stderr.trim().split(/\r?\n/)[0] ?? '';
      return firstLine ? `${outcome.reason}: ${firstLine.slice(0, 200)}` : outcome.reason;
    }
    case 'timeout':
      return `no answer within ${outcome.timeoutMs} ms`;
    case 'too-large':
      return `output larger than ${outcome.maxOutputBytes} bytes`;
    case 'aborted':
      return 'aborted';
  }
}
