import type { BackupStatus } from '../../../shared/backup/backup-schema';
import type { Message, Reading } from '../../../shared/model/reading';
import type { Tone } from '../components/tone';
import type { TimedMessage } from '../components/timed-message';
import { ageMessage, durationMessage } from '../components/age-message';
import type { RequestFailure } from '../requests/request-failure';
import { sizeMessage } from './backup-size';

// Pure: the backup view's status panel from getBackupStatus plus the live backup readings (free
// space lives only in the `backup.destination` reading's details). Never a policy path or an id:
// a destination is its policy name, or "backup location N", with its kind.

export interface StatusRow {
  id: 'freshness' | 'last-run' | 'verification' | 'drill' | 'next';
  labelKey: string;
  /** Its state; none for a row that only informs (the next scheduled run). */
  tone?: Tone;
  value: TimedMessage;
}

export interface DestinationRow {
  key: string;
  name: Message;
  kindKey: string;
  tone: Tone;
  /** Free space, or why it cannot be reached. */
  space: TimedMessage;
  /** Its newest snapshot, when it has one. */
  newest?: TimedMessage;
}

export type BackupStatusModel =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: RequestFailure }
  | { kind: 'not-configured' }
  | { kind: 'ready'; rows: StatusRow[]; destinations: DestinationRow[] };

const MiB = 1024 * 1024;

interface DestinationLook {
  path: string;
  reachable?: boolean;
  freeMiB?: number | null;
  enough?: boolean | null;
}

/** What the live `backup.destination` reading says about each destination, by path. */
function looksOf(checks: readonly Reading[]): Map<string, DestinationLook> {
  const details = checks.find((c) => c.id === 'backup.destination' && !c.notChecked)?.details;
  const rows = Array.isArray(details?.destinations) ? (details.destinations as DestinationLook[]) : [];
  return new Map(rows.filter((r) => typeof r?.path === 'string').map((r) => [r.path, r]));
}

function freshnessRow(rpo: BackupStatus['rpo']): StatusRow {
  const base = { id: 'freshness', labelKey: 'ui.backup.row.freshness' } as const;
  if (rpo.ageSeconds === null || !rpo.newestAt)
    return { ...base, tone: 'warning', value: { key: 'ui.backup.never', params: { rpoHours: rpo.targetHours } } };
  const stale = rpo.ageSeconds > rpo.targetHours * 3600;
  return {
    ...base,
    tone: stale ? 'warning' : 'ok',
    value: {
      key: stale ? 'ui.backup.stale' : 'ui.backup.fresh',
      params: { rpoHours: rpo.targetHours },
      times: { at: rpo.newestAt },
      parts: { age: ageMessage(rpo.ageSeconds) },
    },
  };
}

function lastRunRow(run: BackupStatus['lastRun']): StatusRow {
  const base = { id: 'last-run', labelKey: 'ui.backup.row.lastRun' } as const;
  if (!run) return { ...base, tone: 'not-checked', value: { key: 'ui.backup.noRun' } };
  // The core's own sentence says what happened; the time goes before it, in local time.
  return {
    ...base,
    tone: run.outcome === 'ok' ? 'ok' : 'warning',
    value: { key: 'ui.backup.when', times: { at: run.finishedAt }, parts: { what: run.message } },
  };
}

function verifyRow(v: BackupStatus['lastVerify']): StatusRow {
  const base = { id: 'verification', labelKey: 'ui.backup.row.verification' } as const;
  if (!v) return { ...base, tone: 'not-checked', value: { key: 'ui.backup.verifyNever' } };
  return {
    ...base,
    tone: v.ok ? 'ok' : 'warning',
    value: { key: v.ok ? 'ui.backup.verifyOk' : 'ui.backup.verifyBad', times: { at: v.at } },
  };
}

function drillRow(rto: BackupStatus['rto']): StatusRow {
  const base = { id: 'drill', labelKey: 'ui.backup.row.drill' } as const;
  if (!rto.at) return { ...base, tone: 'not-checked', value: { key: 'ui.backup.drillNever' } };
  if (rto.ok && rto.seconds !== null)
    return {
      ...base,
      tone: 'ok',
      value: { key: 'ui.backup.rto', times: { at: rto.at }, parts: { duration: durationMessage(rto.seconds) } },
    };
  return { ...base, tone: 'warning', value: { key: 'ui.backup.drillFailed', times: { at: rto.at } } };
}

function nextRow(nextRunAt: string | null): StatusRow {
  return {
    id: 'next',
    labelKey: 'ui.backup.row.next',
    value: nextRunAt ? { key: 'ui.backup.next', times: { at: nextRunAt } } : { key: 'ui.backup.noNext' },
  };
}

/** A destination as people know it: its policy name, else "backup location N" (never its path). */
export function destinationName(status: BackupStatus | undefined, path: string): Message {
  const list = status?.destinations ?? [];
  const i = list.findIndex((d) => d.path === path);
  const d = list[i];
  return d?.name && d.name !== d.path
    ? { key: 'ui.backup.dest.named', params: { name: d.name } }
    : { key: 'ui.backup.dest.numbered', params: { n: i < 0 ? list.length + 1 : i + 1 } };
}

function destinationRows(status: BackupStatus, checks: readonly Reading[]): DestinationRow[] {
  const looks = looksOf(checks);
  return status.destinations.map((d) => {
    const look = looks.get(d.path);
    const space: TimedMessage =
      look?.reachable === false
        ? { key: 'ui.backup.dest.unreachable' }
        : typeof look?.freeMiB === 'number'
          ? { key: 'ui.backup.dest.free', parts: { size: sizeMessage(look.freeMiB * MiB) } }
          : { key: 'ui.backup.dest.freeUnknown' };
    const tone: Tone = !look ? 'not-checked' : look.reachable === false || look.enough === false ? 'warning' : 'ok';
    return {
      key: d.path,
      name: destinationName(status, d.path),
      kindKey: `ui.backup.kind.${d.kind}`,
      tone,
      space,
      ...(d.newestAt
        ? { newest: { key: `ui.backup.dest.newest.${d.newestStatus ?? 'complete'}`, times: { at: d.newestAt } } }
        : {}),
    };
  });
}

/** The status panel: loading, failed, not configured, or the rows and the destinations. */
export function backupStatusModel(input: {
  status?: BackupStatus;
  checks: readonly Reading[];
  failure?: RequestFailure;
}): BackupStatusModel {
  const { status } = input;
  if (!status) return input.failure ? { kind: 'failed', failure: input.failure } : { kind: 'loading' };
  if (!status.configured) return { kind: 'not-configured' };
  return {
    kind: 'ready',
    rows: [
      freshnessRow(status.rpo),
      lastRunRow(status.lastRun),
      verifyRow(status.lastVerify),
      drillRow(status.rto),
      nextRow(status.nextRunAt),
    ],
    destinations: destinationRows(status, input.checks),
  };
}
