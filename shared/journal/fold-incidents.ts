import type { Severity } from '../model/fault';
import type { Incident } from './incident';
import type { JournalRecord } from './record-schema';

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
/** The most entries of one kind an incident keeps (the oldest go first); matches the schema's caps. */
const keep = 500;

function push<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > keep) list.splice(0, list.length - keep);
}

/**
 * Applies one record to the incidents folded so far (pure apart from mutating `incidents`). Records
 * must come in journal order. A record about an incident this fold has not seen (its start lies in a
 * segment not read) is ignored; a checkpoint brings in the open incidents it does not know yet.
 */
export function applyRecord(incidents: Map<string, Incident>, record: JournalRecord): void {
  switch (record.type) {
    case 'journal.checkpoint':
      for (const open of record.open) if (!incidents.has(open.id)) incidents.set(open.id, copyIncident(open));
      return;
    case 'incident.opened': {
      if (incidents.has(record.incident)) return;
      const { fault } = record;
      incidents.set(record.incident, {
        id: record.incident,
        openedSeq: record.seq,
        faultId: fault.id,
        category: fault.category,
        severity: fault.severity,
        guide: fault.guide,
        checkIds: [...fault.checkIds],
        ...(fault.evidence ? { evidence: { ...fault.evidence } } : {}),
        openedAt: record.at,
        faultSince: fault.since,
        status: 'open',
        practice: record.practice === true,
        readingsAtOpen: record.readings,
        readingsAtClose: [],
        usbEvents: [...record.usb],
        notes: [],
        steps: [],
        rechecks: [],
        codes: [],
        tickets: [],
      });
      return;
    }
    default:
      break;
  }
  const id = 'incident' in record ? record.incident : undefined;
  const incident = id === undefined ? undefined : incidents.get(id);
  if (!incident) return;
  switch (record.type) {
    case 'incident.updated':
      if (record.severity && severityRank[record.severity] < severityRank[incident.severity]) {
        incident.severity = record.severity;
      }
      if (record.checkIds) incident.checkIds = [...record.checkIds];
      return;
    case 'incident.note':
      return push(incident.notes, { at: record.at, text: record.text });
    case 'incident.step':
      return push(incident.steps, { at: record.at, step: record.step, done: record.done });
    case 'incident.recheck':
      return push(incident.rechecks, {
        at: record.at,
        step: record.step,
        worked: record.worked,
        readings: record.readings,
      });
    case 'incident.code':
      return push(incident.codes, {
        at: record.at,
        text: record.text,
        recognised: record.recognised,
        ...(record.code ? { code: record.code } : {}),
        ...(record.key ? { key: record.key } : {}),
      });
    case 'incident.closed':
      incident.status = 'closed';
      incident.closedAt = record.at;
      incident.closedHow = record.how;
      incident.readingsAtClose = record.readings;
      for (const e of record.usb) push(incident.usbEvents, e);
      return;
    case 'support.ticket':
      return push(incident.tickets, { at: record.at, ticket: record.ticket, state: record.state });
    default:
      return;
  }
}

/** Folds records (in journal order) into incidents, newest first. */
export function foldIncidents(records: Iterable<JournalRecord>): Incident[] {
  const incidents = new Map<string, Incident>();
  for (const r of records) applyRecord(incidents, r);
  return [...incidents.values()].sort((a, b) => b.openedSeq - a.openedSeq);
}

/** A deep copy of plain journal data (shared/ has no structuredClone in its type library). */
export function copyIncident(incident: Incident): Incident {
  return JSON.parse(JSON.stringify(incident)) as Incident;
}
