import { createProtocolServer } from './server';
import { requestNames, type EventName, type PayloadOf, type RequestHandlers } from './contract';
import type { ProtocolClient } from './client';
import type { Transport } from './transport';

export interface ServedConnection {
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  close(): void;
}

/** Answers requests arriving on a transport with the given handlers, and pushes events down it. */
export function serveOverTransport(transport: Transport, handlers: RequestHandlers): ServedConnection {
  const handle = createProtocolServer(handlers);
  const unsubscribe = transport.onMessage((raw) => {
    // A stray response or event from the other side is not for us; anything else, junk included,
    // gets an answer (a typed bad-request for junk) so no caller waits forever.
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (type === 'response' || type === 'event') return;
    void handle(raw).then((response) => transport.send(response));
  });
  return {
    emit: (name, payload) => transport.send({ type: 'event', name, payload }),
    close: unsubscribe,
  };
}

/** Handlers that pass every request on to another client (the main process and harness relay to the core). */
export function forwardingHandlers(client: Pick<ProtocolClient, 'request'>): RequestHandlers {
  return Object.fromEntries(
    requestNames.map((method) => [method, (params: never) => client.request(method, params)]),
  ) as RequestHandlers;
}
