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
        try {
          listener(JSON.parse(data.toString('utf8')) as unknown);
        } catch {
          listener({ type: 'invalid' }); // answered by the server with a typed bad-request reply
        }
      };
      socket.on('message', handler);
      return () => void socket.off('message', handler);
    },
  };
}
