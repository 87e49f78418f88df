import { z } from 'zod';

/** Why a request failed; the renderer and CLI decide what to tell the user from this code. */
export const protocolErrorCodes = [
  'bad-request', // the envelope or the params failed validation
  'unknown-method',
  'unavailable', // the core is not running (restarting, or never started)
  'timeout',
  'internal', // the handler threw; the message says why, the process lives on
] as const;
export const protocolErrorCodeSchema = z.enum(protocolErrorCodes);
export type ProtocolErrorCode = z.infer<typeof protocolErrorCodeSchema>;

const id = z.union([z.number().int(), z.string().max(100)]);

export const requestMessageSchema = z
  .object({ type: z.literal('request'), id, method: z.string().min(1).max(100), params: z.unknown() })
  .strict();
export type RequestMessage = z.infer<typeof requestMessageSchema>;

export const protocolErrorSchema = z
  .object({ code: protocolErrorCodeSchema, message: z.string().max(10_000) })
  .strict();
export type ProtocolErrorBody = z.infer<typeof protocolErrorSchema>;

export const responseMessageSchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('response'), id: id.nullable(), ok: z.literal(true), result: z.unknown() }).strict(),
  z
    .object({ type: z.literal('response'), id: id.nullable(), ok: z.literal(false), error: protocolErrorSchema })
    .strict(),
]);
export type ResponseMessage = z.infer<typeof responseMessageSchema>;

export const eventMessageSchema = z
  .object({ type: z.literal('event'), name: z.string().min(1).max(100), payload: z.unknown() })
  .strict();
export type EventMessage = z.infer<typeof eventMessageSchema>;

export const anyMessageSchema = z.discriminatedUnion('type', [
  requestMessageSchema,
  z.object({ type: z.literal('response') }).passthrough(),
  eventMessageSchema,
]);

/** A request that failed, as a typed error the caller can branch on. */
export class ProtocolError extends Error {
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}
