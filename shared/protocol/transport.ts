/**
 * A two-way message pipe: Electron IPC, a child process's IPC channel, a utilityProcess port, a
 * WebSocket, or a direct in-memory link. Messages are plain JSON values; whoever receives one
 * validates it before trusting it.
 */
export interface Transport {
  send(message: unknown): void;
  /** Returns the unsubscribe function. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** Two transports wired to each other in memory, for running the core in-process (tests). */
export function createMemoryTransportPair(): [Transport, Transport] {
  const listeners: [Set<(m: unknown) => void>, Set<(m: unknown) => void>] = [new Set(), new Set()];
  const make = (mine: 0 | 1): Transport => ({
    // Round-trip through JSON and a microtask so in-process runs behave like a real boundary.
    send: (message) => {
      const copy: unknown = JSON.parse(JSON.stringify(message));
      queueMicrotask(() => listeners[mine === 0 ? 1 : 0].forEach((l) => l(copy)));
    },
    onMessage: (listener) => {
      listeners[mine].add(listener);
      return () => listeners[mine].delete(listener);
    },
  });
  return [make(0), make(1)];
}
