import type { EventEmitter } from 'node:events';

/** The powerMonitor events after which readings may be stale: the PC slept, or sat locked. */
export const wakeEvents = ['resume', 'unlock-screen'] as const;

/**
 * Calls `recheck` once when the PC wakes from sleep or is unlocked. Resume and unlock usually come
 * together (wake, then type the password), so events within `settleMs` make one re-check, at once
 * on the first of them. Returns the unsubscribe function.
 */
export function onWakeUp(
  powerMonitor: Pick<EventEmitter, 'on' | 'off'>,
  recheck: () => void,
  options: { settleMs?: number; now?: () => number } = {},
): () => void {
  const settleMs = options.settleMs ?? 5_000;
  const now = options.now ?? Date.now;
  let last = -Infinity;
  const listener = (): void => {
    const at = now();
    if (at - last < settleMs) return;
    last = at;
    recheck();
  };
  for (const name of wakeEvents) powerMonitor.on(name, listener);
  return () => {
    for (const name of wakeEvents) powerMonitor.off(name, listener);
  };
}
