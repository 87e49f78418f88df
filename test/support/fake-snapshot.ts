import type { Snapshot } from '../../shared/model/snapshot';
import type { Reading } from '../../shared/model/reading';
import { verdictOf } from '../../shared/model/verdict';

/** A valid snapshot for protocol tests, with optional overrides. */
export function fakeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const base = {
    overall: 'ok' as const,
    checks: [fakeReading()],
    faults: [],
    policy: { source: 'default' as const, issues: [] },
    simulated: false,
    updatedAt: '2026-11-27T08:00:00.000Z',
    invoicing: { mode: 'tax-device' as const, because: 'policy' as const },
    ...overrides,
  };
  return { verdict: verdictOf(base.overall, base.checks, base.faults), ...base };
}

export function fakeReading(overrides: Partial<Reading> = {}): Reading {
  return {
    id: 'disk.space',
    area: 'disk',
    status: 'ok',
    summary: { key: 'check.disk.space.ok', params: { path: '/', freeGiB: 50, freePercent: 40 } },
    details: {},
    checkedAt: '2026-11-27T08:00:00.000Z',
    durationMs: 1,
    ...overrides,
  };
}

/** A check left out on purpose, as on a PC whose policy names no time server. */
export function notCheckedClock(): Reading {
  return fakeReading({
    id: 'clock.offset',
    area: 'clock',
    status: 'unknown',
    notChecked: true,
    summary: { key: 'check.clock.offset.notConfigured' },
  });
}

/** A USB device check that found no device the policy requires, as the probe reports it (a fully digital PC's tax device). */
export function noDeviceNeeded(role: 'tax-device' | 'printer' | 'card-reader' = 'tax-device'): Reading {
  const roles = { 'tax-device': 'taxDevice', printer: 'printer', 'card-reader': 'cardReader' } as const;
  return fakeReading({
    id: `usb.${role}`,
    area: 'usb',
    summary: { key: `check.usb.${role}.not-required` },
    details: { role: roles[role], required: false, hotplug: 'hotplug', devices: [], unreadable: [], flapping: [] },
  });
}
