import type { CheckStatus, Details, Message, Reading } from '../../shared/model/reading';
import type { Severity } from '../../shared/model/fault';
import type { Policy } from '../../shared/policy/policy-schema';

/** What a probe reports for its check; the monitor adds id, area, time and duration. */
export interface ProbeOutcome {
  status: CheckStatus;
  summary: Message;
  details?: Details;
}

/** One check: turns what a source sees into a reading. */
export interface Probe {
  /** Stable check id, like `disk.space` or `network.endpoint.etax`. */
  id: string;
  area: string;
  intervalMs: number;
  /** A probe still running after this long is abandoned and reads `unknown`. */
  timeoutMs: number;
  run(signal: AbortSignal): Promise<ProbeOutcome>;
  /**
   * For sources that push changes (USB hotplug, network change, resume): call `onChange` to re-run
   * this probe now instead of waiting for its interval. Returns the stop function.
   */
  watch?(onChange: () => void): () => void;
}

/** A fault a rule found, before the catalog adds its category, guide and first-seen time. */
export interface RaisedFault {
  id: string;
  checkIds: string[];
  severity?: Severity;
  evidence?: Record<string, string | number | boolean>;
}

/** A pure decision: current readings in, faults out. */
export interface DiagnosisRule {
  id: string;
  evaluate(readings: ReadonlyMap<string, Reading>): RaisedFault[];
}

/** Everything one area (disk, USB, network, system...) contributes to the core. */
export interface Area {
  probes: Probe[];
  rules: DiagnosisRule[];
  /** Releases sources (USB listeners, sockets) when the core stops. */
  dispose?(): void | Promise<void>;
}

export interface AreaContext {
  policy: Policy;
  platform: NodeJS.Platform;
}

export type AreaFactory = (context: AreaContext) => Area;
