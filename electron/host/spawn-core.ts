import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createProtocolClient, type ProtocolClient } from '../../shared/protocol/client';
import { nodeIpcTransport } from '../core/process/node-ipc-transport';

export interface SpawnedCore {
  child: ChildProcess;
  client: ProtocolClient;
  /** Resolves when the core process has exited, with its exit code or signal. */
  exited: Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 5 s) if it is still there; resolves once it exited. */
  stop(options?: { graceMs?: number }): Promise<string>;
}

/** Where the built core bundle sits: next to the bundle that spawns it (dist/). */
export function builtCorePath(): string {
  return path.join(__dirname, 'core.cjs');
}

/** Forks the core as a child Node process speaking the protocol over its IPC channel (CLI, browser harness). */
export function spawnCore(
  args: readonly string[],
  options: { corePath?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): SpawnedCore {
  const child = fork(options.corePath ?? builtCorePath(), [...args], {
    serialization: 'json',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: options.env ?? process.env,
  });
  const client = createProtocolClient(nodeIpcTransport(child), { timeoutMs: options.timeoutMs ?? 60_000 });
  // A fork that fails (EAGAIN, ENOMEM) or a signal that cannot be sent emits 'error'; unheard it
  // would be thrown in the host. The 'exit' that follows a failed start settles everything.
  child.on('error', (error) => client.close(`core process error: ${error.message}`));
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      client.close(`core exited (${signal ?? code})`);
      resolve(signal ?? String(code));
    });
  });
  return {
    child,
    client,
    exited,
    stop(stopOptions = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        // A core stuck in a native call gets a few seconds to finish, then is killed.
        const force = setTimeout(() => child.kill('SIGKILL'), stopOptions.graceMs ?? 5_000);
        force.unref();
        void exited.then(() => clearTimeout(force));
      }
      return exited;
    },
  };
}
