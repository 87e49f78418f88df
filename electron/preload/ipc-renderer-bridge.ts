// The only file in the preload that touches ipcRenderer (lint enforces it).
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels } from '../../shared/protocol/preload-api';
import type { ResponseMessage } from '../../shared/protocol/envelope';

/** Sends one request to the main process and resolves with its response envelope. */
export function invokeRequest(method: string, params: unknown): Promise<ResponseMessage> {
  return ipcRenderer.invoke(ipcChannels.request, {
    type: 'request',
    id: 0,
    method,
    params,
  }) as Promise<ResponseMessage>;
}

/** Listens to every protocol event from the main process; returns the unsubscribe function. */
export function onProtocolEvent(listener: (message: unknown) => void): () => void {
  const handler = (_event: IpcRendererEvent, message: unknown): void => listener(message);
  ipcRenderer.on(ipcChannels.event, handler);
  return () => void ipcRenderer.removeListener(ipcChannels.event, handler);
}
