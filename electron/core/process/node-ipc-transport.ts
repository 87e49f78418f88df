import type { ChildProcess } from 'node:child_process';
import type { Transport } from '../../../shared/protocol/transport';

/** Anything with Node's IPC channel: a forked child as seen by its parent, or `process` inside the child. */
type IpcEndpoint = Pick<ChildProcess, 'send' | 'on' | 'off' | 'connected'> | NodeJS.Process;

/**
 * A transport over a Node IPC channel (child_process.fork). Once the other side is gone, sends
 * are dropped: the callback form keeps a late EPIPE from becoming an uncaught 'error' event.
 */
export function nodeIpcTransport(endpoint: IpcEndpoint): Transport {
  return {
    send(message) {
      if (!endpoint.send || !endpoint.connected) return;
      endpoint.send(message as never, undefined, undefined, () => {});
    },
    onMessage(listener) {
      const handler = (message: unknown): void => listener(message);
      endpoint.on('message', handler);
      return () => void endpoint.off('message', handler);
    },
  };
}
