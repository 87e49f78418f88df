import type { ChildProcess } from 'node:child_process';
import type { Transport } from '../../../shared/protocol/transport';

/** Anything with Node's IPC channel: a forked child as seen by its parent, or `process` inside the child. */
type IpcEndpoint = Pick<ChildProcess, 'send' | 'on' | 'off'> | NodeJS.Process;

/** A transport over a Node IPC channel (child_process.fork); sends are dropped once the channel is gone. */
export function nodeIpcTransport(endpoint: IpcEndpoint): Transport {
  return {
    send(message) {
      if (endpoint.send && ('connected' in endpoint ? endpoint.connected !== false : true))
        endpoint.send(message as never);
    },
    onMessage(listener) {
      const handler = (message: unknown): void => listener(message);
      endpoint.on('message', handler);
      return () => void endpoint.off('message', handler);
    },
  };
}
