import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AreaFactory } from './probe';
import type { AreaEnvironment, TaxDeviceMemory } from './areas/define-area';
import { storedTaxDeviceMemory } from './invoicing-mode';
import { createJournalArea, type JournalAreaHandle } from './journal/journal-area';
import type { RawUsbEvent } from './areas/usb/device-tracker';
import type { UsbArea } from './areas/usb/usb-area';
import { productionAreas } from './areas/registry';
import { loadScenarioFile, practicePolicy } from './scenario/load-scenario';
import { createPracticeWorld } from './scenario/practice-world';
import type { Scenario } from './scenario/scenario-schema';
import type { LoadedPolicy } from './policy/load-policy';
import { defaultDataDir, flowStatePath } from './data-dir';
import { openFlowStore, type FlowStore } from './guides/flow-store';
import { guidesArea } from './guides/guides-area';
import { localDate } from '../../shared/readiness/filing-calendar';
import { fleetArea } from './fleet/fleet-area';
import { fleetStatePath, openFleetState } from './fleet/fleet-state';

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
  /** The incident journal, kept by the app's long-running core only (docs/journal.md). */
  journal?: { dataDir: string; version: string };
  /** False for the CLI's one-shot cores: no metrics file, /metrics or events; fleet state read only. */
  fleetOutputs?: boolean;
}): Promise<CoreSetup> {
  const scenario =
    options.scenario ?? (options.simulatePath ? await loadScenarioFile(options.simulatePath) : undefined);
  if (!scenario) {
    const dataDir = options.dataDir ?? defaultDataDir(options.platform, options.env, os.homedir());
    const statePath = flowStatePath(dataDir);
    const store = await openFlowStore(statePath, options.log);
    const env = { ...areaEnvironment(store, Date.now, options.log), dataDir };
    const journal = openJournal(options, env);
    // Fleet monitoring (docs/fleet.md): the real workstation's state to IT's monitoring.
    const outputs = options.fleetOutputs !== false;
    const fleetState = await openFleetState(fleetStatePath(dataDir), { readOnly: !outputs, log: options.log });
    const fleet = fleetArea({
      ...fleetEnvironment(env),
      outputs,
      state: fleetState,
      log: options.log,
      // With the journal, open incidents are the journal's; without it, the open faults stand for them.
      ...(journal ? { openIncidents: () => journal.openIncidents() } : {}),
    });
    return {
      taxDevice: env.taxDevice,
      areas: [
        ...(options.areas ?? productionAreas)(env),
        ...(journal ? [journal.area] : []),
        guidesArea({ store, log: options.log, ...(journal ? { onActivity: journal.onGuideActivity } : {}) }),
        fleet,
      ],
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
  // A drill is journaled as practice, in the real journal but never among real incidents, on the real clock.
  const journal = openJournal(options, env, { scenarioId: scenario.id });
  // A drill never reaches IT's monitoring: the fleet area writes, serves and sends nothing here.
  const fleetState = await openFleetState(undefined, { readOnly: true, log: options.log });
  const fleet = fleetArea({
    ...fleetEnvironment(env),
    outputs: false,
    state: fleetState,
    now: world.now,
    log: options.log,
  });
  return {
    taxDevice: env.taxDevice,
    areas: [
      ...world.areas(env),
      ...(journal ? [journal.area] : []),
      guidesArea({
        store,
        now: world.now,
        onStepDone: world.onStepDone,
        log: options.log,
        ...(journal ? { onActivity: journal.onGuideActivity } : {}),
      }),
      fleet,
    ],
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

function fleetEnvironment(env: AreaEnvironment) {
  return { filingRecords: env.filingRecords, taxDeviceFirstSeen: () => env.taxDevice.seenAt() };
}

/** What every area gets besides its sources; `usbEvents` is filled once the USB area exists. */
function areaEnvironment(
  store: FlowStore,
  now: () => number,
  log: (line: string) => void,
): AreaEnvironment & { usbEvents: () => readonly RawUsbEvent[] } {
  let usb: UsbArea | undefined;
  return {
    filingRecords: () => store.state().filing,
    taxDevice: storedTaxDeviceMemory(store, now, log),
    onUsbArea: (area) => void (usb = area),
    usbEvents: () => usb?.rawEvents() ?? [],
  };
}

/** The journal area, when this core keeps one, with the raw USB events around each incident. */
function openJournal(
  options: { journal?: { dataDir: string; version: string }; log: (line: string) => void },
  env: { usbEvents: () => readonly RawUsbEvent[] },
  practice?: { scenarioId: string },
): JournalAreaHandle | undefined {
  if (!options.journal) return undefined;
  return createJournalArea({
    dataDir: options.journal.dataDir,
    version: options.journal.version,
    usbEvents: env.usbEvents,
    log: options.log,
    ...(practice ? { practice } : {}),
  });
}
