import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJournalCore, type JournalCore } from '../../../support/journal-core';
import type { ProtocolClient } from '../../../../shared/protocol/client';

let dataDir: string;
const running: JournalCore[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-journal-area-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop()));
  await rm(dataDir, { recursive: true, force: true });
});

async function start(options: Partial<Parameters<typeof startJournalCore>[0]> = {}): Promise<JournalCore> {
  const c = await startJournalCore({ dataDir, ...options });
  running.push(c);
  await c.client.request('runChecks', {});
  await c.journal.settled();
  return c;
}

async function openIncidents(client: ProtocolClient) {
  return (await client.request('listIncidents', { status: 'open' })).incidents;
}

/** Sets a check and waits until the journal has recorded what the new snapshot says. */
async function flip(c: JournalCore, id: string, status: 'ok' | 'fault'): Promise<void> {
  c.board.set(id, status);
  await c.client.request('runChecks', { ids: [id] });
  await c.journal.settled();
}

describe('the journal area records incidents as faults come and go', () => {
  it('opens an incident when a fault appears and closes it when it clears, with the readings at both ends', async () => {
    const c = await start();
    expect(await openIncidents(c.client)).toEqual([]);
    await flip(c, 'usb.tax-device', 'fault');
    const [open] = await openIncidents(c.client);
    expect(open).toMatchObject({
      faultId: 'tax-device.missing',
      category: 'hardware',
      severity: 'critical',
      status: 'open',
    });
    await flip(c, 'usb.tax-device', 'ok');
    const { incident } = await c.client.request('getIncident', { id: open!.id });
    expect(incident.status).toBe('closed');
    expect(incident.closedHow).toBe('cleared');
    expect(incident.readingsAtOpen.map((r) => [r.id, r.status])).toEqual([['usb.tax-device', 'fault']]);
    expect(incident.readingsAtClose.map((r) => [r.id, r.status])).toEqual([['usb.tax-device', 'ok']]);
    const overview = await c.client.request('getIncidentOverview', {});
    expect(overview.open).toEqual([]);
    expect(overview.last).toMatchObject({ id: open!.id, status: 'closed' });
    expect(overview.status.mode).toBe('writing');
    expect(c.overviews.length).toBeGreaterThan(0);
  });

  it('keeps the user’s note, guide steps, re-checks and code lookups with the open incident', async () => {
    const c = await start();
    await flip(c, 'usb.tax-device', 'fault');
    const [open] = await openIncidents(c.client);
    await c.client.request('explainCode', { text: '错误代码：0x0963c2' });
    await c.client.request('markStepDone', { guideId: 'tax-device.missing', step: 1 });
    await c.client.request('recheckStep', { guideId: 'tax-device.missing', step: 2 });
    const noted = await c.client.request('addIncidentNote', { id: open!.id, text: '开票时弹出 0x0963c2，已重插 UKey' });
    expect(noted.saved).toBe(true);
    await c.journal.settled();
    const { incident } = await c.client.request('getIncident', { id: open!.id });
    expect(incident.notes.map((n) => n.text)).toEqual(['开票时弹出 0x0963c2，已重插 UKey']);
    expect(incident.codes).toMatchObject([{ code: '0x0963c2', recognised: true, key: 'ukey.cert-password' }]);
    expect(incident.steps).toMatchObject([{ step: 1, done: true }]);
    expect(incident.rechecks).toMatchObject([{ step: 2, worked: false }]);
  });

  it('continues an open incident across a core restart and closes it on the first fresh reading', async () => {
    const first = await start({
      checks: [{ id: 'usb.tax-device', area: 'usb', faultId: 'tax-device.missing', status: 'fault' }],
    });
    const [open] = await openIncidents(first.client);
    await first.stop();
    running.splice(running.indexOf(first), 1);
    const second = await start();
    // The fault is gone after the restart: the same incident closes, no second one opens.
    const { incident } = await second.client.request('getIncident', { id: open!.id });
    expect(incident.status).toBe('closed');
    expect((await second.client.request('listIncidents', {})).incidents).toHaveLength(1);
  });

  it('answers filters by fault, category, status and time', async () => {
    const c = await start();
    await flip(c, 'usb.tax-device', 'fault');
    await flip(c, 'network.verdict', 'fault');
    await flip(c, 'usb.tax-device', 'ok');
    const all = (await c.client.request('listIncidents', {})).incidents;
    expect(all.map((i) => i.faultId)).toEqual(['network.no-internet', 'tax-device.missing']);
    const network = await c.client.request('listIncidents', { category: 'network' });
    expect(network.incidents.map((i) => i.faultId)).toEqual(['network.no-internet']);
    const closed = await c.client.request('listIncidents', { status: 'closed' });
    expect(closed.incidents.map((i) => i.faultId)).toEqual(['tax-device.missing']);
    const byFault = await c.client.request('listIncidents', { faultId: 'tax-device.missing' });
    expect(byFault.incidents).toHaveLength(1);
    const future = await c.client.request('listIncidents', { since: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.incidents.map((i) => i.faultId)).toEqual(['network.no-internet']);
  });

  it('exports a CSV with Chinese headers and a BOM', async () => {
    const c = await start();
    await flip(c, 'usb.tax-device', 'fault');
    const { csv, count, fileName } = await c.client.request('exportIncidents', { query: {}, language: 'zh-CN' });
    expect(count).toBe(1);
    expect(fileName).toMatch(/^invoiceguard-incidents-\d{8}-\d{6}\.csv$/);
    expect(csv.startsWith('\uFEFF编号,故障,故障代码,类别,严重程度,状态,开始时间')).toBe(true);
    expect(csv).toContain('tax-device.missing');
  });

  it('refuses a note on an incident that does not exist', async () => {
    const c = await start();
    await expect(c.client.request('addIncidentNote', { id: 'i999', text: 'x' })).rejects.toMatchObject({
      code: 'bad-request',
    });
  });
});

describe('practice sessions', () => {
  it('are marked practice and never appear among real incidents', async () => {
    const drill = await start({ practice: { scenarioId: 'tax-device-missing' }, simulated: true });
    await flip(drill, 'usb.tax-device', 'fault');
    expect(await openIncidents(drill.client)).toEqual([]);
    const practice = await drill.client.request('listIncidents', { practice: true });
    expect(practice.incidents).toMatchObject([{ faultId: 'tax-device.missing', practice: true }]);
    expect(await drill.client.request('sendSupportTicket', { language: 'en' })).toEqual({ state: 'practice' });
    await drill.stop();
    running.splice(running.indexOf(drill), 1);
    const real = await start();
    expect((await real.client.request('listIncidents', {})).incidents).toEqual([]);
    // The drill's incident ended with the session.
    const after = await real.client.request('listIncidents', { practice: true });
    expect(after.incidents).toMatchObject([{ status: 'closed' }]);
  });
});
