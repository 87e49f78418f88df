// Generated requests against every request handler there is: the core's, its areas' (guided flow,
// readiness, error codes, journal and support, backup) and its host's (practice mode, core status), composed as the harness
// composes them, over a full scripted workstation. Every message gets a valid reply, ok or a typed
// error, and no generated params make a handler fail with `internal` (a bug, not bad input).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolServer } from '../../../shared/protocol/server';
import { responseMessageSchema } from '../../../shared/protocol/envelope';
import { requestNames, type RequestName } from '../../../shared/protocol/contract';
import { createCoreRelay } from '../../../electron/host/core-relay';
import { createPracticeHost } from '../../../electron/host/practice-host';
import { loadScenarioFile } from '../../../electron/core/scenario/load-scenario';
import { guideIds } from '../../../shared/guides/catalog';
import { startGuidedCore, type GuidedCore } from '../../support/guided-core';

const dataDir = mkdtempSync(path.join(tmpdir(), 'ig-fuzz-'));
let guided: GuidedCore;
let handle: ReturnType<typeof createProtocolServer>;

beforeAll(async () => {
  guided = await startGuidedCore({
    scenario: await loadScenarioFile(path.resolve('scenarios/printer-paused.json')),
    dataDir,
    journal: { dataDir, version: 'test' },
  });
  const practice = createPracticeHost({ scenarioDir: path.resolve('scenarios'), restartCore: async () => {} });
  const relay = createCoreRelay({
    current: () => guided.client,
    status: () => ({ state: 'running', restarts: 0 }),
    broadcast: () => {},
    local: practice.handlers,
  });
  handle = createProtocolServer(relay.handlers);
});
afterAll(async () => {
  await guided?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 300 }));
const time = fc.oneof(
  text,
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const language = fc.oneof(fc.constantFrom('zh-CN', 'en'), text);
const incidentQuery = fc.record(
  {
    since: time,
    until: time,
    faultId: text,
    category: fc.oneof(text, fc.constantFrom('hardware', 'network', 'software')),
    status: fc.oneof(text, fc.constantFrom('open', 'closed')),
    practice: fc.boolean(),
    limit: fc.oneof(fc.integer({ min: -1, max: 1001 }), fc.double()),
  },
  { requiredKeys: [] },
);
/** Params shaped like each request's, with generated values, or anything at all. */
const paramsFor: Record<RequestName, fc.Arbitrary<unknown>> = {
  getSnapshot: fc.constant({}),
  runChecks: fc.record(
    { ids: fc.array(fc.oneof(text, fc.constantFrom('disk.space', 'printer.queue')), { maxLength: 5 }) },
    { requiredKeys: [] },
  ),
  getAppInfo: fc.constant({}),
  getGuide: fc.record({ guideId: fc.oneof(text, fc.constantFrom(...guideIds)) }),
  markStepDone: fc.record(
    {
      guideId: fc.oneof(text, fc.constantFrom(...guideIds)),
      step: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.double()),
      done: fc.boolean(),
    },
    { requiredKeys: ['guideId', 'step'] },
  ),
  recheckStep: fc.record({
    guideId: fc.oneof(text, fc.constantFrom(...guideIds)),
    step: fc.integer({ min: -2, max: 60 }),
  }),
  explainCode: fc.record({
    text: fc.oneof(
      text,
      fc.string({ maxLength: 3000 }),
      fc.constantFrom('0x0963c2', '-10317', '248', '０ｘ０９６３ｃ２'),
    ),
  }),
  getReadiness: fc.constant({}),
  listScenarios: fc.constant({}),
  startPractice: fc.record({ id: fc.oneof(text, fc.constantFrom('printer-paused', '../../etc/passwd')) }),
  stopPractice: fc.constant({}),
  getCoreStatus: fc.constant({}),
  getMetrics: fc.constant({}),
  listIncidents: incidentQuery,
  getIncident: fc.record({ id: fc.oneof(text, fc.constant('0000000000000000')) }),
  addIncidentNote: fc.record({ id: text, text: fc.oneof(text, fc.string({ maxLength: 2100 })) }),
  exportIncidents: fc.record({ query: incidentQuery, language }, { requiredKeys: ['language'] }),
  getIncidentOverview: fc.constant({}),
  getSupportContacts: fc.constant({}),
  getSupportManifest: fc.record({ incidentId: text, language }, { requiredKeys: ['language'] }),
  buildSupportBundle: fc.record({ incidentId: text, language }, { requiredKeys: ['language'] }),
  getSupportSummary: fc.record(
    { incidentId: text, language, withBundle: fc.boolean() },
    { requiredKeys: ['language'] },
  ),
  sendSupportTicket: fc.record({ incidentId: text, language, note: text }, { requiredKeys: ['language'] }),
  listSupportTickets: fc.constant({}),
  openExternal: fc.record({ url: fc.oneof(text, fc.constantFrom('https://example.com', 'file:///etc/passwd')) }),
  getStartAtLogin: fc.constant({}),
  setStartAtLogin: fc.record({ enabled: fc.boolean() }),
  getBackupStatus: fc.constant({}),
  startBackup: fc.record({ verify: fc.boolean(), acceptSourceChanges: fc.boolean() }, { requiredKeys: [] }),
  listSnapshots: fc.constant({}),
  restoreSnapshot: fc.record(
    {
      snapshotId: fc.oneof(text, fc.constant('latest')),
      destination: text,
      target: fc.oneof(
        fc.record({ folder: fc.oneof(text, fc.constant(path.join(dataDir, 'restored'))) }),
        fc.constant({ original: true }),
      ),
      confirmToken: text,
    },
    { requiredKeys: ['snapshotId', 'target'] },
  ),
  startRestoreDrill: fc.constant({}),
};

async function answer(raw: unknown) {
  const response = await handle(raw);
  expect(responseMessageSchema.safeParse(JSON.parse(JSON.stringify(response))).success).toBe(true);
  return response;
}

describe('every request handler on generated input', () => {
  it('answers any message at all with a valid reply', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.jsonValue(),
          fc.record(
            { type: fc.constant('request'), id: fc.anything(), method: text, params: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
        async (raw) => {
          await answer(raw);
        },
      ),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('answers generated params of every method with a result or a typed error, never `internal`', async () => {
    const request = fc
      .constantFrom(...requestNames)
      .chain((method) =>
        fc.tuple(
          fc.constant(method),
          fc.oneof(
            { weight: 4, arbitrary: paramsFor[method] },
            { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
          ),
        ),
      );
    let id = 0;
    await fc.assert(
      fc.asyncProperty(request, async ([method, params]) => {
        const response = await answer({ type: 'request', id: ++id, method, params });
        expect(response.id).toBe(id);
        if (!response.ok)
          expect(response.error.code, `${method} ${JSON.stringify(params)}: ${response.error.message}`).not.toBe(
            'internal',
          );
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
