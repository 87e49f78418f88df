import type { CheckStatus, Details, Message } from '../../../../shared/model/reading';
import type { Probe, ProbeOutcome } from '../../probe';
import { initialDamper, nextDelayMs, stepDamper, type DampingPolicy, type DamperState } from './flap-damper';
import type { NetworkBoard } from './network-board';

/** One raw attempt at a layer: `fault` counts as a failure, `ok` and `warning` as successes, `unknown` as neither. */
export interface RawOutcome {
  status: CheckStatus;
  summary: Message;
  details: Details;
  /** The failure's cause word (refused, timeout...), kept while a fault is open. */
  cause?: string;
}

export interface DampedProbeSpec {
  id: string;
  policy: DampingPolicy;
  board: NetworkBoard;
  /** Abandon deadline for the monitor; the attempt keeps its own, shorter one. */
  timeoutMs: number;
  attempt(signal: AbortSignal): Promise<RawOutcome>;
  /** Called after each attempt (latency history). */
  afterAttempt?(raw: RawOutcome, startedAt: number): Details;
  watch?: Probe['watch'];
}

/**
 * Wraps a layer check with flap damping and retry/backoff: the reading turns `fault` only after N
 * failures in a row and back after M successes; in between it says it is re-checking.
 */
export function dampedProbe(spec: DampedProbeSpec): Probe & { state(): DamperState } {
  let damper = initialDamper;
  let lastDurationMs = 0;
  let opened: Opened | undefined;
  const { policy } = spec;
  return {
    id: spec.id,
    area: 'network',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: spec.timeoutMs,
    state: () => damper,
    // Start to start: the time the attempt took is taken off the wait, so detection stays N × retry.
    nextIntervalMs: () => Math.max(0, nextDelayMs(damper, policy) - lastDurationMs),
    ...(spec.watch ? { watch: spec.watch } : {}),
    run(signal) {
      return spec.board.track(
        spec.id,
        (async (): Promise<ProbeOutcome> => {
          const startedAt = Date.now();
          const t0 = performance.now();
          const raw = await spec.attempt(signal);
          lastDurationMs = performance.now() - t0;
          const extra = spec.afterAttempt?.(raw, startedAt) ?? {};
          if (raw.status !== 'unknown') damper = stepDamper(damper, raw.status !== 'fault', policy);
          const outcome = damped(raw, damper, policy, extra, opened);
          opened =
            typeof outcome.details.downCause === 'string'
              ? { cause: outcome.details.downCause, tcpOk: outcome.details.downTcpOk === true }
              : undefined;
          return outcome;
        })(),
      );
    },
  };
}

/** The failure that opened a fault, kept while the target recovers. */
interface Opened {
  cause?: string;
  tcpOk: boolean;
}

function damped(
  raw: RawOutcome,
  state: DamperState,
  policy: DampingPolicy,
  extra: Details,
  opened: Opened | undefined,
): ProbeOutcome & { details: Details } {
  const damping = {
    confirmed: state.confirmed,
    failuresInRow: state.failuresInRow,
    successesInRow: state.successesInRow,
    failureThreshold: policy.failureThreshold,
    successThreshold: policy.successThreshold,
  };
  const failing = raw.status === 'fault';
  // The cause that opened the fault stays visible while it recovers, for the verdict and the user.
  const down =
    state.confirmed === 'down'
      ? failing
        ? { cause: raw.cause, tcpOk: raw.details.tcpOk === true }
        : opened
      : undefined;
  const details: Details = {
    ...raw.details,
    ...extra,
    rawStatus: raw.status,
    damping,
    ...(down?.cause ? { downCause: down.cause, downTcpOk: down.tcpOk } : {}),
  };
  if (raw.status === 'unknown') return { status: 'unknown', summary: raw.summary, details };
  if (state.confirmed === 'down' && !failing) {
    return {
      status: 'fault',
      summary: {
        key: 'check.network.recovering',
        params: { successes: state.successesInRow, needed: policy.successThreshold },
      },
      details,
    };
  }
  if (state.confirmed === 'up' && failing) {
    return {
      status: 'ok',
      summary: {
        key: 'check.network.confirming',
        params: { failures: state.failuresInRow, needed: policy.failureThreshold, cause: raw.cause ?? 'timeout' },
      },
      details,
    };
  }
  return { status: raw.status, summary: raw.summary, details };
}
