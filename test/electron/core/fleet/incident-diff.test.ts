import { describe, expect, it } from 'vitest';
import { diffIncidents, type TrackedIncident } from '../../../../electron/core/fleet/incident-diff';
import { endpoint, fault, fleetSnapshot, reading } from '../../../support/fleet/fleet-snapshot';

const open = (faultId: string, checkIds = ['network.endpoint.dppt']): TrackedIncident => ({
  faultId,
  category: 'network',
  severity: 'critical',
  since: '2026-11-27T07:30:00.000Z',
  checkIds,
});

describe('diffIncidents: incidents opened and closed between snapshots', () => {
  it('opens an incident for a new fault', () => {
    const changes = diffIncidents(
      [],
      fleetSnapshot([endpoint('dppt', null, 'fault')], [fault('network.service-down')]),
    );
    expect(changes.opened.map((i) => i.faultId)).toEqual(['network.service-down']);
    expect(changes.closed).toEqual([]);
    expect(changes.open).toHaveLength(1);
  });

  it('does not open it again while it stays open', () => {
    const snapshot = fleetSnapshot([endpoint('dppt', null, 'fault')], [fault('network.service-down')]);
    const changes = diffIncidents([open('network.service-down')], snapshot);
    expect(changes.opened).toEqual([]);
    expect(changes.closed).toEqual([]);
  });

  it('closes it once its check reads fine again', () => {
    const changes = diffIncidents([open('network.service-down')], fleetSnapshot([endpoint('dppt', 20)]));
    expect(changes.closed.map((i) => i.faultId)).toEqual(['network.service-down']);
    expect(changes.open).toEqual([]);
  });

  it('does not close anything while its checks are still pending (just after a restart)', () => {
    const pending = reading('network.endpoint.dppt', { checkedAt: '', status: 'unknown' });
    const changes = diffIncidents([open('network.service-down')], fleetSnapshot([pending, reading('disk.space')]));
    expect(changes.closed).toEqual([]);
    expect(changes.open.map((i) => i.faultId)).toEqual(['network.service-down']);
  });

  it('closes an incident whose checks the policy removed', () => {
    const changes = diffIncidents([open('network.service-down')], fleetSnapshot([reading('disk.space')]));
    expect(changes.closed.map((i) => i.faultId)).toEqual(['network.service-down']);
  });

  it('keeps the first-seen time and follows a change of severity without a new incident', () => {
    const worse = fleetSnapshot(
      [endpoint('dppt', null, 'fault')],
      [fault('network.service-down', { severity: 'warning', since: 'later' })],
    );
    const changes = diffIncidents([open('network.service-down')], worse);
    expect(changes.opened).toEqual([]);
    expect(changes.open[0]).toMatchObject({ severity: 'warning', since: '2026-11-27T07:30:00.000Z' });
  });
});
