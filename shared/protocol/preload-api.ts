import type { ResponseMessage } from './envelope';
import type { EventName, ParamsOf, PayloadOf, RequestName } from './contract';

/**
 * What the preload exposes to the renderer as `window.invoiceguard`: one named method per request
 * (answering with the response envelope, because only plain data survives the context bridge) and
 * `on` for events, which returns its unsubscribe function.
 */
export type PreloadApi = {
  [M in RequestName]: (params: ParamsOf<M>) => Promise<ResponseMessage>;
} & {
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
};

/** The global name under which the preload exposes the API. */
export const preloadApiKey = 'invoiceguard';

/** IPC channel names; only the two IPC wrapper files use them. */
export const ipcChannels = { request: 'invoiceguard:request', event: 'invoiceguard:event' } as const;
