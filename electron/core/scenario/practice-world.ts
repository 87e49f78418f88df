import { areaModules } from '../areas/registry';
import type { AreaEnvironment } from '../areas/define-area';
import type { AreaFactory } from '../probe';
import type { Scenario } from './scenario-schema';
import type { ScriptedWorld } from './scripted-world';

export interface PracticeWorld {
  /** Every registered area on the scenario's scripted sources, plus the area that plays its timeline. */
  areas(env: AreaEnvironment): AreaFactory[];
  /** The simulated wall clock (the scenario's `clock` plus the time since start). */
  now(): number;
  /** Feed of the user's step marks; `stepDone` timeline entries fire on it. */
  onStepDone(guideId: string, step: number, done: boolean): void;
}

/**
 * A practice scenario as a world of scripted sources: each area's sources read their part of it, so
 * the real probes, rules, diagnosis, guided flow and catalogs run on it exactly as on a workstation.
 * The timeline changes parts of the world; the areas whose sources changed are re-checked at once
 * (USB also gets real hotplug events, so its debounce runs as it would on real hardware).
 */
export function createPracticeWorld(scenario: Scenario, realNow: () => number = Date.now): PracticeWorld {
  const startedAt = realNow();
  const clockStart = scenario.clock ? Date.parse(scenario.clock) : startedAt;
  const now = (): number => clockStart + (realNow() - startedAt);
  const state = new Map<string, unknown>(areaModules.map((m) => [m.id, scenario.sources[m.id] ?? m.script.parse({})]));
  const listeners = new Map<string, Set<() => void>>();
  const fired = new Set<number>();
  const timers: ReturnType<typeof setTimeout>[] = [];
  let recheck: (areas: readonly string[]) => void = () => {};

  function apply(index: number): void {
    if (fired.has(index)) return;
    fired.add(index);
    const entry = scenario.timeline[index];
    if (!entry) return;
    const changed = Object.entries(entry.set).filter(([, value]) => value !== undefined);
    for (const [id, value] of changed) {
      state.set(id, value);
      listeners.get(id)?.forEach((l) => l());
    }
    recheck(changed.map(([id]) => id));
  }

  function worldOf(id: string): ScriptedWorld<unknown> {
    return {
      state: () => state.get(id),
      onChange(listener) {
        const set = listeners.get(id) ?? new Set();
        listeners.set(id, set);
        set.add(listener);
        return () => void set.delete(listener);
      },
      now,
    };
  }

  /** No checks of its own: starts the timeline and re-checks the areas each entry changes. */
  const timeline: AreaFactory = () => ({
    probes: [],
    rules: [],
    serve(services) {
      recheck = (areas) => {
        const ids = services
          .snapshot()
          .checks.filter((c) => areas.includes(c.area))
          .map((c) => c.id);
        services.runChecks(ids).catch(() => {}); // the core is stopping: nothing to show
      };
      scenario.timeline.forEach((entry, index) => {
        if ('afterMs' in entry.when) timers.push(setTimeout(() => apply(index), entry.when.afterMs));
      });
      return {};
    },
    dispose() {
      timers.forEach(clearTimeout);
      listeners.clear();
    },
  });

  return {
    areas: (env) => [...areaModules.map((m) => m.scripted(worldOf(m.id), env)), timeline],
    now,
    onStepDone(guideId, step, done) {
      if (!done) return;
      scenario.timeline.forEach((entry, index) => {
        if ('stepDone' in entry.when && entry.when.stepDone.guide === guideId && entry.when.stepDone.step === step)
          apply(index);
      });
    },
  };
}
