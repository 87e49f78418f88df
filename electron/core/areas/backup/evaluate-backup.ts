import type { BackupPolicy } from '../../../../shared/policy/backup-policy';
import { sourceName } from '../../../../shared/policy/backup-policy';
import type { Severity } from '../../../../shared/model/fault';
import type { ProbeOutcome } from '../../probe';
import { destinationState, type BackupState } from './backup-state';
import { localTime } from './local-time';
import { nextDue } from './schedule';

// Pure: the backup area's readings from the state file, what the destinations and sources look like
// now, the policy and the time. Every reading's details say `configured: true` and name the fault
// it raises (`fault`, with `severity` where it differs from the catalog's), which backup-rules.ts
// turns into faults.

const hour = 3_600_000;
const day = 24 * hour;
const MiB = 1024 * 1024;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** What a destination looks like now ("destination free space": practice mode may script it). */
export interface DestinationLook {
  path: string;
  reachable: boolean;
  code?: string;
  freeBytes?: number;
}

/** What a source folder looks like now (the cheap watcher: exists, how many files). */
export interface SourceLook {
  name: string;
  path: string;
  exists: boolean;
  files: number;
  code?: string;
}

function outcome(
  status: ProbeOutcome['status'],
  key: string,
  params: Record<string, string | number | boolean>,
  details: Record<string, unknown>,
  fault: string | null = null,
  severity?: Severity,
): ProbeOutcome {
  return {
    status,
    summary: { key, params },
    details: { configured: true, fault, ...(severity ? { severity } : {}), ...details },
  };
}

/** How a destination is named to people: its policy name, else its path (the path stays in details). */
export function destinationLabel(policy: BackupPolicy, path: string): string {
  return policy.destinations.find((d) => d.path === path)?.name ?? path;
}

/** The newest complete snapshot of any destination. */
export function newestComplete(
  state: BackupState,
  policy: BackupPolicy,
): { id: string; at: string; destination: string } | null {
  let best: { id: string; at: string; destination: string } | null = null;
  for (const d of policy.destinations) {
    const c = destinationState(state, d.path).lastComplete;
    if (c && (!best || c.at > best.at)) best = { ...c, destination: d.path };
  }
  return best;
}

/** When the scheduler runs next (ISO UTC; a slot already due reads as now). */
export function nextRunAt(policy: BackupPolicy, state: BackupState, now: number): string {
  const due = nextDue(policy.schedule, state.lastScheduledAt ? Date.parse(state.lastScheduledAt) : null, now);
  return new Date(Math.max(due, now)).toISOString();
}

/**
 * `backup.freshness`: the recovery point, measured: the age of the newest complete snapshot against
 * the RPO. Its details also carry the next scheduled run, so the dashboard's card can say it from
 * the snapshot alone.
 */
export function evaluateFreshness(policy: BackupPolicy, state: BackupState, now: number): ProbeOutcome {
  const newest = newestComplete(state, policy);
  const base = { rpoHours: policy.rpoHours };
  const next = nextRunAt(policy, state, now);
  if (!newest)
    return outcome(
      'warning',
      'check.backup.freshness.never',
      base,
      { ...base, newestAt: null, ageHours: null, nextRunAt: next },
      'backup.stale',
    );
  const ageMs = Math.max(0, now - Date.parse(newest.at));
  const params = { ...base, hours: round1(ageMs / hour), at: localTime(newest.at) };
  const details = {
    ...base,
    newestAt: newest.at,
    ageHours: round1(ageMs / hour),
    snapshotId: newest.id,
    destination: newest.destination,
    nextRunAt: next,
  };
  if (ageMs > policy.rpoHours * hour)
    return outcome('warning', 'check.backup.freshness.stale', params, details, 'backup.stale');
  return outcome('ok', 'check.backup.freshness.ok', params, details);
}

