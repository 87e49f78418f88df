import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJournalCore, type JournalCore } from '../../../support/journal-core';
import { canMountTmpfs, mountTmpfs } from '../../../support/tmpfs';
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

describe('what else the journal notes', () => {
  it('notes each start of the core, whether the last one ended cleanly, and which policy sections changed', async () => {
    const first = await start({ policy: { disk: { warnFreeMiB: 2000 } } });
    await first.stop();
    running.splice(running.indexOf(first), 1);
    const second = await start({ policy: { disk: { warnFreeMiB: 3000 } } });
    await second.stop();
    running.splice(running.indexOf(second), 1);
    const { readdir, readFile } = await import('node:fs/promises');
    const folder = path.join(dataDir, 'journal');
    const records = (
      await Promise.all(
        (await readdir(folder)).filter((n) => n.endsWith('.jsonl')).map((n) => readFile(path.join(folder, n), 'utf8')),
      )
    )
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(records.filter((r) => r.type === 'core.started').map((r) => r.previous)).toEqual(['first', 'clean']);
    expect(
      records.filter((r) => r.type === 'policy.changed').map((r) => (r.changed.length > 1 ? 'all' : r.changed)),
    ).toEqual(['all', ['disk']]);
    expect(records.filter((r) => r.type === 'core.stopped')).toHaveLength(2);
  });

  it('keeps the raw USB events from before the fault and until it cleared', async () => {
    const events = [
      {
        at: new Date(Date.now() - 3_600_000).toISOString(),
        type: 'attach',
        key: 'old',
        vidPid: '101d:0003',
        port: '1-1',
        role: 'tax-device',
      },
      {
        at: new Date(Date.now() - 1000).toISOString(),
        type: 'detach',
        key: 'k1',
        vidPid: '101d:0003',
        port: '1-2',
        role: 'tax-device',
      },
    ];
    const c = await start({ usbEvents: () => events });
    await flip(c, 'usb.tax-device', 'fault');
    events.push({
      at: new Date().toISOString(),
      type: 'attach',
      key: 'k1',
      vidPid: '101d:0003',
      port: '1-2',
      role: 'tax-device',
    });
    await flip(c, 'usb.tax-device', 'ok');
    const [incident] = (await c.client.request('listIncidents', {})).incidents;
    const full = await c.client.request('getIncident', { id: incident!.id });
    expect(full.incident.usbEvents.map((e) => [e.type, e.key])).toEqual([
      ['detach', 'k1'],
      ['attach', 'k1'],
    ]);
  });
});

describe('a journal folder the policy names under a regular file', () => {
  it('still answers the overview with a failing status, and the dashboard hears it', async () => {
    const file = path.join(dataDir, 'not-a-folder');
    await writeFile(file, 'x');
    const c = await start({ policy: { journal: { folder: path.join(file, 'journal') } } });
    const overview = await c.client.request('getIncidentOverview', {});
    expect(overview.status.mode).toBe('failing');
    expect(overview.last).toBeUndefined();
    await expect.poll(() => c.overviews.some((o) => o.status.mode === 'failing')).toBe(true);
  });
});

describe.skipIf(!canMountTmpfs())('a data folder on a read-only disk', () => {
  it('keeps the app running: checks and lists work, a note says why it was not saved', async () => {
    const disk = mountTmpfs(1024);
    try {
      const writer = await startJournalCore({ dataDir: disk.dir });
      await writer.client.request('runChecks', {});
      writer.board.set('usb.tax-device', 'fault');
      await writer.client.request('runChecks', { ids: ['usb.tax-device'] });
      await writer.journal.settled();
      const [open] = (await writer.client.request('listIncidents', { status: 'open' })).incidents;
      await writer.stop();
      disk.remount({ readOnly: true });
      const c = await startJournalCore({
        dataDir: disk.dir,
        checks: [{ id: 'usb.tax-device', area: 'usb', faultId: 'tax-device.missing', status: 'fault' }],
      });
      try {
        const snapshot = await c.client.request('runChecks', {});
        expect(snapshot.faults.map((f) => f.id)).toEqual(['tax-device.missing']);
        const overview = await c.client.request('getIncidentOverview', {});
        expect(overview.status).toMatchObject({ mode: 'failing', error: { key: 'journal.error.readOnly' } });
        expect(overview.open.map((i) => i.id)).toEqual([open!.id]);
        const noted = await c.client.request('addIncidentNote', { id: open!.id, text: 'cannot be saved' });
        expect(noted).toMatchObject({ saved: false, error: { key: 'journal.error.readOnly' } });
        expect((await c.client.request('listIncidents', {})).incidents.map((i) => i.id)).toEqual([open!.id]);
      } finally {
        await c.stop();
      }
    } finally {
      disk.unmount();
    }
  });
});
