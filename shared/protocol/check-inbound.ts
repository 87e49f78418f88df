import { ProtocolError, type ResponseMessage } from './envelope';
import { events, requests, type EventName, type PayloadOf, type RequestName, type ResultOf } from './contract';
import { formatValidationError } from './format-validation-error';

/**
 * A reply checked against the contract, the same way on every road into the UI (the protocol
 * client for the harness and the core's hosts, the preload adapter for Electron): the typed result,
 * or the ProtocolError it stands for (the error the other side answered, or `bad-request` for a
 * result of the wrong shape).
 */
export function checkedResult<M extends RequestName>(method: M, reply: ResponseMessage): ResultOf<M> {
  if (!reply.ok) throw new ProtocolError(reply.error.code, reply.error.message);
  const result = requests[method].result.safeParse(reply.result);
  if (!result.success)
    throw new ProtocolError('bad-request', `invalid ${method} result: ${formatValidationError(result.error)}`);
  return result.data as ResultOf<M>;
}

/** An event's payload checked against the contract; a bad one is dropped with the reason. */
export function checkedEvent<E extends EventName>(
  name: E,
  payload: unknown,
): { ok: true; payload: PayloadOf<E> } | { ok: false; reason: string } {
  const parsed = events[name].safeParse(payload);
  return parsed.success
    ? { ok: true, payload: parsed.data as PayloadOf<E> }
    : { ok: false, reason: `invalid ${name} payload: ${formatValidationError(parsed.error)}` };
}
