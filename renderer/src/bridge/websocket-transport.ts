import type { Transport } from '../../../shared/protocol/transport';

/** The protocol over the browser harness's loopback WebSocket (JSON text frames). */
export function websocketTransport(socket: WebSocket): Transport {
  return {
    send: (message) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      const handler = (event: MessageEvent): void => {
        if (typeof event.data !== 'string') return;
        try {
          listener(JSON.parse(event.data) as unknown);
        } catch {
          // Not JSON: dropped like any other invalid message.
        }
      };
      socket.addEventListener('message', handler);
      return () => socket.removeEventListener('message', handler);
    },
  };
}
