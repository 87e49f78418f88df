import type { Reading } from './reading';

/** A reading, or a check carried on without its details (readiness), marked `notNeeded` then. */
export type NotNeededInput = Pick<Reading, 'status' | 'notChecked'> & {
  area?: string;
  details?: Reading['details'];
  notNeeded?: true;
};

/**
 * A device check that found no device because this PC needs none: a fully digital PC's tax
 * device, a printer or card reader the policy does not require. Checked, and nothing is wrong,
 * but a green "正常" beside a device that is not there reads as a lie; every surface (dashboard,
 * readiness, the `check` text) shows it grey as "不需要" instead. The JSON keeps status `ok`.
 */
export function isNotNeeded(check: NotNeededInput): boolean {
  if (check.notNeeded) return true;
  if (check.area !== 'usb' || check.status !== 'ok' || check.notChecked) return false;
  const devices = check.details?.devices;
  return check.details?.required === false && Array.isArray(devices) && devices.length === 0;
}
