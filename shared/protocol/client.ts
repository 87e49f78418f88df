import { eventMessageSchema, ProtocolError, responseMessageSchema } from './envelope';
import { checkedEvent, checkedResult } from './check-inbound';
import {
  isEventName,
  type EventName,
  type ParamsOf,
  type PayloadOf,
  type RequestName,
  type ResultOf,
} from './contract';
import { formatValidationError } from './format-validation-error';
import type { Transport } from './transport';
import { errorMessage } from '../error-message';

export interface ProtocolClient {
  request<M extends RequestName>(method: M, params: ParamsOf<M>): Promise<ResultOf<M>>;
  /** Subscribes to one event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
  /** Fails every pending request with `unavailable` (the other side went away) and stops listening. */
  close(reason?: string): void;
}

export interface ClientOptions {
  timeoutMs?: number;
  /** Told about inbound messages that failed validation (they are dropped, never thrown). */
  onInvalid?: (reason: string) => void;
}

interface Pending {
  method: RequestName;
  resolve: (value: unknown) => void;
  reject: (error: ProtocolError) => void;
  timer: unknown;
}

/** The calling side of the protocol over any transport; every inbound payload is validated. */
export function createProtocolClient(transport: Transport, options: ClientOptions = {}): ProtocolClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pending = new Map<number, Pending>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let nextId = 1;
  let closed = false;

  const unsubscribe = transport.onMessage((raw) => {
    if (isObjectWithType(raw, 'response')) return settle(raw);
    if (isObjectWithType(raw, 'event')) return dispatchEvent(raw);
    options.onInvalid?.('message of unknown type');
  });

  function settle(raw: unknown): void {
    const parsed = responseMessageSchema.safeParse(raw);
    if (!parsed.success) return options.onInvalid?.(formatValidationError(parsed.error));
    const entry = typeof parsed.data.id === 'number' ? pending.get(parsed.data.id) : undefined;
    if (!entry || typeof parsed.data.id !== 'number') return options.onInvalid?.('response to no pending request');
    pending.delete(parsed.data.id);
    clearTimeout(entry.timer);
    try {
      entry.resolve(checkedResult(entry.method, parsed.data));
    } catch (error) {
      entry.reject(error as ProtocolError);
    }
  }

  function dispatchEvent(raw: unknown): void {
    const parsed = eventMessageSchema.safeParse(raw);
    if (!parsed.success || !isEventName(parsed.data.name)) return options.onInvalid?.('unknown event');
    const name = parsed.data.name;
    const checked = checkedEvent(name, parsed.data.payload);
    if (!checked.ok) return options.onInvalid?.(checked.reason);
    listeners.get(name)?.forEach((l) => l(checked.payload as never));
  }

  return {
    request(method, params) {
      if (closed) return Promise.reject(new ProtocolError('unavailable', 'connection closed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new ProtocolError('timeout', `${method} got no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
        try {
          transport.send({ type: 'request', id, method, params });
        } catch (error) {
          pending.delete(id);
          clearTimeout(timer);
          reject(new ProtocolError('unavailable', errorMessage(error)));
        }
      });
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
    close(reason = 'connection closed') {
      closed = true;
      unsubscribe();
      for (const [id, entry] of pending) {
        clearTimeout(entry.timer);
        entry.reject(new ProtocolError('unavailable', reason));
        pending.delete(id);
      }
    },
  };
}

function isObjectWithType(raw: unknown, type: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === type;
}
