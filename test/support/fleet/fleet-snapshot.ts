import { composeSnapshot, type Snapshot } from '../../../shared/model/snapshot';
import type { Fault } from '../../../shared/model/fault';
import type { Reading } from '../../../shared/model/reading';
import type { MetricsExtras } from '../../../electron/core/fleet/metrics-text';
import { fakeReading } from '../fake-snapshot';

export const at = '2026-11-27T08:00:00.000Z';

export function reading(id: string, overrides: Partial<Reading> = {}): Reading {
  return fakeReading({ id, area: id.split('.')[0]!, checkedAt: at, ...overrides });
}

export function endpoint(name: string, ms: number | null, status: Reading['status'] = 'ok'): Reading {
  return reading(`network.endpoint.${name}`, {
    status,
    details: {
      host: `${name}.example`,
      port: 443,
      latencyMs: ms,
      tcpOk: ms !== null,
      cause: ms === null ? 'refused' : 'ok',
    },
  });
}

export function fault(id: string, overrides: Partial<Fault> = {}): Fault {
  return {
    id,
    category: 'network',
    severity: 'critical',
    guide: 'network-basics',
    checkIds: ['network.endpoint.dppt'],
    since: '2026-11-27T07:30:00.000Z',
    ...overrides,
  };
}

/** A workstation's snapshot from its readings and faults (overall and verdict derived the one way). */
export function fleetSnapshot(checks: Reading[], faults: Fault[] = [], overrides: Partial<Snapshot> = {}): Snapshot {
  return composeSnapshot({
    checks,
    faults,
    policy: { source: 'default', issues: [] },
    simulated: false,
    updatedAt: at,
    invoicing: { mode: 'tax-device', because: 'policy' },
    ...overrides,
  });
}

export const extras: MetricsExtras = {
  identity: { site: 'pudong', workstation: 'pc-01' },
  app: { version: '0.1.0', platform: 'linux', coreBuild: 'production', coreStartedAt: '2026-11-27T07:00:00.000Z' },
};

/** A workstation with `n` tax-platform endpoints and the other usual checks, all fine. */
export function workstationWithEndpoints(n: number): Snapshot {
  const checks = [
    reading('disk.space'),
    reading('disk.smart'),
    reading('usb.tax-device', { details: { devices: [{ vidPid: '101d:0003' }] } }),
    reading('usb.printer'),
    reading('usb.card-reader', { notChecked: true, status: 'unknown' }),
    reading('network.link'),
    reading('network.gateway'),
    reading('network.dns'),
    ...Array.from({ length: n }, (_, i) => endpoint(`platform-${String(i + 1).padStart(2, '0')}`, 20 + i)),
    reading('network.verdict'),
    reading('printer.queue'),
    reading('memory.available'),
    reading('clock.offset'),
    reading('clock.timezone'),
    reading('software.processes'),
    reading('software.helper'),
    reading('system.os'),
    reading('system.crashes'),
    reading('calendar.filing'),
  ];
  return fleetSnapshot(checks);
}
