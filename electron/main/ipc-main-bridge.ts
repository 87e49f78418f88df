// The only file in the main process that touches ipcMain (lint enforces it).
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ipcChannels } from '../../shared/protocol/preload-api';
import type { ResponseMessage } from '../../shared/protocol/envelope';
import type { EventName, PayloadOf } from '../../shared/protocol/contract';
import { isAppUrl } from './app-origin';

export interface IpcBridgeOptions {
  /** Answers one raw request (validated inside: junk gets a typed error reply). */
  handle(raw: unknown): Promise<ResponseMessage>;
  /** The webContents ids of windows this app created. */
  isTrustedWindow(webContentsId: number): boolean;
  log?(line: string): void;
}

/**
 * Accepts requests only from our own windows showing our own page, in their main frame. Anything
 * else is dropped unanswered (the sender's promise rejects) and logged, never forwarded.
 */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  ipcMain.handle(ipcChannels.request, async (event: IpcMainInvokeEvent, raw: unknown) => {
    if (!isTrustedSender(event, options.isTrustedWindow)) {
      options.log?.(`dropped a request from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
      throw new Error('untrusted sender');
    }
    return options.handle(raw);
  });
  return () => ipcMain.removeHandler(ipcChannels.request);
}

function isTrustedSender(event: IpcMainInvokeEvent, isTrustedWindow: (id: number) => boolean): boolean {
  const frame = event.senderFrame;
  return (
    isTrustedWindow(event.sender.id) &&
    frame !== null &&
    frame !== undefined &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

/** Pushes a protocol event to one window. */
export function sendEvent<E extends EventName>(target: WebContents, name: E, payload: PayloadOf<E>): void {
  if (!target.isDestroyed()) target.send(ipcChannels.event, { type: 'event', name, payload });
}
