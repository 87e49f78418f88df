import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AreaFactory } from './probe';
import type { AreaEnvironment, TaxDeviceMemory } from './areas/define-area';
import { storedTaxDeviceMemory } from './invoicing-mode';
import { productionAreas } from './areas/registry';
import { loadScenarioFile, practicePolicy } from './scenario/load-scenario';
import { createPracticeWorld } from './scenario/practice-world';
import type { Scenario } from './scenario/scenario-schema';
import type { LoadedPolicy } from './policy/load-policy';
import { defaultDataDir, flowStatePath } from './data-dir';
import { openFlowStore, type FlowStore } from './guides/flow-store';
import { guidesArea } from './guides/guides-area';
import { localDate } from '../../shared/readiness/filing-calendar';

export interface CoreSetup {
  areas: AreaFactory[];
  simulated: boolean;
  now: () => number;
  store: FlowStore;
  /** Where the flow state is kept (a throw-away temp folder in practice mode). */
  statePath: string;
  /** In practice mode: the scenario's own policy, in force instead of the file's. */
  loaded?: LoadedPolicy;
  practice?: { scenarioId: string; titleKey: string };
  /** What this PC remembers of its tax device (the invoicing mode the snapshot reports). */
  taxDevice: TaxDeviceMemory;
  /** Removes what practice mode created; nothing for real runs. */
  cleanup(): Promise<void>;
  /** The same at process exit, when nothing async can run any more. */
  cleanupSync(): void;
}

/**
 * The core's composition root: chooses the sources and the state folder. Real runs get the
 * registry's areas on the real OS with the user's flow state; `--simulate FILE` gets the same areas
 * on the scenario's scripted sources, under the scenario's policy, with a flow state in a fresh
 * temp folder, so practice never touches the real records.
 */
export async function setUpCore(options: {
  simulatePath?: string;
  scenario?: Scenario;
  dataDir?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  log: (line: string) => void;
  /** Real areas; defaults to the registry's (tests pass their own). */
  areas?: (env: AreaEnvironment) => AreaFactory[];
}): Promise<CoreSetup> {
  const scenario =
    options.scenario ?? (options.simulatePath ? await loadScenarioFile(options.simulatePath) : undefined);
  if (!scenario) {
    const statePath = flowStatePath(options.dataDir ?? defaultDataDir(options.platform, options.env, os.homedir()));
    const store = await openFlowStore(statePath, options.log);
    const env = areaEnvironment(store, Date.now, options.log);
    return {
      taxDevice: env.taxDevice,
      areas: [...(options.areas ?? productionAreas)(env), guidesArea({ store, log: options.log })],
      simulated: false,
      now: Date.now,
      store,
      statePath,
      cleanup: async () => {
        await store.flushed();
        store.close();
      },
      cleanupSync: () => store.close(),
    };
  }
  const policy = practicePolicy(scenario, options.simulatePath);
  const practiceDir = await mkdtemp(path.join(os.tmpdir(), 'invoiceguard-practice-'));
  const statePath = flowStatePath(practiceDir);
  const store = await openFlowStore(statePath, options.log);
  const world = createPracticeWorld(scenario);
  if (scenario.filing === 'done') {
    // A drill about something else must not also nag about this month's filing.
    const month = localDate(world.now(), policy.calendar.timeZone).slice(0, 7);
    const at = new Date(world.now()).toISOString();
    await store.update((state) => void (state.filing[month] = { reported: at, cleared: at }));
  }
  const env = areaEnvironment(store, world.now, options.log);
  return {
    taxDevice: env.taxDevice,
    areas: [...world.areas(env), guidesArea({ store, now: world.now, onStepDone: world.onStepDone, log: options.log })],
    simulated: true,
    now: world.now,
    store,
    statePath,
    loaded: {
      policy,
      status: { source: 'scenario', ...(options.simulatePath ? { path: options.simulatePath } : {}), issues: [] },
    },
    practice: { scenarioId: scenario.id, titleKey: scenario.titleKey },
    async cleanup() {
      await store.flushed();
      store.close();
      await rm(practiceDir, { recursive: true, force: true });
    },
    cleanupSync: () => rmSync(practiceDir, { recursive: true, force: true }),
  };
}

function areaEnvironment(store: FlowStore, now: () => number, log: (line: string) => void): AreaEnvironment {
  return { filingRecords: () => store.state().filing, taxDevice: storedTaxDeviceMemory(store, now, log) };
}
