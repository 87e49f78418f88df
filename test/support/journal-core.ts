import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import type { AreaFactory, Probe, ProbeOutcome } from '../../electron/core/probe';
import { openFlowStore } from '../../electron/core/guides/flow-store';
import { guidesArea } from '../../electron/core/guides/guides-area';
import {
  createJournalArea,
  type JournalAreaHandle,
  type JournalAreaOptions,
} from '../../electron/core/journal/journal-area';
import { createProtocolClient, type ProtocolClient } from '../../shared/protocol/client';
import { serveOverTransport } from '../../shared/protocol/serve';
import { createMemoryTransportPair, type Transport } from '../../shared/protocol/transport';
import { validatePolicy } from '../../shared/policy/parse-policy';
import type { PolicyInput } from '../../shared/policy/policy-schema';
import type { CheckStatus } from '../../shared/model/reading';
import type { IncidentOverview } from '../../shared/journal/journal-protocol';
import loopbackPolicy from '../fixtures/policy/loopback.json';

/** One check a test switches between states; a `fault` reading raises `faultId` on it. */
export interface SwitchSpec {
  id: string;
  area: string;
  faultId: string;
  status?: CheckStatus;
}

export interface Switchboard {
  area: AreaFactory;
  /** Sets a check's next reading and re-runs it now (like a hotplug event would). */
  set(id: string, status: CheckStatus, details?: Record<string, unknown>): void;
}

/** Checks whose readings the test sets, with a rule per check: fault reading → its fault. */
export function switchboard(specs: readonly SwitchSpec[]): Switchboard {
  const state = new Map(specs.map((s) => [s.id, { status: s.status ?? 'ok', details: {} as Record<string, unknown> }]));
  const watchers = new Map<string, () => void>();
  const probes: Probe[] = specs.map((s) => ({
    id: s.id,
    area: s.area,
    intervalMs: 3_600_000,
    timeoutMs: 5_000,
    async run(): Promise<ProbeOutcome> {
      const current = state.get(s.id) ?? { status: 'unknown' as const, details: {} };
      return { status: current.status, summary: { key: `status.${current.status}` }, details: current.details };
    },
    watch(onChange) {
      watchers.set(s.id, onChange);
      return () => void watchers.delete(s.id);
    },
  }));
  return {
    area: () => ({
      probes,
      rules: specs.map((s) => ({
        id: `switch.${s.id}`,
        evaluate: (readings) => (readings.get(s.id)?.status === 'fault' ? [{ id: s.faultId, checkIds: [s.id] }] : []),
      })),
    }),
    set(id, status, details = {}) {
      state.set(id, { status, details });
      watchers.get(id)?.();
    },
  };
}

export interface JournalCoreOptions extends Partial<Omit<JournalAreaOptions, 'dataDir'>> {
  dataDir: string;
  policy?: PolicyInput;
  checks?: readonly SwitchSpec[];
  simulated?: boolean;
}

export interface JournalCore {
  core: Core;
  client: ProtocolClient;
  journal: JournalAreaHandle;
  board: Switchboard;
  /** Every `incidents` event pushed so far. */
  overviews: IncidentOverview[];
  stop(): Promise<void>;
}

export const defaultChecks: SwitchSpec[] = [
  { id: 'usb.tax-device', area: 'usb', faultId: 'tax-device.missing' },
  { id: 'network.verdict', area: 'network', faultId: 'network.no-internet' },
];

/** The core as an integrator would assemble it with the journal: switchable checks, the guides area with its activity hook, the journal area. */
export async function assembleJournalCore(options: JournalCoreOptions): Promise<{
  core: Core;
  journal: JournalAreaHandle;
  board: Switchboard;
}> {
  const parsed = validatePolicy({ network: loopbackPolicy.network, ...options.policy });
  if (!parsed.ok) throw new Error(`test policy invalid: ${JSON.stringify(parsed.issues)}`);
  const { dataDir, policy: _p, checks, simulated, ...journalOptions } = options;
  const board = switchboard(checks ?? defaultChecks);
  const store = await openFlowStore(path.join(dataDir, 'flow-state.json'));
  const journal = createJournalArea({ version: 'test', ...journalOptions, dataDir });
  const core = createCore({
    loaded: { policy: parsed.policy, status: { source: 'default', issues: [] } },
    areas: [board.area, guidesArea({ store, onActivity: journal.onGuideActivity }), journal.area],
    platform: process.platform,
    version: 'test',
    ...(simulated ? { simulated } : {}),
  });
  return { core, journal, board };
}

/** Serves a core over a transport, events included, and returns the stop function for both. */
export function serveCore(core: Core, transport: Transport): () => void {
  const connection = serveOverTransport(transport, core.handlers);
  const offSnapshot = core.onSnapshot((s) => connection.emit('snapshot', s));
  const offEvent = core.onEvent((name, payload) => connection.emit(name, payload));
  return () => {
    offSnapshot();
    offEvent();
    connection.close();
  };
}

/** The assembled core in this process behind a real protocol client over a memory transport. */
export async function startJournalCore(options: JournalCoreOptions): Promise<JournalCore> {
  const { core, journal, board } = await assembleJournalCore(options);
  const [coreSide, uiSide] = createMemoryTransportPair();
  const unserve = serveCore(core, coreSide);
  const client = createProtocolClient(uiSide, { timeoutMs: 20_000 });
  const overviews: IncidentOverview[] = [];
  client.on('incidents', (o) => overviews.push(o));
  core.start();
  return {
    core,
    client,
    journal,
    board,
    overviews,
    async stop() {
      client.close();
      unserve();
      await core.stop();
    },
  };
}