/** `backup.last-run`: the result of the last run, per destination. */
export function evaluateLastRun(policy: BackupPolicy, state: BackupState): ProbeOutcome {
  const run = state.lastRun;
  // Nothing to report yet is not a check that failed to read: grey, while the freshness check warns.
  if (!run) return { ...outcome('unknown', 'check.backup.lastRun.none', {}, { lastRun: null }), notChecked: true };
  const failed = run.destinations.filter((d) => d.outcome === 'failed');
  const partial = run.destinations.filter((d) => d.outcome === 'partial');
  const files = run.destinations.reduce((n, d) => Math.max(n, d.files), 0);
  const details = {
    trigger: run.trigger,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    outcome: run.outcome,
    destinations: run.destinations.map((d) => ({
      path: d.path,
      outcome: d.outcome,
      snapshotId: d.snapshotId,
      files: d.files,
      readFiles: d.readFiles,
      addedBytes: d.addedBytes,
      problemCount: d.problemCount,
      problems: d.problems.slice(0, 20),
      error: d.error,
    })),
  };
  const at = localTime(run.finishedAt);
  if (failed.length) {
    const first = failed[0]?.error;
    return outcome(
      'warning',
      `check.backup.lastRun.failed.${failureGroup(first?.kind ?? 'internal')}`,
      {
        at,
        count: failed.length,
        total: run.destinations.length,
        path: destinationLabel(policy, failed[0]?.path ?? ''),
      },
      { ...details, reasonKey: first ? `backup.error.${first.kind}` : null },
      'backup.failed',
    );
  }
  if (partial.length) {
    const problems = partial.flatMap((d) => d.problems);
    const count = partial.reduce((n, d) => Math.max(n, d.problemCount), 0);
    const first = problems[0];
    return outcome(
      'warning',
      'check.backup.lastRun.partial',
      { at, count, first: first ? `${first.source}/${first.path}` : '' },
      details,
      'backup.partial',
    );
  }
  return outcome('ok', 'check.backup.lastRun.ok', { at, files }, details);
}

/** `backup.verification`: the last time the stored bytes were read back and re-hashed, and what it found. */
export function evaluateVerification(policy: BackupPolicy, state: BackupState, now: number): ProbeOutcome {
  const records = policy.destinations.flatMap((d) => {
    const v = destinationState(state, d.path).lastVerify;
    return v ? [{ ...v, destination: d.path }] : [];
  });
  const details = { verifyIntervalDays: policy.verifyIntervalDays, records };
  const bad = records.find((r) => !r.ok);
  if (bad)
    return outcome(
      'warning',
      'check.backup.verification.failed',
      {
        at: localTime(bad.at),
        count: bad.problems,
        first: bad.firstProblem ?? '',
        path: destinationLabel(policy, bad.destination),
      },
      details,
      'backup.verify-failed',
    );
  const newest = records.sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!newest)
    return outcome('warning', 'check.backup.verification.never', { days: policy.verifyIntervalDays }, details);
  const ageDays = (now - Date.parse(newest.at)) / day;
  const params = { at: localTime(newest.at), objects: newest.files, days: policy.verifyIntervalDays };
  if (ageDays > policy.verifyIntervalDays + 1)
    return outcome('warning', 'check.backup.verification.overdue', params, details);
  return outcome('ok', 'check.backup.verification.ok', params, details);
}

/** Bytes the next run is expected to write to a destination (see docs/backup.md, "Free space"). */
export function neededBytes(state: BackupState, destination: string): number {
  const d = destinationState(state, destination);
  const sources = Object.values(state.sources).reduce((n, s) => n + s.bytes, 0);
  return d.lastComplete ? Math.max(d.lastAddedBytes * 2, 64 * MiB) : Math.max(sources, 64 * MiB);
}

/** `backup.destination`: every destination reachable, with room for the next run. */
export function evaluateDestinations(
  policy: BackupPolicy,
  state: BackupState,
  looks: readonly DestinationLook[],
): ProbeOutcome {
  const rows = looks.map((l) => {
    const need = neededBytes(state, l.path);
    const kind = policy.destinations.find((d) => d.path === l.path)?.kind ?? 'folder';
    return {
      path: l.path,
      kind,
      reachable: l.reachable,
      code: l.code ?? null,
      freeMiB: l.freeBytes === undefined ? null : Math.floor(l.freeBytes / MiB),
      neededMiB: Math.ceil(need / MiB),
      enough: l.freeBytes === undefined ? null : l.freeBytes >= need,
    };
  });
  const details = { destinations: rows };
  const missing = rows.filter((r) => !r.reachable);
  if (missing.length) {
    const all = missing.length === rows.length;
    return outcome(
      'warning',
      all ? 'check.backup.destination.allMissing' : 'check.backup.destination.missing',
      { path: destinationLabel(policy, missing[0]?.path ?? ''), count: missing.length, total: rows.length },
      details,
      'backup.destination-missing',
    );
  }
  const low = rows.find((r) => r.enough === false);
  if (low)
    return outcome(
      'warning',
      'check.backup.destination.low',
      { path: destinationLabel(policy, low.path), freeMiB: low.freeMiB ?? 0, neededMiB: low.neededMiB },
      details,
      'backup.destination-full',
    );
  const least = rows.reduce<(typeof rows)[number] | undefined>(
    (a, r) => (!a || (r.freeMiB ?? 0) < (a.freeMiB ?? 0) ? r : a),
    undefined,
  );
  return outcome(
    'ok',
    'check.backup.destination.ok',
    {
      count: rows.length,
      path: destinationLabel(policy, least?.path ?? ''),
      freeGiB: round1((least?.freeMiB ?? 0) / 1024),
    },
    details,
  );
}

