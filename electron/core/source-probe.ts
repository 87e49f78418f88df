import type { Message } from '../../shared/model/reading';
import type { Probe, ProbeOutcome } from './probe';
import { readSafely, type SourceProblem, type SourceRead, type Unreadable } from './sources/source-read';

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
  /**
   * The policy asks for this check by name: a missing tool or nothing to read is then a problem to
   * fix (`unknown`, a warning), not "not possible on this PC".
   */
  required?: boolean;
  /** Problems that mean "this PC cannot be checked this way" for this source; default: a missing tool, nothing to read. */
  notPossible?: readonly SourceProblem[];
  watch?: Probe['watch'];
}

const notPossibleByDefault: readonly SourceProblem[] = ['tool-missing', 'not-available'];

/**
 * The shell every source-reading check shares: id, area, interval, timeout, the source call with its
 * AbortSignal, the pure evaluation, and no exception escaping. The monitor's own timeout
 * (run-probe.ts) still abandons a source that hangs.
 */
export function sourceProbe<T extends object>(spec: SourceProbeSpec<T>): Probe {
  // A source that has read once on this PC and then cannot is a change to report, never "not possible".
  let readBefore = false;
  return {
    id: spec.id,
    area: spec.area,
    intervalMs: spec.intervalMs,
    timeoutMs: spec.timeoutMs,
    async run(signal) {
      const read = await readSafely(() => spec.read(signal));
      if (read.ok) readBefore = true;
      const outcome = spec.evaluate(read);
      const notPossible =
        !read.ok && (spec.notPossible ?? notPossibleByDefault).includes(read.problem) && !spec.required && !readBefore;
      return notPossible && outcome.status === 'unknown' ? { ...outcome, notChecked: true } : outcome;
    },
    ...(spec.watch ? { watch: spec.watch } : {}),
  };
}

/** Pure: a check the policy leaves unconfigured, so nothing was looked at; `summary` says what to set. */
export function notConfigured(summary: Message, details: Record<string, unknown> = {}): ProbeOutcome {
  return { status: 'unknown', summary, details: { configured: false, ...details }, notChecked: true };
}

/**
 * Pure: the one reading shape for "the source could not read": `unknown`, a catalog summary whose
 * `problem` parameter names the kind of failure in words (`$t(source.problem.{{problem}})`), and the
 * raw reason and install hint in details for IT: what a tool printed never reaches the summary.
 */
export function unreadableOutcome(
  failure: Unreadable,
  summary: Message,
  extra: Record<string, unknown> = {},
): ProbeOutcome {
  return {
    status: 'unknown',
    summary: { key: summary.key, params: { problem: failure.problem, ...summary.params } },
    details: {
      ...extra,
      error: failure.problem,
      reason: failure.reason,
      ...(failure.install ? { install: failure.install } : {}),
    },
  };
}
