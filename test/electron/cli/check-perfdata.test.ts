import { describe, expect, it } from 'vitest';
import { perfdata, withPerfdata } from '../../../electron/cli/check-perfdata';
import { endpoint, fault, fleetSnapshot, reading } from '../../support/fleet/fleet-snapshot';

describe('invoiceguard check --perfdata: Nagios performance data', () => {
  it('gives the verdict, counts by state, each check and each endpoint connect time', () => {
    const snapshot = fleetSnapshot(
      [
        reading('disk.space'),
        endpoint('etax', 23.5),
        endpoint('dppt', null, 'fault'),
        reading('clock.offset', { notChecked: true, status: 'unknown' }),
      ],
      [fault('network.service-down')],
    );
    expect(perfdata(snapshot).split(' ')).toEqual([
      'verdict=2;0;1;0;2',
      'faults=1;;;0',
      'faults_critical=1;;0;0',
      'checks_fault=1;;0;0',
      'checks_warning=0;0;;0',
      'checks_unknown=0;0;;0',
      'disk.space=0;-1:1;-1:2;-1;3',
      'network.endpoint.etax=0;-1:1;-1:2;-1;3',
      'network.endpoint.dppt=3;-1:1;-1:2;-1;3',
      'clock.offset=-1;-1:1;-1:2;-1;3',
      'network.endpoint.etax.latency=0.0235s;;;0',
    ]);
  });

  it('puts it after the first line, and no | in the text can be read as its start', () => {
    const snapshot = fleetSnapshot([reading('disk.space')]);
    const out = withPerfdata('InvoiceGuard check: yes | really\n\nline 2 | x\n', snapshot);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`InvoiceGuard check: yes ¦ really | ${perfdata(snapshot)}`);
    expect(lines[2]).toBe('line 2 ¦ x');
  });
});
