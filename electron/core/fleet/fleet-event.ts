import type { Severity } from '../../../shared/model/fault';
import type { TrackedIncident } from './incident-diff';

/** One line for the system log: an incident opened or closed. */
export interface FleetEvent {
  kind: 'opened' | 'closed';
  incident: TrackedIncident;
  /** When it happened (ISO). */
  at: string;
}

const rank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Whether an incident of `severity` is sent under a `minSeverity` policy setting. */
export function atLeast(severity: Severity, minSeverity: Severity): boolean {
  return rank[severity] <= rank[minSeverity];
}

/** Whole minutes an incident was open, for the closing line. */
export function openMinutes(event: FleetEvent): number {
  return Math.max(0, Math.round((Date.parse(event.at) - Date.parse(event.incident.since)) / 60_000));
}
