import { describe, expect, it } from 'vitest';
import { metricsText } from '../../../../electron/core/fleet/metrics-text';
import { computeReadiness } from '../../../../shared/readiness/readiness';
import { defaultPolicy } from '../../../../shared/policy/policy-schema';
import {
  endpoint,
  extras,
  fault,
  fleetSnapshot,
  reading,
  workstationWithEndpoints,
} from '../../../support/fleet/fleet-snapshot';

/** The value of one series, by its exact label text (after the identity labels). */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
const id = 'site="pudong",workstation="pc-01"';

describe('metricsText: the Prometheus exposition of one workstation', () => {
  it('reports a healthy workstation: verdict yes, every check 0, no incidents, identity on every series', () => {
    const text = metricsText(workstationWithEndpoints(2), extras);
    expect(value(text, `invoiceguard_verdict{${id},can_invoice="yes"}`)).toBe(1);
    expect(value(text, `invoiceguard_verdict{${id},can_invoice="no"}`)).toBe(0);
    expect(value(text, `invoiceguard_check_status{${id},check="disk.space",area="disk"}`)).toBe(0);
    expect(value(text, `invoiceguard_check_status{${id},check="usb.card-reader",area="usb"}`)).toBe(-1);
    expect(value(text, `invoiceguard_incidents_open{${id},category="network",severity="critical"}`)).toBe(0);
    expect(value(text, `invoiceguard_core_start_time_seconds{${id}}`)).toBe(Date.parse('2026-11-27T07:00:00Z') / 1000);
    expect(value(text, `invoiceguard_build_info{${id},version="0.1.0",platform="linux",core_build="production"}`)).toBe(
      1,
    );
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).toContain(id);
  });

  it('counts a fault as an open incident and turns the verdict to no', () => {
    const snapshot = fleetSnapshot([endpoint('dppt', null, 'fault')], [fault('network.service-down')]);
    const text = metricsText(snapshot, extras);
    expect(value(text, `invoiceguard_verdict{${id},can_invoice="no"}`)).toBe(1);
    expect(value(text, `invoiceguard_check_status{${id},check="network.endpoint.dppt",area="network"}`)).toBe(3);
    expect(value(text, `invoiceguard_incidents_open{${id},category="network",severity="critical"}`)).toBe(1);
    expect(
      value(
        text,
        `invoiceguard_fault_open_since_timestamp_seconds{${id},fault="network.service-down",category="network",severity="critical"}`,
      ),
    ).toBe(Date.parse('2026-11-27T07:30:00Z') / 1000);
  });

  it('gives connect times in seconds, and none for an endpoint that did not connect', () => {
    const text = metricsText(fleetSnapshot([endpoint('etax', 23.5), endpoint('dppt', null, 'fault')]), extras);
    expect(value(text, `invoiceguard_endpoint_latency_seconds{${id},endpoint="etax"}`)).toBe(0.0235);
    expect(text).not.toContain('endpoint="dppt"');
  });

  it('leaves the filing calendar out of the workstation state, as invoiceguard check does', () => {
    const calendar = reading('calendar.filing', { status: 'warning' });
    const text = metricsText(
      fleetSnapshot(
        [reading('disk.space'), calendar],
        [fault('filing.not-reported', { category: 'data', severity: 'warning', checkIds: ['calendar.filing'] })],
      ),
      extras,
    );
    expect(value(text, `invoiceguard_verdict{${id},can_invoice="yes"}`)).toBe(1);
    expect(text).not.toContain('calendar.filing');
    expect(value(text, `invoiceguard_incidents_open{${id},category="data",severity="warning"}`)).toBe(0);
  });

  it('shows a practice drill only as practice, never as the workstation state', () => {
    const drill = fleetSnapshot([endpoint('dppt', null, 'fault')], [fault('network.service-down')], {
      simulated: true,
    });
    const text = metricsText(drill, extras);
    expect(value(text, `invoiceguard_practice{${id}}`)).toBe(1);
    expect(text).not.toContain('invoiceguard_verdict');
    expect(text).not.toContain('invoiceguard_check_status');
    expect(text).not.toContain('invoiceguard_incidents_open');
  });

  it('says a stopped watcher is not running, and a starting one reports no state yet', () => {
    const stopped = metricsText(workstationWithEndpoints(1), { ...extras, phase: 'stopped' });
    expect(value(stopped, `invoiceguard_running{${id}}`)).toBe(0);
    expect(stopped).not.toContain('invoiceguard_verdict');
    const starting = metricsText(workstationWithEndpoints(1), { ...extras, phase: 'starting' });
    expect(value(starting, `invoiceguard_running{${id}}`)).toBe(1);
    expect(starting).not.toContain('invoiceguard_verdict');
  });

  it('escapes label values (quotes, backslashes, new lines) and keeps Chinese as it is', () => {
    const text = metricsText(workstationWithEndpoints(0), {
      ...extras,
      identity: { site: '浦东 "一号"', workstation: 'C:\\pc\nx' },
    });
    expect(text).toContain('site="浦东 \\"一号\\"",workstation="C:\\\\pc\\nx"');
  });

  it('reports the tax device: connected or not, and when it was last seen', () => {
    const text = metricsText(workstationWithEndpoints(0), {
      ...extras,
      taxDevice: { present: false, lastSeenAt: '2026-11-26T08:00:00.000Z' },
    });
    expect(value(text, `invoiceguard_tax_device_present{${id}}`)).toBe(0);
    expect(value(text, `invoiceguard_tax_device_last_seen_timestamp_seconds{${id}}`)).toBe(
      Date.parse('2026-11-26T08:00:00Z') / 1000,
    );
    const unreadable = metricsText(workstationWithEndpoints(0), { ...extras, taxDevice: { present: null } });
    expect(unreadable).not.toContain('invoiceguard_tax_device_present');
  });

  it('gives the filing deadline as the end of the deadline day in the calendar time zone, and its outlook', () => {
    const snapshot = workstationWithEndpoints(0);
    const policy = defaultPolicy().calendar;
    const readiness = computeReadiness(snapshot, policy, Date.parse('2026-11-03T02:00:00Z'), {});
    const text = metricsText(snapshot, { ...extras, readiness: { readiness, timeZone: 'Asia/Shanghai' } });
    // 2026-11-15 ends at 2026-11-16 00:00 in Shanghai = 2026-11-15 16:00 UTC.
    expect(value(text, `invoiceguard_filing_deadline_timestamp_seconds{${id}}`)).toBe(
      Date.parse('2026-11-15T16:00:00Z') / 1000,
    );
    expect(value(text, `invoiceguard_filing_deadline_outlook{${id},outlook="on-track"}`)).toBe(1);
  });

  it('emits the backup series only when the backup area reports a status', () => {
    expect(metricsText(workstationWithEndpoints(0), extras)).not.toContain('invoiceguard_backup');
    const text = metricsText(workstationWithEndpoints(0), {
      ...extras,
      backup: {
        configured: true,
        rpo: { targetHours: 26, newestAt: '2026-11-27T02:00:00.000Z' },
        rto: { seconds: 42.5, at: '2026-11-20T03:00:00.000Z', ok: true },
      },
    });
    expect(value(text, `invoiceguard_backup_rpo_seconds{${id}}`)).toBe(93_600);
    expect(value(text, `invoiceguard_backup_drill_rto_seconds{${id}}`)).toBe(42.5);
    expect(value(text, `invoiceguard_backup_drill_success{${id}}`)).toBe(1);
    expect(value(text, `invoiceguard_backup_newest_snapshot_timestamp_seconds{${id}}`)).toBe(
      Date.parse('2026-11-27T02:00:00Z') / 1000,
    );
  });

  it('counts the journal’s open incidents instead of the faults when it passes them', () => {
    const text = metricsText(workstationWithEndpoints(0), {
      ...extras,
      incidents: [
        { category: 'hardware', severity: 'warning' },
        { category: 'hardware', severity: 'warning' },
      ],
    });
    expect(value(text, `invoiceguard_incidents_open{${id},category="hardware",severity="warning"}`)).toBe(2);
  });

  it('writes each family once, HELP and TYPE before its samples', () => {
    const text = metricsText(workstationWithEndpoints(3), extras);
    const types = text.split('\n').filter((l) => l.startsWith('# TYPE '));
    expect(new Set(types).size).toBe(types.length);
    expect(text.endsWith('\n')).toBe(true);
  });
});
