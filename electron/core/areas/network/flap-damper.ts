/** Damping settings, straight from the policy. */
export interface DampingPolicy {
  failureThreshold: number;
  successThreshold: number;
  intervalSeconds: number;
  retrySeconds: number;
  backoffFactor: number;
  maxBackoffSeconds: number;
}

/** A target's damped state: `down` only after N failures in a row, `up` again only after M successes. */
export interface DamperState {
  /** null before the first attempt: the first result is taken as it is (a one-shot check must not lie). */
  confirmed: 'up' | 'down' | null;
  failuresInRow: number;
  successesInRow: number;
}

export const initialDamper: DamperState = { confirmed: null, failuresInRow: 0, successesInRow: 0 };

/** Pure: the state after one more attempt. */
export function stepDamper(state: DamperState, succeeded: boolean, policy: DampingPolicy): DamperState {
  const failuresInRow = succeeded ? 0 : state.failuresInRow + 1;
  const successesInRow = succeeded ? state.successesInRow + 1 : 0;
  let confirmed = state.confirmed;
  if (confirmed === null) confirmed = succeeded ? 'up' : 'down';
  else if (confirmed === 'up' && failuresInRow >= policy.failureThreshold) confirmed = 'down';
  else if (confirmed === 'down' && successesInRow >= policy.successThreshold) confirmed = 'up';
  return { confirmed, failuresInRow, successesInRow };
}

/**
 * Pure: milliseconds from the start of the last attempt to the next one. Healthy targets wait the
 * interval; a target confirming a failure or a recovery is retried quickly; once its fault is open
 * the retries back off (retry × factor^k, capped) so a dead platform is not hammered.
 */
export function nextDelayMs(state: DamperState, policy: DampingPolicy): number {
  const retry = policy.retrySeconds * 1000;
  if (state.confirmed === 'up' && state.failuresInRow === 0) return policy.intervalSeconds * 1000;
  if (state.confirmed === 'down' && state.successesInRow === 0) {
    const beyond = Math.max(0, state.failuresInRow - policy.failureThreshold);
    return Math.min(retry * policy.backoffFactor ** beyond, Math.max(retry, policy.maxBackoffSeconds * 1000));
  }
  return retry;
}
