import type { Reading } from './reading';
import { composeSnapshot, type Snapshot } from './snapshot';

/** A check the core has not finished (no reading yet) reads like this in a snapshot. */
export function isUnfinished(reading: Pick<Reading, 'summary' | 'checkedAt'>): boolean {
  return reading.summary.key === 'check.pending' && reading.checkedAt === '';
}

/** The reading of a check that did not finish within the CLI's deadline: unknown, and why. */
export function deadlineReading<R extends Pick<Reading, 'status' | 'summary'>>(reading: R, seconds: number): R {
  return {
    ...reading,
    status: 'unknown',
    summary: { key: 'check.deadline', params: { seconds } },
    ...('details' in reading ? { details: { error: 'deadline', deadlineSeconds: seconds } } : {}),
  };
}

/**
 * What the CLI reports when its deadline passes: the snapshot as the core has it, every check still
 * running read `unknown` ("did not finish within the deadline"), overall and verdict recomputed.
 */
export function withDeadlineReached(snapshot: Snapshot, seconds: number): Snapshot {
  const checks = snapshot.checks.map((c) => (isUnfinished(c) ? deadlineReading(c, seconds) : c));
  const { overall: _overall, verdict: _verdict, ...rest } = snapshot;
  return composeSnapshot({ ...rest, checks });
}
