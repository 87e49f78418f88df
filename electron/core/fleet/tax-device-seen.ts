import type { Snapshot } from '../../../shared/model/snapshot';

export interface TaxDeviceSighting {
  /** Connected now; null when the USB check has not read (yet) or cannot read. */
  present: boolean | null;
  lastSeenAt?: string;
}

const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : Date.parse(a) >= Date.parse(b) ? a : b;

/**
 * Pure: whether the `usb.tax-device` reading shows a tax device now, and when one was last seen:
 * the snapshot's time while one is connected, else the last sighting remembered (never earlier than
 * the PC's first sighting, which the invoicing mode keeps).
 */
export function sightTaxDevice(
  snapshot: Snapshot,
  remembered: string | undefined,
  firstSeenAt: string | undefined,
): TaxDeviceSighting {
  const reading = snapshot.checks.find((c) => c.id === 'usb.tax-device');
  const known = later(remembered, firstSeenAt);
  const devices = reading?.details.devices;
  if (!reading || reading.checkedAt === '' || reading.notChecked || !Array.isArray(devices)) {
    return { present: null, ...(known ? { lastSeenAt: known } : {}) };
  }
  if (reading.status === 'unknown' && devices.length === 0)
    return { present: null, ...(known ? { lastSeenAt: known } : {}) };
  if (devices.length > 0) return { present: true, lastSeenAt: later(known, snapshot.updatedAt)! };
  return { present: false, ...(known ? { lastSeenAt: known } : {}) };
}
