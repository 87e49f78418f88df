import type { CoreApi } from '../../../renderer/src/bridge/api';
import { ProtocolError, type ProtocolErrorCode } from '../../../shared/protocol/envelope';
import type { EventName, ParamsOf, PayloadOf, RequestName, ResultOf } from '../../../shared/protocol/contract';

type Handler<M extends RequestName> = (params: ParamsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;

/** A call the test answers when it chooses (to see a view while its request is running). */
export interface HeldCall<M extends RequestName> {
  params: ParamsOf<M>;
  resolve(result: ResultOf<M>): void;
  reject(error: unknown): void;
}

/**
 * An in-memory core API for renderer tests: the test says how each method answers (a value, a
 * function of the params, an error, or "hold" to answer later), pushes events by hand and reads the
 * calls made. A method the test did not script fails with unknown-method, as a real host would.
 */
export function fakeCoreApi() {
  type AnyHandler = (params: unknown) => unknown;
  type AnyHeld = { params: unknown; resolve(result: unknown): void; reject(error: unknown): void };
  const handlers = new Map<RequestName, AnyHandler>();
  const held = new Map<RequestName, AnyHeld[]>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const calls: { method: RequestName; params: unknown }[] = [];

  const api: CoreApi = {
    async request(method, params) {
      calls.push({ method, params });
      const handler = handlers.get(method);
      if (!handler) throw new ProtocolError('unknown-method', `"${method}" is not served here`);
      return (await handler(params)) as never;
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
  };

  return {
    api,
    calls,
    /** Answers every call of `method` with this result, or the function's. */
    answer<M extends RequestName>(method: M, reply: ResultOf<M> | Handler<M>): void {
      handlers.set(method, (typeof reply === 'function' ? reply : () => reply) as AnyHandler);
    },
    /** Fails every call of `method` with a protocol error of this code. */
    fail(method: RequestName, code: ProtocolErrorCode, message: string): void {
      handlers.set(method, () => {
        throw new ProtocolError(code, message);
      });
    },
    /** Fails every call of `method` with whatever the transport would throw. */
    throwError(method: RequestName, error: unknown): void {
      handlers.set(method, () => {
        throw error;
      });
    },
    /** Keeps every call of `method` pending until the test resolves or rejects it (see `held`). */
    hold(method: RequestName): void {
      handlers.set(
        method,
        (params) =>
          new Promise((resolve, reject) => {
            const list = held.get(method) ?? [];
            list.push({ params, resolve, reject });
            held.set(method, list);
          }),
      );
    },
    /** The calls of `method` still waiting for an answer, oldest first. */
    held<M extends RequestName>(method: M): HeldCall<M>[] {
      return (held.get(method) ?? []) as unknown as HeldCall<M>[];
    },
    callsOf(method: RequestName): unknown[] {
      return calls.filter((c) => c.method === method).map((c) => c.params);
    },
    push<E extends EventName>(name: E, payload: PayloadOf<E>): void {
      listeners.get(name)?.forEach((l) => l(payload as never));
    },
  };
}

export type FakeCoreApi = ReturnType<typeof fakeCoreApi>;
