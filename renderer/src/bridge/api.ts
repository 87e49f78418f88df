import { ProtocolError, responseMessageSchema } from '../../../shared/protocol/envelope';
import { checkedEvent, checkedResult } from '../../../shared/protocol/check-inbound';
import {
  type EventName,
  type ParamsOf,
  type PayloadOf,
  type RequestName,
  type ResultOf,
} from '../../../shared/protocol/contract';
import type { ProtocolClient } from '../../../shared/protocol/client';
import type { PreloadApi } from '../../../shared/protocol/preload-api';
import { formatValidationError } from '../../../shared/protocol/format-validation-error';
import { errorMessage } from '../../../shared/error-message';

/** How the UI talks to the core, whichever way it is connected (Electron preload or harness WebSocket). */
export interface CoreApi {
  request<M extends RequestName>(method: M, params: ParamsOf<M>): Promise<ResultOf<M>>;
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

/**
 * The way to the host itself is gone (the harness socket closed, Electron refused the IPC call): no
 * protocol reply came back at all, as opposed to a ProtocolError the host or core answered with.
 */
export class ConnectionLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionLostError';
  }
}

/**
 * Adapts the preload's named methods. Everything from the main process is validated here against
 * the contract, as the protocol client does for the harness: a failed reply becomes a typed
 * ProtocolError, a rejected IPC call a ConnectionLostError, and invalid event payloads are dropped.
 */
export function apiFromPreload(preload: PreloadApi, onInvalid: (reason: string) => void = warn): CoreApi {
  return {
    async request(method, params) {
      const call = preload[method] as (p: unknown) => Promise<unknown>;
      let raw: unknown;
      try {
        raw = await call(params);
      } catch (error) {
        throw new ConnectionLostError(errorMessage(error));
      }
      const reply = responseMessageSchema.safeParse(raw);
      if (!reply.success) {
        throw new ProtocolError('bad-request', `invalid ${method} reply: ${formatValidationError(reply.error)}`);
      }
      return checkedResult(method, reply.data);
    },
    on: (name, listener) =>
      preload.on(name, (payload) => {
        const checked = checkedEvent(name, payload);
        if (checked.ok) listener(checked.payload);
        else onInvalid(checked.reason);
      }),
  };
}

/**
 * Adapts a protocol client (the harness WebSocket): it already validates and types everything.
 * Once `isLost()` says the socket has closed, failures are ConnectionLostErrors.
 */
export function apiFromClient(client: ProtocolClient, isLost: () => boolean = () => false): CoreApi {
  return {
    request: async (method, params) => {
      if (isLost()) throw new ConnectionLostError('the connection to the harness is closed');
      try {
        return await client.request(method, params);
      } catch (error) {
        if (isLost()) throw new ConnectionLostError(errorMessage(error));
        throw error;
      }
    },
    on: (name, listener) => client.on(name, listener),
  };
}

function warn(reason: string): void {
  console.warn(`[invoiceguard] dropped: ${reason}`);
}
