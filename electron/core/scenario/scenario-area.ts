import type { Scenario, ScriptedOutcome } from '../../../shared/scenarios/scenario-schema';
import type { AreaFactory, DiagnosisRule, Probe, RaisedFault } from '../probe';
import { realRules } from './scenario-rules';

export interface ScenarioRuntime {
  /** The scripted sources as an area: one probe per scripted check, plus the real rules. */
  area: AreaFactory;
  /** The simulated wall clock (the scenario's `clock` plus the time since start). */
  now: () => number;
  /** Feed of the user's step marks; `stepDone` timeline entries fire on it. */
  onStepDone(guideId: string, step: number, done: boolean): void;
}

/**
 * Scenario-driven scripted sources: simulation is just another source. Each scripted check is a
 * push source (like USB hotplug): when the timeline changes it, the monitor re-runs it at once and
 * the real rules, diagnosis and guided flow take it from there.
 */
export function createScenarioRuntime(scenario: Scenario, realNow: () => number = Date.now): ScenarioRuntime {
  const startedAt = realNow();
  const clockStart = scenario.clock ? Date.parse(scenario.clock) : startedAt;
  const current = new Map<string, ScriptedOutcome>(Object.entries(scenario.checks).map(([id, c]) => [id, c.initial]));
  /** What each probe last reported, so scripted faults follow the reading the monitor holds. */
  const served = new Map<string, ScriptedOutcome>();
  const watchers = new Map<string, () => void>();
  const fired = new Set<number>();
  const timers: ReturnType<typeof setTimeout>[] = [];
  let timelineStarted = false;

  function apply(index: number): void {
    if (fired.has(index)) return;
    fired.add(index);
    const entry = scenario.timeline[index];
    if (!entry) return;
    for (const [id, outcome] of Object.entries(entry.set)) {
      current.set(id, outcome);
      watchers.get(id)?.();
    }
  }

  function startTimeline(): void {
    if (timelineStarted) return;
    timelineStarted = true;
    scenario.timeline.forEach((entry, index) => {
      if ('afterMs' in entry.when) timers.push(setTimeout(() => apply(index), entry.when.afterMs));
    });
  }

  const probes: Probe[] = Object.entries(scenario.checks).map(([id, check]) => ({
    id,
    area: check.area,
    // Changes arrive through watch(); the interval only keeps the reading fresh.
    intervalMs: 60_000,
    timeoutMs: 2_000,
    async run() {
      const outcome = current.get(id) ?? check.initial;
      served.set(id, outcome);
      return { status: outcome.status, summary: outcome.summary, details: structuredClone(outcome.details) };
    },
    watch(onChange) {
      watchers.set(id, onChange);
      startTimeline();
      return () => void watchers.delete(id);
    },
  }));

  const scriptedFaults: DiagnosisRule = {
    id: 'scenario.scripted-faults',
    evaluate(readings) {
      const raised: RaisedFault[] = [];
      for (const [id, outcome] of served) {
        if (!readings.has(id)) continue;
        for (const f of outcome.faults)
          raised.push({ id: f.id, checkIds: [id], ...(f.severity ? { severity: f.severity } : {}) });
      }
      return raised;
    },
  };

  return {
    area: () => ({
      probes,
      rules: [...realRules, scriptedFaults],
      dispose() {
        timers.forEach(clearTimeout);
        watchers.clear();
      },
    }),
    now: () => clockStart + (realNow() - startedAt),
    onStepDone(guideId, step, done) {
      if (!done) return;
      scenario.timeline.forEach((entry, index) => {
        if ('stepDone' in entry.when && entry.when.stepDone.guide === guideId && entry.when.stepDone.step === step)
          apply(index);
      });
    },
  };
}
