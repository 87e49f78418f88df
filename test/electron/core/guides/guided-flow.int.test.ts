import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AreaFactory, ProbeOutcome } from '../../../../electron/core/probe';
import { taxDeviceAbsentRule } from '../../../../electron/core/areas/usb/usb-rules';
import type { IncidentFlow } from '../../../../shared/guides/flow-schema';
import { ProtocolError } from '../../../../shared/protocol/envelope';
import { startGuidedCore, type GuidedCore } from '../../../support/guided-core';

/** A tax-device check whose answer the test sets, judged by the real USB rule. */
function switchableTaxDevice() {
  const state = { present: false, runs: 0 };
  const outcome = (): ProbeOutcome => ({
    status: state.present ? 'ok' : 'fault',
    summary: { key: state.present ? 'check.usb.tax-device.found' : 'check.usb.tax-device.missing' },
    details: {
      role: 'tax-device',
      required: true,
      hotplug: 'test',
      devices: state.present ? [{ vidPid: '101d:0003', port: '1-2' }] : [],
      unreadable: [],
      flapping: [],
    },
  });
  const area: AreaFactory = () => ({
    probes: [
      {
        id: 'usb.tax-device',
        area: 'usb',
        intervalMs: 3_600_000,
        timeoutMs: 1_000,
        run: async () => (state.runs++, outcome()),
      },
    ],
    rules: [taxDeviceAbsentRule],
  });
  return { state, area };
}

const filed = { calendar: { filingRequired: false } };
let dataDir: string;
const cores: GuidedCore[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-flow-'));
});
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.stop()));
  await rm(dataDir, { recursive: true, force: true });
});
async function start(area: AreaFactory): Promise<GuidedCore> {
  const c = await startGuidedCore({ areas: [area], dataDir, policy: filed });
  cores.push(c);
  await c.client.request('runChecks', {});
  return c;
}

describe('guided flow through the real core', () => {
  it('opens an incident for a new fault, remembers done steps across a restart, and completes itself when the fault clears', async () => {
    const device = switchableTaxDevice();
    const first = await start(device.area);
    const view = await first.client.request('getGuide', { guideId: 'tax-device.missing' });
    expect(view.fault?.id).toBe('tax-device.missing');
    // Nothing is written until the user starts on the guide.
    expect(view.incident).toBeUndefined();
    await expect(readFile(path.join(dataDir, 'flow-state.json'))).rejects.toThrow(/ENOENT/);
    const started = await first.client.request('markStepDone', { guideId: 'tax-device.missing', step: 1 });
    expect(started.incident).toMatchObject({ state: 'open', origin: 'fault', checkIds: ['usb.tax-device'] });
    await first.stop();
    cores.splice(0);

    // Restart: the saved file holds the step; nothing completes while checks are still pending.
    const saved = JSON.parse(await readFile(path.join(dataDir, 'flow-state.json'), 'utf8'));
    expect(saved.incidents[0].steps['1'].doneAt).toBeTruthy();
    const second = await startGuidedCore({ areas: [device.area], dataDir, policy: filed });
    cores.push(second);
    const before = await second.client.request('getGuide', { guideId: 'tax-device.missing' });
    expect(before.incident?.state).toBe('open');
    expect(before.incident?.steps['1']?.doneAt).toBeTruthy();

    const events: IncidentFlow[] = [];
    second.client.on('guideFlow', (i) => events.push(i));
    const failed = await second.client.request('recheckStep', { guideId: 'tax-device.missing', step: 2 });
    expect(failed).toMatchObject({ ran: true, worked: false, readings: [{ id: 'usb.tax-device', status: 'fault' }] });
    device.state.present = true;
    const worked = await second.client.request('recheckStep', { guideId: 'tax-device.missing', step: 2 });
    expect(worked.worked).toBe(true);
    expect(worked.view.incident).toMatchObject({ state: 'completed', completion: 'fault-cleared' });
    expect(worked.view.incident?.steps['2']?.doneAt).toBeTruthy();
    expect(events.some((e) => e.state === 'completed' && e.guideId === 'tax-device.missing')).toBe(true);
  });

  it('opens a new incident when the fault comes back after completing', async () => {
    const device = switchableTaxDevice();
    const c = await start(device.area);
    device.state.present = true;
    await c.client.request('recheckStep', { guideId: 'tax-device.missing', step: 2 });
    device.state.present = false;
    await c.client.request('runChecks', { ids: ['usb.tax-device'] });
    await new Promise((r) => setTimeout(r, 20));
    const view = await c.client.request('getGuide', { guideId: 'tax-device.missing' });
    expect(view.fault).toBeDefined();
    expect(view.incident).toBeUndefined();
    const again = await c.client.request('markStepDone', { guideId: 'tax-device.missing', step: 1 });
    expect(again.incident?.state).toBe('open');
    const all = JSON.parse(await readFile(path.join(dataDir, 'flow-state.json'), 'utf8')).incidents;
    expect(all.map((i: IncidentFlow) => i.state)).toEqual(['completed', 'open']);
  });

  it('lets the user follow a guide for a code-only fault by hand; it completes when every step is marked', async () => {
    const c = await start(switchableTaxDevice().area);
    for (const step of [1, 2, 3]) {
      const v = await c.client.request('markStepDone', { guideId: 'tax-device.cert-password', step });
      expect(v.incident?.state).toBe('open');
    }
    const last = await c.client.request('markStepDone', { guideId: 'tax-device.cert-password', step: 4 });
    expect(last.incident).toMatchObject({ origin: 'manual', state: 'completed', completion: 'all-steps-done' });
    const noCheck = await c.client.request('recheckStep', { guideId: 'tax-device.cert-password', step: 1 });
    expect(noCheck).toMatchObject({ ran: false, worked: false });
  });

  it('undoes a step mark', async () => {
    const c = await start(switchableTaxDevice().area);
    await c.client.request('markStepDone', { guideId: 'tax-device.missing', step: 3 });
    const v = await c.client.request('markStepDone', { guideId: 'tax-device.missing', step: 3, done: false });
    expect(v.incident?.steps['3']?.doneAt).toBeUndefined();
  });

  it('answers bad guide ids and step numbers with a clear bad-request', async () => {
    const c = await start(switchableTaxDevice().area);
    await expect(c.client.request('getGuide', { guideId: 'no.such-guide' })).rejects.toMatchObject({
      code: 'bad-request',
    });
    await expect(c.client.request('markStepDone', { guideId: 'tax-device.missing', step: 40 })).rejects.toBeInstanceOf(
      ProtocolError,
    );
    await expect(c.client.request('markStepDone', { guideId: 'tax-device.missing', step: 0 })).rejects.toMatchObject({
      code: 'bad-request',
    });
  });

  it('serves readiness and error-code lookup over the protocol', async () => {
    const c = await start(switchableTaxDevice().area);
    const r = await c.client.request('getReadiness', {});
    expect(r).toMatchObject({ canInvoice: 'no', deadline: 'not-required', faults: [{ id: 'tax-device.missing' }] });
    expect(await c.client.request('explainCode', { text: '错误代码：０ｘ０９６３ｃ１' })).toMatchObject({
      recognised: true,
      triesLeft: 1,
    });
  });

  it('a core without the guides area answers the new requests with unknown-method', async () => {
    const { startInProcessCore } = await import('../../../support/in-process-core');
    const plain = startInProcessCore([switchableTaxDevice().area]);
    await expect(plain.client.request('getReadiness', {})).rejects.toMatchObject({ code: 'unknown-method' });
    await plain.stop();
  });
});
