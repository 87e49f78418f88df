import type { Fault } from '../../shared/model/fault';

/**
 * Faults worth a desktop notification: critical ones that were not open in the previous snapshot.
 * Warnings stay in the tray colour so month-end is not a stream of pop-ups.
 */
export function faultsToNotify(previous: readonly Fault[] | undefined, next: readonly Fault[]): Fault[] {
  if (!previous) return []; // the first snapshot after start: the tray shows it, no burst of pop-ups
  const wasOpen = new Set(previous.map((f) => f.id));
  return next.filter((f) => f.severity === 'critical' && !wasOpen.has(f.id));
}