/** `backup.drill`: the last restore drill and its measured RTO. */
export function evaluateDrill(policy: BackupPolicy, state: BackupState, now: number): ProbeOutcome {
  const drills = policy.destinations.flatMap((d) => {
    const r = destinationState(state, d.path).lastDrill;
    return r ? [{ ...r, destination: d.path }] : [];
  });
  const newest = drills.sort((a, b) => b.at.localeCompare(a.at))[0];
  const details = {
    drillIntervalDays: policy.drillIntervalDays,
    lastDrill: newest ?? null,
    rtoSeconds: newest?.ok ? newest.seconds : null,
  };
  if (!newest)
    return outcome(
      'warning',
      'check.backup.drill.never',
      { days: policy.drillIntervalDays },
      details,
      'backup.drill-overdue',
    );
  const at = localTime(newest.at);
  if (!newest.ok)
    return outcome(
      'warning',
      newest.error
        ? `check.backup.drill.failed.${failureGroup(newest.error.kind)}`
        : 'check.backup.drill.failed.damaged',
      { at, count: newest.problems },
      { ...details, reasonKey: newest.error ? `backup.error.${newest.error.kind}` : null },
      'backup.drill-failed',
    );
  const params = { at, files: newest.files, seconds: round1(newest.seconds ?? 0), days: policy.drillIntervalDays };
  if ((now - Date.parse(newest.at)) / day > policy.drillIntervalDays)
    return outcome('warning', 'check.backup.drill.overdue', params, details, 'backup.drill-overdue');
  return outcome('ok', 'check.backup.drill.ok', params, details);
}

/**
 * `backup.sources`: each source folder still there, and not suddenly missing most of its files
 * (against the last snapshot's count), between runs and by the last run itself. A folder is
 * lost only when it was there before (in a snapshot, or seen by this monitor): one that was never
 * found is a wrong path or software not installed here — IT should look, but no data went.
 */
export function evaluateSources(
  policy: BackupPolicy,
  state: BackupState,
  looks: readonly SourceLook[],
  seenBefore: ReadonlySet<string> = new Set(),
): ProbeOutcome {
  const rows = looks.map((l) => {
    const before = state.sources[l.name]?.files ?? null;
    const known = before !== null || seenBefore.has(l.name);
    const lost =
      (!l.exists && known) ||
      (before !== null &&
        ((before > 0 && l.files === 0) || (before >= 20 && l.files <= before * (1 - policy.dataLossPercent / 100))));
    const neverFound = !l.exists && !known;
    return {
      name: l.name,
      path: l.path,
      exists: l.exists,
      files: l.files,
      before,
      lost,
      neverFound,
      code: l.code ?? null,
    };
  });
  const details = { sources: rows, dataLossPercent: policy.dataLossPercent };
  const gone = rows.find((r) => r.lost);
  if (gone)
    return outcome(
      'fault',
      gone.exists ? 'check.backup.sources.shrunk' : 'check.backup.sources.missing',
      { name: gone.name, path: gone.path, files: gone.files, before: gone.before ?? 0 },
      details,
      'data.lost',
    );
  const absent = rows.find((r) => r.neverFound);
  if (absent)
    return outcome('warning', 'check.backup.sources.neverFound', { name: absent.name, path: absent.path }, details);
  return outcome(
    'ok',
    'check.backup.sources.ok',
    { count: rows.length, files: rows.reduce((n, r) => n + r.files, 0) },
    details,
  );
}

/** Failures grouped the way the summary tells them (the exact kind is in `details.reasonKey`). */
export function failureGroup(kind: string): 'missing' | 'full' | 'permission' | 'busy' | 'damaged' | 'other' {
  if (kind === 'destination-missing' || kind === 'snapshot-not-found') return 'missing';
  if (kind === 'destination-full' || kind === 'target-full') return 'full';
  if (kind === 'destination-permission' || kind === 'target-unwritable') return 'permission';
  if (kind === 'busy') return 'busy';
  if (kind === 'store-damaged') return 'damaged';
  return 'other';
}

/** The policy's sources with their names, as the watcher looks at them. */
export function policySources(policy: BackupPolicy): { name: string; path: string }[] {
  return policy.sources.map((s) => ({ name: sourceName(s), path: s.path }));
}
