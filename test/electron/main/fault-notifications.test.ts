// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { faultsToNotify } from '../../../electron/main/fault-notifications';
import type { Fault, Severity } from '../../../shared/model/fault';

function fault(id: string, severity: Severity): Fault {
  return { id, category: 'hardware', severity, guide: `guide.${id}`, checkIds: [], since: '2026-11-27T00:00:00.000Z' };
}

describe('which faults pop up a desktop notification', () => {
  it('none for the first snapshot after start, however bad it is', () => {
    expect(faultsToNotify(undefined, [fault('usb.taxDevice.missing', 'critical')])).toEqual([]);
  });

  it('a critical fault that was not open before', () => {
    const opened = fault('usb.taxDevice.missing', 'critical');
    expect(faultsToNotify([], [opened])).toEqual([opened]);
  });

  it('not a critical fault that was already open (no repeat every snapshot)', () => {
    const open = fault('usb.taxDevice.missing', 'critical');
    expect(faultsToNotify([open], [open])).toEqual([]);
  });

  it('not warnings or info, which stay in the tray colour', () => {
    expect(faultsToNotify([], [fault('disk.space.low', 'warning'), fault('policy.default', 'info')])).toEqual([]);
  });

  it('only the newly opened ones when several are open', () => {
    const old = fault('printer.offline', 'critical');
    const fresh = fault('network.taxPlatform.unreachable', 'critical');
    expect(faultsToNotify([old], [old, fresh, fault('disk.space.low', 'warning')])).toEqual([fresh]);
  });

  it('again when a fault closes and opens once more', () => {
    const f = fault('usb.taxDevice.missing', 'critical');
    expect(faultsToNotify([f], [])).toEqual([]);
    expect(faultsToNotify([], [f])).toEqual([f]);
  });
});
