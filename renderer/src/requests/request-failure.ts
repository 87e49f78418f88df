import { ProtocolError, protocolErrorCodes, type ProtocolErrorCode } from '../../../shared/protocol/envelope';
import { errorMessage } from '../../../shared/error-message';
import { ConnectionLostError } from '../bridge/api';

/** Why a request failed, as the renderer tells the user: the protocol's codes plus a lost connection. */
export const requestFailureCodes = [...protocolErrorCodes, 'connection-lost'] as const;
export type RequestFailureCode = ProtocolErrorCode | 'connection-lost';

/** A failed request: the code picks the sentence the user reads; the detail is the technical text for IT. */
export interface RequestFailure {
  code: RequestFailureCode;
  detail: string;
}

/**
 * Classifies whatever a request rejected with. A ProtocolError keeps its code; a ConnectionLostError
 * (no reply came back at all) is `connection-lost`; anything else is a fault of ours, `internal`.
 */
export function toRequestFailure(error: unknown): RequestFailure {
  if (error instanceof ProtocolError) return { code: error.code, detail: error.message };
  if (error instanceof ConnectionLostError) return { code: 'connection-lost', detail: error.message };
  return { code: 'internal', detail: errorMessage(error) };
}

/** The catalog key of the sentence shown for a failure (ui catalog, `ui.error.<code>`). */
export function failureMessageKey(code: RequestFailureCode): string {
  return `ui.error.${code}`;
}
