import { ProtocolError } from '../../shared/protocol/envelope';
import type { ProtocolClient } from '../../shared/protocol/client';
import { eventNames, type CoreStatus, type EventName, type PayloadOf } from '../../shared/protocol/contract';
import { forwardingHandlers } from '../../shared/protocol/serve';
import type { RequestHandlers } from '../../shared/protocol/contract';

type Broadcast = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

export interface CoreRelayOptions {
  /** The client of the core that is running now; none while it restarts. */
  current(): ProtocolClient | undefined;
  /** The supervisor's latest coreStatus (it remembers it: see Supervisor.status). */
  status(): CoreStatus;
  /** Sends an event to every UI connected now. */
  broadcast: Broadcast;
  /** Requests the host answers itself instead of the core (practice mode). */
  local?: Partial<RequestHandlers>;
}

/**
 * Sits between UIs (Electron windows, harness WebSockets) and whichever core process is current:
 * requests are forwarded (or refused as `unavailable` while the core restarts) and the core's
 * events are re-broadcast to every UI.
 *
 * A UI that connects late (a window opened while the core restarts) asks `getCoreStatus`, which the
 * relay answers from the supervisor's remembered status. We chose a request over replaying the last
 * coreStatus event on connect: a replay needs a ready-handshake (an Electron page subscribes through
 * the preload only once its scripts run, and an event sent before that is lost) plus per-window
 * queue state in both hosts, whereas the request *is* the handshake — the page asks once it listens,
 * the answer travels on the request's own reply, nothing is queued or kept per window, the same
 * code serves Electron IPC and the WebSocket, and the contract types and validates it like any other
 * request. (The renderer keeps a coreStatus event that arrives after it asked over the older answer.)
 */
export function createCoreRelay(options: CoreRelayOptions) {
  const forwarded: RequestHandlers = forwardingHandlers({
    request: (method, params) => {
      const client = options.current();
      if (!client) return Promise.reject(new ProtocolError('unavailable', 'the core is restarting'));
      return client.request(method, params);
    },
  });
  const handlers: RequestHandlers = {
    ...forwarded,
    getCoreStatus: async () => options.status(),
    ...options.local,
  };
  return {
    handlers,
    /** Subscribes to every event of a newly started core. */
    attach(client: ProtocolClient): void {
      for (const name of eventNames) client.on(name, (payload) => options.broadcast(name, payload as never));
    },
  };
}
