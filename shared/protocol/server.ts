import { requestMessageSchema, ProtocolError, type ResponseMessage } from './envelope';
import { isRequestName, requests, type RequestHandlers } from './contract';
import { formatValidationError } from './format-validation-error';
import { errorMessage } from '../error-message';

/**
 * Answers raw inbound messages: validates the envelope and the params against the contract, runs
 * the handler, and always produces a response. Junk gets a typed `bad-request` reply; a handler that
 * throws gets `internal`. Nothing here can crash the process that hosts it.
 */
export function createProtocolServer(handlers: RequestHandlers) {
  return async function handle(raw: unknown): Promise<ResponseMessage> {
    const envelope = requestMessageSchema.safeParse(raw);
    if (!envelope.success) {
      const id = rawId(raw);
      return failure(id, 'bad-request', `not a request: ${formatValidationError(envelope.error)}`);
    }
    const { id, method, params } = envelope.data;
    if (!isRequestName(method)) return failure(id, 'unknown-method', `unknown method "${method}"`);
    const parsed = requests[method].params.safeParse(params ?? {});
    if (!parsed.success) {
      return failure(id, 'bad-request', `bad params for ${method}: ${formatValidationError(parsed.error)}`);
    }
    try {
      const handler = handlers[method] as ((p: unknown) => Promise<unknown>) | undefined;
      if (!handler) return failure(id, 'unknown-method', `"${method}" is not served here`);
      return { type: 'response', id, ok: true, result: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ProtocolError) return failure(id, error.code, error.message);
      return failure(id, 'internal', errorMessage(error));
    }
  };
}

function failure(id: string | number | null, code: ProtocolError['code'], message: string): ResponseMessage {
  return { type: 'response', id, ok: false, error: { code, message } };
}

function rawId(raw: unknown): string | number | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw as { id: unknown };
  // Only an id the envelope allows is echoed (an integer or a short string), so the reply itself is valid.
  return Number.isSafeInteger(id) || (typeof id === 'string' && id.length <= 100) ? (id as number | string) : null;
}
