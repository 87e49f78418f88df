import { createProtocolClient } from '../../../shared/protocol/client';
import { preloadApiKey, type PreloadApi } from '../../../shared/protocol/preload-api';
import { apiFromClient, apiFromPreload, ConnectionLostError, type CoreApi } from './api';
import { websocketTransport } from './websocket-transport';

export interface Connection {
  api: CoreApi;
  /** Resolves when the connection is usable; rejects when it cannot be made. */
  ready: Promise<void>;
  /** Called once if the connection drops (harness stopped). */
  onClosed(listener: () => void): void;
}

/**
 * Inside Electron the preload has put the API on window; in the browser harness the page URL
 * carries a one-time token in its fragment (never sent in HTTP requests) for the WebSocket.
 */
export function connect(): Connection {
  const preload = (window as unknown as Record<string, PreloadApi | undefined>)[preloadApiKey];
  if (preload) return { api: apiFromPreload(preload), ready: Promise.resolve(), onClosed: () => {} };

  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const socket = new WebSocket(`ws://${window.location.host}/ws?token=${encodeURIComponent(token)}`);
  const client = createProtocolClient(websocketTransport(socket), { timeoutMs: 60_000 });
  // Set before the client fails its pending requests, so those failures read as a lost connection.
  let lost = false;
  socket.addEventListener('close', () => {
    lost = true;
    client.close('the harness closed the connection');
  });
  const ready = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new ConnectionLostError('cannot reach the InvoiceGuard core')), {
      once: true,
    });
  });
  return {
    api: apiFromClient(client, () => lost),
    ready,
    onClosed(listener) {
      socket.addEventListener('close', () => listener());
    },
  };
}
