import type { Reading } from '../../shared/model/reading';
import type { Probe } from './probe';
import { runProbe } from './run-probe';

export interface Monitor {
  /** Starts interval runs and source watches; the first run of every probe starts at once. */
  start(): void;
  stop(): void;
  /** Runs the given probes (all when omitted) now; concurrent requests for a running probe share its run. */
  run(ids?: readonly string[]): Promise<Reading[]>;
  /**
   * Runs the given probes afresh: a run already in flight may have read the world before a change,
   * so it is waited for and the probe runs once more after it.
   */
  rerun(ids: readonly string[]): Promise<Reading[]>;
  readings(): ReadonlyMap<string, Reading>;
  /** Called after every new reading; returns the unsubscribe function. */
  onReading(listener: (reading: Reading) => void): () => void;
}

/** Schedules probes on their own intervals, re-runs them when their source says so, keeps the latest readings. */
export function createMonitor(probes: readonly Probe[], now: () => number = Date.now): Monitor {
  const byId = new Map(probes.map((p) => [p.id, p]));
  const latest = new Map<string, Reading>();
  const inFlight = new Map<string, Promise<Reading>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const listeners = new Set<(reading: Reading) => void>();
  const unwatchers: (() => void)[] = [];
  let running = false;

  function runOne(probe: Probe): Promise<Reading> {
    const existing = inFlight.get(probe.id);
    if (existing) return existing;
    clearTimeout(timers.get(probe.id));
    const promise = runProbe(probe, now).then((reading) => {
      inFlight.delete(probe.id);
      latest.set(probe.id, reading);
      listeners.forEach((l) => l(reading));
      // The next interval counts from the end of this run, so a slow probe never overlaps itself.
      if (running)
        timers.set(
          probe.id,
          setTimeout(() => void runOne(probe), probe.nextIntervalMs?.() ?? probe.intervalMs),
        );
      return reading;
    });
    inFlight.set(probe.id, promise);
    return promise;
  }

  return {
    start() {
      if (running) return;
      running = true;
      for (const probe of probes) {
        if (probe.watch) unwatchers.push(probe.watch(() => void runOne(probe)));
        void runOne(probe);
      }
    },
    stop() {
      running = false;
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      unwatchers.splice(0).forEach((u) => u());
    },
    run(ids) {
      const selected = ids ? ids.flatMap((id) => byId.get(id) ?? []) : probes;
      return Promise.all(selected.map(runOne));
    },
    rerun(ids) {
      const selected = ids.flatMap((id) => byId.get(id) ?? []);
      return Promise.all(selected.map((p) => (inFlight.get(p.id) ?? Promise.resolve()).then(() => runOne(p))));
    },
    readings: () => latest,
    onReading(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
