import type { Transport } from '../../../shared/protocol/transport';

/** The shape of Electron's `process.parentPort` inside a utilityProcess, typed here so core needs no electron import. */
export interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  off(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/** A transport over a utilityProcess's parent port, as seen from inside the core. */
export function parentPortTransport(port: ParentPortLike): Transport {
  return {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      const handler = (event: { data: unknown }): void => listener(event.data);
      port.on('message', handler);
      return () => port.off('message', handler);
    },
  };
}
