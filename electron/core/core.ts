import { ProtocolError } from '../../shared/protocol/envelope';
import { type AppInfo, type EventName, type PayloadOf, type RequestHandlers } from '../../shared/protocol/contract';
import { composeSnapshot, type Snapshot } from '../../shared/model/snapshot';
import type { Fault } from '../../shared/model/fault';
import type { Reading } from '../../shared/model/reading';
import { faultCatalog } from '../../shared/faults/catalog';
import { diagnose } from './diagnose';
import { createMonitor } from './monitor';
import type { LoadedPolicy } from './policy/load-policy';
import type { AreaFactory, CoreServices, Probe } from './probe';
import type { TaxDeviceMemory } from './areas/define-area';
import { invoicingState } from './invoicing-mode';
import type { PolicyStatus } from '../../shared/policy/policy-status';

export interface CoreOptions {
  loaded: LoadedPolicy;
  areas: readonly AreaFactory[];
  platform: NodeJS.Platform;
  version: string;
  /** True when scenario-driven sources stand in for the real ones (practice mode, demos, e2e). */
  simulated?: boolean;
  /** The scenario played in practice mode, reported in getAppInfo for the practice banner. */
  practice?: { scenarioId: string; titleKey: string };
  now?: () => number;
  /** Where internal trouble (a rule that throws) is reported; never the user's screen. */
  log?: (line: string) => void;
  /** What this PC remembers of its tax device, for the invoicing mode (none: policy and defaults only). */
  taxDevice?: Pick<TaxDeviceMemory, 'seenAt'>;
}

export interface Core {
  handlers: RequestHandlers;
  start(): void;
  stop(): Promise<void>;
  snapshot(): Snapshot;
  /** Called with each new snapshot (coalesced per tick); returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  /** Called with every other event an area emits (for example `guideFlow`); returns the unsubscribe function. */
  onEvent(listener: <E extends EventName>(name: E, payload: PayloadOf<E>) => void): () => void;
  /**
   * Shows another policy status with the policy in force unchanged (a changed file that was refused:
   * its issues, `notApplied`); publishes a snapshot.
   */
  showPolicyStatus(status: PolicyStatus): void;
}

/** The whole watcher in plain Node: the same object runs in tests, behind the CLI and in the app's utility process. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const areas = options.areas.map((factory) =>
    factory({ policy: options.loaded.policy, platform: options.platform, policyStatus: options.loaded.status }),
  );
  const probes = areas.flatMap((a) => a.probes);
  const rules = areas.flatMap((a) => a.rules);
  const monitor = createMonitor(probes, now);
  const listeners = new Set<(snapshot: Snapshot) => void>();
  const startedAt = new Date(now()).toISOString();
  let faults: Fault[] = [];
  let publishQueued = false;
  let policyStatus = options.loaded.status;

  function snapshot(): Snapshot {
    const readings = monitor.readings();
    const checks = probes.map((p) => readings.get(p.id) ?? pendingReading(p));
    return composeSnapshot({
      checks,
      faults,
      policy: policyStatus,
      simulated: options.simulated ?? false,
      updatedAt: new Date(now()).toISOString(),
      invoicing: invoicingState(options.loaded.policy, options.taxDevice),
    });
  }

  // A tax device seen for the first time turns an `auto` PC into a tax-device PC: the checks that
  // depend on the mode (the device itself, the filing calendar) are asked again at once.
  let mode = invoicingState(options.loaded.policy, options.taxDevice).mode;
  const modeDependent = probes.filter((p) => p.area === 'usb' || p.area === 'calendar').map((p) => p.id);
  monitor.onReading(() => {
    const nowMode = invoicingState(options.loaded.policy, options.taxDevice).mode;
    if (nowMode !== mode) {
      mode = nowMode;
      void monitor.rerun(modeDependent);
    }
    faults = diagnose(monitor.readings(), rules, faultCatalog, faults, new Date(now()).toISOString(), (rule, reason) =>
      log(`rule ${rule} failed: ${reason}`),
    );
    publish();
  });

  function publish(): void {
    // Several readings finishing together make one snapshot event, not one each.
    if (publishQueued) return;
    publishQueued = true;
    queueMicrotask(() => {
      publishQueued = false;
      const current = snapshot();
      listeners.forEach((l) => l(current));
    });
  }

  const appInfo: AppInfo = {
    version: options.version,
    platform: options.platform,
    coreStartedAt: startedAt,
    coreBuild: options.simulated ? 'simulation' : 'production',
    ...(options.practice ? { practice: options.practice } : {}),
  };

  function onSnapshot(listener: (snapshot: Snapshot) => void): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  const eventListeners = new Set<<E extends EventName>(name: E, payload: PayloadOf<E>) => void>();
  const services: CoreServices = {
    snapshot,
    async runChecks(ids) {
      await monitor.run(ids.filter((id) => probes.some((p) => p.id === id)));
      return snapshot();
    },
    checkIds: () => probes.map((p) => p.id),
    onSnapshot,
    emit: (name, payload) => eventListeners.forEach((l) => l(name, payload)),
    appInfo: () => appInfo,
  };
  // Area requests (guided flow, readiness) come from the areas that serve them; a request no area
  // serves is answered `unknown-method` by the protocol server.
  const served = Object.assign({}, ...areas.map((a) => a.serve?.(services) ?? {})) as Partial<RequestHandlers>;

  const handlers: RequestHandlers = {
    ...served,
    getSnapshot: async () => snapshot(),
    runChecks: async ({ ids }) => {
      const unknown = (ids ?? []).filter((id) => !probes.some((p) => p.id === id));
      if (unknown.length) throw new ProtocolError('bad-request', `unknown check ids: ${unknown.join(', ')}`);
      await monitor.run(ids);
      return snapshot();
    },
    getAppInfo: async () => appInfo,
  };

  return {
    handlers,
    start: () => monitor.start(),
    async stop() {
      monitor.stop();
      await Promise.all(areas.map((a) => a.dispose?.()));
    },
    snapshot,
    onSnapshot,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => void eventListeners.delete(listener);
    },
    showPolicyStatus(status) {
      policyStatus = status;
      publish();
    },
  };
}

function pendingReading(probe: Probe): Reading {
  return {
    id: probe.id,
    area: probe.area,
    status: 'unknown',
    summary: { key: 'check.pending' },
    details: {},
    checkedAt: '',
    durationMs: 0,
  };
}
