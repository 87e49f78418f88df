import { ProtocolError } from '../../shared/protocol/envelope';
import type { ProtocolClient } from '../../shared/protocol/client';
import { eventNames, type EventName, type PayloadOf } from '../../shared/protocol/contract';
import { forwardingHandlers } from '../../shared/protocol/serve';
import type { RequestHandlers } from '../../shared/protocol/contract';

type Broadcast = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

/**
 * Sits between UIs (Electron windows, harness WebSockets) and whichever core process is current:
 * requests are forwarded (or refused as `unavailable` while the core restarts) and the core's
 * events are re-broadcast to every UI.
 */
export function createCoreRelay(
  current: () => ProtocolClient | undefined,
  broadcast: Broadcast,
  /** Requests the host answers itself instead of the core (practice mode). */
  local: Partial<RequestHandlers> = {},
) {
  const forwarded: RequestHandlers = forwardingHandlers({
    request: (method, params) => {
      const client = current();
      if (!client) return Promise.reject(new ProtocolError('unavailable', 'the core is restarting'));
      return client.request(method, params);
    },
  });
  const handlers: RequestHandlers = { ...forwarded, ...local };
  return {
    handlers,
    /** Subscribes to every event of a newly started core. */
    attach(client: ProtocolClient): void {
      for (const name of eventNames) client.on(name, (payload) => broadcast(name, payload as never));
    },
  };
}
