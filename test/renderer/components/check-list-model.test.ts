import { describe, expect, it } from 'vitest';
import { groupChecksByArea } from '../../../renderer/src/components/check-list-model';
import { fakeReading } from '../../support/fake-snapshot';

describe('the check list', () => {
  it('groups checks by area, areas in the order their first check comes', () => {
    const checks = [
      fakeReading({ id: 'usb.tax-device', area: 'usb' }),
      fakeReading({ id: 'disk.space', area: 'disk' }),
      fakeReading({ id: 'usb.hub', area: 'usb' }),
    ];
    expect(groupChecksByArea(checks).map((g) => [g.area, g.checks.map((c) => c.id)])).toEqual([
      ['usb', ['usb.tax-device', 'usb.hub']],
      ['disk', ['disk.space']],
    ]);
  });

  it('is empty without checks', () => {
    expect(groupChecksByArea([])).toEqual([]);
  });
});
