import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AreaFactory } from './probe';
import { productionAreas } from './areas';
import { loadScenarioFile } from './scenario/load-scenario';
import { createScenarioRuntime } from './scenario/scenario-area';
import type { Scenario } from '../../shared/scenarios/scenario-schema';
import { defaultDataDir, flowStatePath } from './data-dir';
import { openFlowStore, type FlowStore } from './guides/flow-store';
import { guidesArea } from './guides/guides-area';
import { calendarArea } from './areas/calendar/calendar-area';
import { localDate } from '../../shared/readiness/filing-calendar';

export interface CoreSetup {
  areas: AreaFactory[];
  simulated: boolean;
  now: () => number;
  store: FlowStore;
  /** Where the flow state is kept (a throw-away temp folder in practice mode). */
  statePath: string;
  practice?: { scenarioId: string; titleKey: string };
  /** Removes what practice mode created; nothing for real runs. */
  cleanup(): Promise<void>;
  /** The same at process exit, when nothing async can run any more. */
  cleanupSync(): void;
}

/**
 * Chooses the sources: the real areas with the user's flow state, or (with `--simulate FILE`) a
 * scenario's scripted sources with a flow state in a fresh temp folder, so practice never touches
 * the real records.
 */
export async function setUpCore(options: {
  simulatePath?: string;
  scenario?: Scenario;
  dataDir?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  log: (line: string) => void;
  /** The policy's calendar time zone (practice mode records this month's filing in it). */
  timeZone?: string;
  /** Real areas; defaults to productionAreas() (tests pass their own). */
  areas?: () => AreaFactory[];
}): Promise<CoreSetup> {
  const scenario =
    options.scenario ?? (options.simulatePath ? await loadScenarioFile(options.simulatePath) : undefined);
  if (!scenario) {
    const statePath = flowStatePath(options.dataDir ?? defaultDataDir(options.platform, options.env, os.homedir()));
    const store = await openFlowStore(statePath, options.log);
    return {
      areas: [
        ...(options.areas ?? productionAreas)(),
        calendarArea({ records: () => store.state().filing }),
        guidesArea({ store, log: options.log }),
      ],
      simulated: false,
      now: Date.now,
      store,
      statePath,
      cleanup: async () => {},
      cleanupSync: () => {},
    };
  }
  const practiceDir = await mkdtemp(path.join(os.tmpdir(), 'invoiceguard-practice-'));
  const statePath = flowStatePath(practiceDir);
  const store = await openFlowStore(statePath, options.log);
  const runtime = createScenarioRuntime(scenario);
  if (scenario.filing === 'done') {
    // A drill about something else must not also nag about this month's filing.
    const month = localDate(runtime.now(), options.timeZone ?? 'Asia/Shanghai').slice(0, 7);
    const at = new Date(runtime.now()).toISOString();
    await store.update((state) => void (state.filing[month] = { reported: at, cleared: at }));
  }
  return {
    areas: [
      runtime.area,
      calendarArea({ records: () => store.state().filing, now: runtime.now }),
      guidesArea({ store, now: runtime.now, onStepDone: runtime.onStepDone, log: options.log }),
    ],
    simulated: true,
    now: runtime.now,
    store,
    statePath,
    practice: { scenarioId: scenario.id, titleKey: scenario.titleKey },
    async cleanup() {
      await store.flushed();
      await rm(practiceDir, { recursive: true, force: true });
    },
    cleanupSync: () => rmSync(practiceDir, { recursive: true, force: true }),
  };
}
