import { createCore, type Core } from '../../electron/core/core';
import type { AreaFactory } from '../../electron/core/probe';
import { setUpCore, type CoreSetup } from '../../electron/core/core-setup';
import { calendarArea } from '../../electron/core/areas/calendar/calendar-area';
import { createProtocolClient, type ProtocolClient } from '../../shared/protocol/client';
import { serveOverTransport } from '../../shared/protocol/serve';
import { createMemoryTransportPair } from '../../shared/protocol/transport';
import { validatePolicy } from '../../shared/policy/parse-policy';
import type { PolicyInput } from '../../shared/policy/policy-schema';
import type { Scenario } from '../../electron/core/scenario/scenario-schema';

/** A real core in this process with the guides area and a flow-state file, as core-entry assembles it. */
export interface GuidedCore {
  core: Core;
  client: ProtocolClient;
  setup: CoreSetup;
  stop(): Promise<void>;
}

export async function startGuidedCore(options: {
  scenario?: Scenario;
  areas?: AreaFactory[];
  dataDir?: string;
  policy?: PolicyInput;
  log?: (line: string) => void;
  /** Keep an incident journal in this folder, as the app's long-running core does. */
  journal?: { dataDir: string; version: string };
}): Promise<GuidedCore> {
  const parsed = validatePolicy(options.policy ?? {});
  if (!parsed.ok) throw new Error(`test policy invalid: ${JSON.stringify(parsed.issues)}`);
  const setup = await setUpCore({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.journal ? { journal: options.journal } : {}),
    env: {},
    platform: process.platform,
    log: options.log ?? (() => {}),
    areas: (env) => [...(options.areas ?? []), calendarArea({ records: env.filingRecords })],
  });
  const core = createCore({
    loaded: setup.loaded ?? { policy: parsed.policy, status: { source: 'default', issues: [] } },
    areas: setup.areas,
    platform: process.platform,
    version: 'test',
    simulated: setup.simulated,
    now: setup.now,
    ...(setup.practice ? { practice: setup.practice } : {}),
    taxDevice: setup.taxDevice,
  });
  const [coreSide, uiSide] = createMemoryTransportPair();
  const connection = serveOverTransport(coreSide, core.handlers);
  const offSnapshot = core.onSnapshot((s) => connection.emit('snapshot', s));
  const offEvent = core.onEvent((name, payload) => connection.emit(name, payload));
  const client = createProtocolClient(uiSide, { timeoutMs: 10_000 });
  core.start();
  return {
    core,
    client,
    setup,
    async stop() {
      offSnapshot();
      offEvent();
      client.close();
      connection.close();
      await core.stop();
      await setup.cleanup();
    },
  };
}
