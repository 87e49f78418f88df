import type { WebSocket } from 'ws';
import type { Transport } from '../../shared/protocol/transport';

/** The protocol over one harness WebSocket connection (JSON text frames; anything else is dropped). */
export function serverWebSocketTransport(socket: WebSocket): Transport {
  return {
    send(message) {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      const handler = (data: Buffer, isBinary: boolean): void => {
        if (isBinary) return;
        const text = data.toString('utf8');
        let message: unknown = text; // not JSON: passed on as is, and answered with a typed bad-request
        try {
          message = JSON.parse(text) as unknown;
        } catch {
          // keep the raw text
        }
        listener(message);
      };
      socket.on('message', handler);
      return () => void socket.off('message', handler);
    },
  };
}
