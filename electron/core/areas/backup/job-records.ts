import type { SerializedFailure } from './backup-failure';
import type { VerifyRecord } from './backup-state';

/** A verification as the state file keeps it. */
export function verifyRecordOf(v: {
  at: string;
  snapshotId: string;
  ok: boolean;
  files: number;
  bytes: number;
  problems: { path: string; reason: string }[];
}): VerifyRecord {
  const first = v.problems[0];
  return {
    at: v.at,
    snapshotId: v.snapshotId,
    ok: v.ok,
    files: v.files,
    bytes: v.bytes,
    problems: v.problems.length,
    firstProblem: first ? `${first.path}: ${first.reason}` : null,
    error: null,
  };
}

/** Parameters a failure message may show: the path it concerns, never raw OS text. */
export function messageParams(
  failure: Pick<SerializedFailure, 'details'> | null | undefined,
  label: (path: string) => string = (p) => p,
): Record<string, string | number> {
  const d = failure?.details ?? {};
  const where = typeof d.destination === 'string' ? d.destination : typeof d.path === 'string' ? d.path : '';
  return {
    path: where ? label(where) : '',
    host: typeof d.host === 'string' ? d.host : '',
    pid: typeof d.pid === 'number' ? d.pid : 0,
    neededMiB: typeof d.neededBytes === 'number' ? Math.ceil(d.neededBytes / 1048576) : 0,
    freeMiB: typeof d.freeBytes === 'number' ? Math.floor(d.freeBytes / 1048576) : 0,
  };
}

/** A destination that is not there (or has no store yet): nothing to verify or drill there. */
export function isUnreachable(failure: SerializedFailure): boolean {
  return failure.kind === 'destination-missing' || failure.kind === 'snapshot-not-found';
}

export function failedVerify(failure: SerializedFailure, at: number): VerifyRecord {
  return {
    at: new Date(at).toISOString(),
    snapshotId: null,
    ok: false,
    files: 0,
    bytes: 0,
    problems: 0,
    firstProblem: null,
    error: failure,
  };
}
