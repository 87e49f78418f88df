import { describe, expect, it } from 'vitest';
import { foldIncidents } from '../../../shared/journal/fold-incidents';
import { summarise } from '../../../shared/journal/incident';
import { matchesQuery, incidentQuerySchema } from '../../../shared/journal/incident-query';
import type { JournalRecord } from '../../../shared/journal/record-schema';

let seq = 0;
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 27, 8, minute)).toISOString();
const r = (minute: number, record: Record<string, unknown>): JournalRecord =>
  ({ v: 1, seq: ++seq, at: at(minute), ...record }) as JournalRecord;
const opened = (minute: number, incident: string, faultId = 'tax-device.missing', practice = false) =>
  r(minute, {
    type: 'incident.opened',
    incident,
    ...(practice ? { practice: true } : {}),
    fault: {
      id: faultId,
      category: 'hardware',
      severity: 'warning',
      guide: faultId,
      checkIds: ['usb.tax-device'],
      since: at(minute),
    },
    readings: [],
    usb: [{ at: at(minute), type: 'detach', key: 'k', vidPid: '101d:0003', port: '1-2', role: 'tax-device' }],
  });

describe('folding journal records into incidents', () => {
  it('follows an incident from opened to closed with everything in between', () => {
    const [incident] = foldIncidents([
      opened(0, 'i1'),
      r(1, { type: 'incident.updated', incident: 'i1', severity: 'critical' }),
      r(2, {
        type: 'incident.code',
        incident: 'i1',
        text: '248',
        recognised: true,
        code: '248',
        key: 'aisino.not-filed',
      }),
      r(3, { type: 'incident.step', incident: 'i1', guide: 'tax-device.missing', step: 1, done: true }),
      r(4, {
        type: 'incident.recheck',
        incident: 'i1',
        guide: 'tax-device.missing',
        step: 2,
        worked: true,
        readings: [],
      }),
      r(5, { type: 'incident.note', incident: 'i1', text: 'replugged the key' }),
      r(6, { type: 'incident.updated', incident: 'i1', severity: 'info' }),
      r(7, { type: 'incident.closed', incident: 'i1', how: 'cleared', readings: [], usb: [] }),
    ]);
    expect(incident).toMatchObject({
      id: 'i1',
      status: 'closed',
      severity: 'critical',
      openedAt: at(0),
      closedAt: at(7),
      closedHow: 'cleared',
      notes: [{ text: 'replugged the key' }],
      codes: [{ code: '248' }],
      usbEvents: [{ type: 'detach' }],
    });
    expect(summarise(incident!)).toMatchObject({
      stepsDone: 1,
      rechecks: 1,
      notes: 1,
      lastNote: 'replugged the key',
      codes: ['248'],
    });
  });

  it('ignores records about incidents whose start it has not seen, and takes open ones from a checkpoint', () => {
    const [carried] = foldIncidents([opened(0, 'i1')]);
    const incidents = foldIncidents([
      r(10, { type: 'incident.note', incident: 'i99', text: 'orphan' }),
      r(11, { type: 'journal.checkpoint', open: [carried], policy: null }),
      r(12, { type: 'incident.note', incident: 'i1', text: 'after the checkpoint' }),
    ]);
    expect(incidents.map((i) => [i.id, i.notes.map((n) => n.text)])).toEqual([['i1', ['after the checkpoint']]]);
  });

  it('matches queries by time overlap, fault, category, status, and keeps practice apart', () => {
    const incidents = foldIncidents([
      opened(0, 'i1'),
      r(5, { type: 'incident.closed', incident: 'i1', how: 'cleared', readings: [], usb: [] }),
      opened(10, 'i2', 'disk.low-space'),
      opened(11, 'i3', 'tax-device.missing', true),
    ]);
    const q = (input: object) => incidentQuerySchema.parse(input);
    const ids = (input: object) => incidents.filter((i) => matchesQuery(i, q(input))).map((i) => i.id);
    expect(ids({})).toEqual(['i2', 'i1']);
    expect(ids({ practice: true })).toEqual(['i3']);
    expect(ids({ since: at(6) })).toEqual(['i2']);
    expect(ids({ since: at(4) })).toEqual(['i2', 'i1']);
    expect(ids({ until: at(9) })).toEqual(['i1']);
    expect(ids({ status: 'open' })).toEqual(['i2']);
    expect(ids({ faultId: 'tax-device.missing' })).toEqual(['i1']);
    expect(ids({ category: 'network' })).toEqual([]);
  });

  it('rejects times without a zone in queries', () => {
    expect(incidentQuerySchema.safeParse({ since: '2026-11-27 08:00' }).success).toBe(false);
    expect(incidentQuerySchema.safeParse({ since: '2026-11-27T08:00:00+08:00' }).success).toBe(true);
  });
});
