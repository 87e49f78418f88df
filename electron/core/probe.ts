import type { CheckStatus, Details, Message, Reading } from '../../shared/model/reading';
import type { Severity } from '../../shared/model/fault';
import type { Policy } from '../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../shared/policy/policy-status';
import type { Snapshot } from '../../shared/model/snapshot';
import type { AppInfo, EventName, PayloadOf, RequestHandlers } from '../../shared/protocol/contract';

/** What a probe reports for its check; the monitor adds id, area, time and duration. */
export interface ProbeOutcome {
  status: CheckStatus;
  summary: Message;
  details?: Details;
  /** Not checked on purpose (not configured, or not possible on this PC); `status` is then `unknown`. */
  notChecked?: true;
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
   * Optional: the wait before the next run, asked after each run, for probes that retry quickly
   * while a target fails and back off later (network). Without it the wait is `intervalMs`.
   */
  nextIntervalMs?(): number;
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
  /**
   * Optional: request handlers this area serves beyond the core's own (guided flow, readiness).
   * Called once when the core is created; the core's own requests cannot be overridden.
   */
  serve?(services: CoreServices): Partial<RequestHandlers>;
}

/** What the core lends an area that serves requests of its own. */
export interface CoreServices {
  snapshot(): Snapshot;
  /** Re-runs the named checks now (unknown ids are skipped) and answers with the new snapshot. */
  runChecks(ids: readonly string[]): Promise<Snapshot>;
  /** The ids of every check this core runs. */
  checkIds(): readonly string[];
  /** Called with each published snapshot; returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  /** Pushes an event to every connected UI. */
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  /** Version, platform and when this core started (what getAppInfo answers). */
  appInfo(): AppInfo;
}

export interface AreaContext {
  policy: Policy;
  platform: NodeJS.Platform;
  /**
   * Where the policy came from; `issues` not empty = the file was bad and `policy` is the built-in
   * defaults, which an area may decline to act on (the network area sends nothing off this computer).
   */
  policyStatus?: PolicyStatus;
}

export type AreaFactory = (context: AreaContext) => Area;
