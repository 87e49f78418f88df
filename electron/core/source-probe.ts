import type { Message } from '../../shared/model/reading';
import type { Probe, ProbeOutcome } from './probe';
import { readSafely, type SourceRead, type Unreadable } from './sources/source-read';

/** One check that reads one source and judges what it saw (most checks). */
export interface SourceProbeSpec<T extends object> {
  id: string;
  area: string;
  intervalMs: number;
  timeoutMs: number;
  /** Asks the source; a source that throws anyway reads as `unreadable` with the error's text. */
  read(signal: AbortSignal): Promise<SourceRead<T>>;
  /** Pure: what the source said (facts, or why it could not read) to the reading. */
  evaluate(read: SourceRead<T>): ProbeOutcome;
  watch?: Probe['watch'];
}

/**
 * The shell every source-reading check shares: id, area, interval, timeout, the source call with its
 * AbortSignal, the pure evaluation, and no exception escaping. The monitor's own timeout
 * (run-probe.ts) still abandons a source that hangs.
 */
export function sourceProbe<T extends object>(spec: SourceProbeSpec<T>): Probe {
  return {
    id: spec.id,
    area: spec.area,
    intervalMs: spec.intervalMs,
    timeoutMs: spec.timeoutMs,
    run: async (signal) => spec.evaluate(await readSafely(() => spec.read(signal))),
    ...(spec.watch ? { watch: spec.watch } : {}),
  };
}

/**
 * Pure: the one reading shape for "the source could not read": `unknown`, a catalog summary with
 * the raw reason and install hint as parameters, and the problem, reason and hint in details.
 */
export function unreadableOutcome(
  failure: Unreadable,
  summary: Message,
  extra: Record<string, unknown> = {},
): ProbeOutcome {
  return {
    status: 'unknown',
    summary: {
      key: summary.key,
      params: { reason: failure.reason, install: failure.install ?? '', ...summary.params },
    },
    details: {
      ...extra,
      error: failure.problem,
      reason: failure.reason,
      ...(failure.install ? { install: failure.install } : {}),
    },
  };
}
