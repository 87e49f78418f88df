import { eventNames, isEventName, requestNames } from '../../shared/protocol/contract';
import type { PreloadApi } from '../../shared/protocol/preload-api';
import { invokeRequest, onProtocolEvent } from './ipc-renderer-bridge';

/**
 * The narrow API the page gets: one method per protocol request, and `on` for the protocol's
 * events only. The page never sees ipcRenderer, channel names or event objects.
 */
export function buildPreloadApi(): PreloadApi {
  const methods = Object.fromEntries(
    requestNames.map((method) => [method, (params: unknown) => invokeRequest(method, params ?? {})]),
  );
  return {
    ...methods,
    on(name, listener) {
      if (!isEventName(name)) throw new Error(`unknown event "${String(name)}"; known: ${eventNames.join(', ')}`);
      return onProtocolEvent((message) => {
        const m = message as { type?: unknown; name?: unknown; payload?: unknown };
        if (m?.type === 'event' && m.name === name) listener(m.payload as never);
      });
    },
  } as PreloadApi;
}
