import { utilityProcess } from 'electron';
import { createProtocolClient } from '../../shared/protocol/client';
import type { Transport } from '../../shared/protocol/transport';
import type { CoreHandle } from '../host/supervisor';

/** A core that has not exited this long after the stop request is killed (SIGKILL). */
const defaultKillGraceMs = 5_000;

/**
 * Starts the core as an Electron utilityProcess: a hung PowerShell call or a libusb crash there
 * cannot freeze or kill the tray, and the supervisor restarts it.
 */
export function startUtilityCore(
  corePath: string,
  args: readonly string[],
  options: { killGraceMs?: number } = {},
): CoreHandle {
  const child = utilityProcess.fork(corePath, [...args], { serviceName: 'InvoiceGuard core', stdio: 'inherit' });
  const transport: Transport = {
    send: (message) => child.postMessage(message),
    onMessage(listener) {
      child.on('message', listener);
      return () => void child.off('message', listener);
    },
  };
  // Electron emits 'error' when the core dies of a V8 fatal error (then 'exit' anyway). Unheard,
  // that EventEmitter 'error' would throw in the main process and take the tray down with the core.
  child.on('error', (type, location) => console.warn(`[main] core fatal error: ${type} at ${location}`));
  const client = createProtocolClient(transport, { timeoutMs: 60_000 });
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code) => {
      client.close(`core exited (${code})`);
      resolve(`exit code ${code}`);
    }),
  );
  return {
    client,
    exited,
    stop() {
      // kill() is SIGTERM on POSIX: a core stuck in a native call (libusb, a driver) or ignoring it
      // would stay, so after a grace it is killed for good. (On Windows kill() already terminates.)
      const pid = child.pid;
      child.kill();
      const force = setTimeout(() => {
        try {
          if (pid !== undefined) process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, options.killGraceMs ?? defaultKillGraceMs);
      void exited.then(() => clearTimeout(force));
      return exited;
    },
  };
}
