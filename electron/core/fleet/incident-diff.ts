import type { FaultCategory, Severity } from '../../../shared/model/fault';
import type { Snapshot } from '../../../shared/model/snapshot';

/** An incident the fleet sinks have announced as opened and not yet as closed. */
export interface TrackedIncident {
  faultId: string;
  category: FaultCategory;
  severity: Severity;
  /** When the fault was first seen (its `since`). */
  since: string;
  checkIds: string[];
}

export interface IncidentChanges {
  opened: TrackedIncident[];
  closed: TrackedIncident[];
  /** The incidents open after this snapshot (severity and checks as the snapshot has them now). */
  open: TrackedIncident[];
}

/**
 * Pure: which incidents a snapshot opens and closes, given those announced so far. Until the journal
 * (issue 12) lands, an incident is an open fault. A fault that is gone closes its incident only once
 * one of its checks has a fresh reading: right after a restart every check is still pending and no
 * fault is open yet, which must not close anything. A fault whose checks no longer exist (the policy
 * dropped them) closes too. A fault that changes severity stays the same incident.
 */
export function diffIncidents(announced: readonly TrackedIncident[], snapshot: Snapshot): IncidentChanges {
  const byFault = new Map(announced.map((i) => [i.faultId, i]));
  const readings = new Map(snapshot.checks.map((c) => [c.id, c]));
  const opened: TrackedIncident[] = [];
  const open: TrackedIncident[] = [];
  for (const fault of snapshot.faults) {
    const now: TrackedIncident = {
      faultId: fault.id,
      category: fault.category,
      severity: fault.severity,
      since: byFault.get(fault.id)?.since ?? fault.since,
      checkIds: [...fault.checkIds],
    };
    if (!byFault.has(fault.id)) opened.push(now);
    open.push(now);
  }
  const stillFaulty = new Set(snapshot.faults.map((f) => f.id));
  const closed: TrackedIncident[] = [];
  for (const incident of announced) {
    if (stillFaulty.has(incident.faultId)) continue;
    const own = incident.checkIds.map((id) => readings.get(id)).filter((r) => r !== undefined);
    const fresh = own.some((r) => r.checkedAt !== '');
    const removed = incident.checkIds.length > 0 && own.length === 0;
    if (fresh || removed) closed.push(incident);
    else open.push(incident);
  }
  return { opened, closed, open };
}
