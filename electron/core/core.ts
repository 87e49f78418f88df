import { ProtocolError } from '../../shared/protocol/envelope';
import type { AppInfo, RequestHandlers } from '../../shared/protocol/contract';
import { overallOf, type Snapshot } from '../../shared/model/snapshot';
import type { Fault } from '../../shared/model/fault';
import type { Reading } from '../../shared/model/reading';
import { faultCatalog } from '../../shared/faults/catalog';
import { diagnose } from './diagnose';
import { createMonitor } from './monitor';
import type { LoadedPolicy } from './policy/load-policy';
import type { AreaFactory, Probe } from './probe';

export interface CoreOptions {
  loaded: LoadedPolicy;
  areas: readonly AreaFactory[];
  platform: NodeJS.Platform;
  version: string;
  /** True when scenario-driven sources stand in for the real ones (practice mode, demos, e2e). */
  simulated?: boolean;
  now?: () => number;
  /** Where internal trouble (a rule that throws) is reported; never the user's screen. */
  log?: (line: string) => void;
}

export interface Core {
  handlers: RequestHandlers;
  start(): void;
  stop(): Promise<void>;
  snapshot(): Snapshot;
  /** Called with each new snapshot (coalesced per tick); returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
}

/** The whole watcher in plain Node: the same object runs in tests, behind the CLI and in the app's utility process. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const areas = options.areas.map((factory) => factory({ policy: options.loaded.policy, platform: options.platform }));
  const probes = areas.flatMap((a) => a.probes);
  const rules = areas.flatMap((a) => a.rules);
  const monitor = createMonitor(probes, now);
  const listeners = new Set<(snapshot: Snapshot) => void>();
  const startedAt = new Date(now()).toISOString();
  let faults: Fault[] = [];
  let publishQueued = false;

  function snapshot(): Snapshot {
    const readings = monitor.readings();
    const checks = probes.map((p) => readings.get(p.id) ?? pendingReading(p));
    return {
      overall: overallOf(checks),
      checks,
      faults,
      policy: options.loaded.status,
      simulated: options.simulated ?? false,
      updatedAt: new Date(now()).toISOString(),
    };
  }

  monitor.onReading(() => {
    faults = diagnose(monitor.readings(), rules, faultCatalog, faults, new Date(now()).toISOString(), (rule, reason) =>
      log(`rule ${rule} failed: ${reason}`),
    );
    // Several readings finishing together make one snapshot event, not one each.
    if (publishQueued) return;
    publishQueued = true;
    queueMicrotask(() => {
      publishQueued = false;
      const current = snapshot();
      listeners.forEach((l) => l(current));
    });
  });

  const appInfo: AppInfo = {
    version: options.version,
    platform: options.platform,
    coreStartedAt: startedAt,
    coreBuild: options.simulated ? 'simulation' : 'production',
  };

  const handlers: RequestHandlers = {
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
    onSnapshot(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
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
