import { ProtocolError } from '../../../shared/protocol/envelope';
import type { EventName, ParamsOf, PayloadOf, RequestName, ResultOf } from '../../../shared/protocol/contract';
import type { ProtocolClient } from '../../../shared/protocol/client';
import type { PreloadApi } from '../../../shared/protocol/preload-api';

/** How the UI talks to the core, whichever way it is connected (Electron preload or harness WebSocket). */
export interface CoreApi {
  request<M extends RequestName>(method: M, params: ParamsOf<M>): Promise<ResultOf<M>>;
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

/** Adapts the preload's named methods; a failed reply becomes a typed ProtocolError. */
export function apiFromPreload(preload: PreloadApi): CoreApi {
  return {
    async request(method, params) {
      const call = preload[method] as (p: unknown) => Promise<Awaited<ReturnType<PreloadApi[typeof method]>>>;
      const reply = await call(params);
      if (!reply.ok) throw new ProtocolError(reply.error.code, reply.error.message);
      return reply.result as never;
    },
    on: (name, listener) => preload.on(name, listener),
  };
}

/** Adapts a protocol client (the harness WebSocket): it already validates and types everything. */
export function apiFromClient(client: ProtocolClient): CoreApi {
  return {
    request: (method, params) => client.request(method, params),
    on: (name, listener) => client.on(name, listener),
  };
}
