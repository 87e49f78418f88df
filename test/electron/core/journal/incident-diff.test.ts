import { describe, expect, it } from 'vitest';
import { diffIncidents, type OpenIncidentRef } from '../../../../electron/core/journal/incident-diff';
import { fakeReading, fakeSnapshot } from '../../../support/fake-snapshot';
import type { Fault } from '../../../../shared/model/fault';

const fault = (overrides: Partial<Fault> = {}): Fault => ({
  id: 'tax-device.missing',
  category: 'hardware',
  severity: 'critical',
  guide: 'tax-device.missing',
  checkIds: ['usb.tax-device'],
  since: '2026-11-27T08:00:00.000Z',
  ...overrides,
});
const open = (overrides: Partial<OpenIncidentRef> = {}): OpenIncidentRef => ({
  id: 'i7',
  faultId: 'tax-device.missing',
  severity: 'critical',
  checkIds: ['usb.tax-device'],
  practice: false,
  ...overrides,
});
const usb = (status: 'ok' | 'fault', checkedAt = '2026-11-27T08:01:00.000Z') =>
  fakeReading({ id: 'usb.tax-device', area: 'usb', status, checkedAt });

describe('diffIncidents (previous incidents + new snapshot → journal records)', () => {
  it('opens an incident for a new fault, with its own checks’ readings', () => {
    const snapshot = fakeSnapshot({ checks: [usb('fault'), fakeReading()], faults: [fault()] });
    expect(diffIncidents([], snapshot, false)).toEqual([{ kind: 'open', fault: fault(), readings: [usb('fault')] }]);
  });

  it('changes nothing while the fault stays as it was', () => {
    const snapshot = fakeSnapshot({ checks: [usb('fault')], faults: [fault()] });
    expect(diffIncidents([open()], snapshot, false)).toEqual([]);
  });

  it('records a fault that got worse or moved to other checks, not one that got milder', () => {
    const worse = fakeSnapshot({
      checks: [usb('fault')],
      faults: [fault({ id: 'disk.low-space', severity: 'critical' })],
    });
    expect(diffIncidents([open({ faultId: 'disk.low-space', severity: 'warning' })], worse, false)).toEqual([
      { kind: 'update', incident: 'i7', severity: 'critical' },
    ]);
    const milder = fakeSnapshot({ checks: [usb('fault')], faults: [fault({ severity: 'warning' })] });
    expect(diffIncidents([open()], milder, false)).toEqual([]);
    const moved = fakeSnapshot({ faults: [fault({ checkIds: ['network.endpoint.b'] })] });
    expect(diffIncidents([open()], moved, false)).toEqual([
      { kind: 'update', incident: 'i7', checkIds: ['network.endpoint.b'] },
    ]);
  });

  it('closes an incident on a fresh reading without its fault', () => {
    const snapshot = fakeSnapshot({ checks: [usb('ok')], faults: [] });
    expect(diffIncidents([open()], snapshot, false)).toEqual([
      { kind: 'close', incident: 'i7', how: 'cleared', readings: [usb('ok')] },
    ]);
  });

  it('closes nothing right after a restart, while its checks are still pending', () => {
    const snapshot = fakeSnapshot({ checks: [usb('ok', '')], faults: [] });
    expect(diffIncidents([open()], snapshot, false)).toEqual([]);
    const noChecks = fakeSnapshot({ checks: [fakeReading({ checkedAt: '' })], faults: [] });
    expect(diffIncidents([open({ checkIds: [] })], noChecks, false)).toEqual([]);
  });

  it('closes an incident whose check no longer runs here (the policy removed it)', () => {
    const snapshot = fakeSnapshot({ checks: [fakeReading()], faults: [] });
    expect(diffIncidents([open()], snapshot, false)).toEqual([
      { kind: 'close', incident: 'i7', how: 'check-removed', readings: [] },
    ]);
  });

  it('never lets a practice snapshot touch real incidents, or the other way round', () => {
    const cleared = fakeSnapshot({ checks: [usb('ok')], faults: [] });
    expect(diffIncidents([open()], cleared, true)).toEqual([]);
    expect(diffIncidents([open({ practice: true })], cleared, false)).toEqual([]);
    const faulty = fakeSnapshot({ checks: [usb('fault')], faults: [fault()] });
    // A real incident for the same fault is open, but a drill still gets its own practice incident.
    expect(diffIncidents([open()], faulty, true)).toMatchObject([{ kind: 'open' }]);
  });
});
