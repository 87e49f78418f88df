import type { Fault, Severity } from '../../../shared/model/fault';
import type { Reading } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';

/** What the diff needs to know of an open incident. */
export interface OpenIncidentRef {
  id: string;
  faultId: string;
  severity: Severity;
  checkIds: readonly string[];
  practice: boolean;
}

export type IncidentChange =
  | { kind: 'open'; fault: Fault; readings: Reading[] }
  | { kind: 'update'; incident: string; severity?: Severity; checkIds?: string[] }
  | { kind: 'close'; incident: string; how: 'cleared' | 'check-removed'; readings: Reading[] };

const rank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Pure: the open incidents and a new snapshot in, the journal records to write out. A fault with
 * no open incident opens one; an open incident's fault that got worse or moved to other checks is
 * updated; an incident whose fault is gone closes, but only on a fresh reading of its own checks:
 * right after a restart every check is still pending and no fault is open yet, which must not
 * close anything. Incidents of the other kind (practice while real, real while practising) are
 * never touched: a simulated snapshot says nothing about the real workstation.
 */
export function diffIncidents(
  open: readonly OpenIncidentRef[],
  snapshot: Snapshot,
  practice: boolean,
): IncidentChange[] {
  const changes: IncidentChange[] = [];
  const mine = open.filter((i) => i.practice === practice);
  const byFault = new Map(mine.map((i) => [i.faultId, i]));
  const readings = new Map(snapshot.checks.map((c) => [c.id, c]));
  const readingsOf = (ids: readonly string[]): Reading[] =>
    ids.flatMap((id) => {
      const r = readings.get(id);
      return r ? [r] : [];
    });

  for (const fault of snapshot.faults) {
    const incident = byFault.get(fault.id);
    if (!incident) {
      changes.push({ kind: 'open', fault, readings: readingsOf(fault.checkIds) });
      continue;
    }
    const worse = rank[fault.severity] < rank[incident.severity];
    const moved = fault.checkIds.join('\n') !== incident.checkIds.join('\n');
    if (worse || moved) {
      changes.push({
        kind: 'update',
        incident: incident.id,
        ...(worse ? { severity: fault.severity } : {}),
        ...(moved ? { checkIds: [...fault.checkIds] } : {}),
      });
    }
  }

  const faulty = new Set(snapshot.faults.map((f) => f.id));
  for (const incident of mine) {
    if (faulty.has(incident.faultId)) continue;
    const own = incident.checkIds.map((id) => readings.get(id));
    const pending = own.some((r) => r !== undefined && !r.checkedAt);
    const anyFresh = snapshot.checks.some((c) => c.checkedAt);
    if (pending || (incident.checkIds.length === 0 && !anyFresh)) continue;
    const removed = own.length > 0 && own.every((r) => r === undefined);
    changes.push({
      kind: 'close',
      incident: incident.id,
      how: removed ? 'check-removed' : 'cleared',
      readings: readingsOf(incident.checkIds),
    });
  }
  return changes;
}
