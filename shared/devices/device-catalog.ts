import { cardReaders } from './card-readers';
import type { CatalogEntry } from './device-types';
import { printers } from './printers';
import { securityKeys } from './security-keys';
import { taxDevices } from './tax-devices';

/** The built-in catalog: every entry keeps its sources and confidence (see docs/usb.md). */
export const builtInCatalog: readonly CatalogEntry[] = [...taxDevices, ...securityKeys, ...printers, ...cardReaders];

/** USB class codes the fallback identification uses when a VID:PID is not in the catalog. */
export const usbClass = { printer: 0x07, massStorage: 0x08, hub: 0x09, smartCard: 0x0b } as const;

/**
 * Strings that name a tax device whatever its VID:PID (MB: tax UKeys report 'ChinaTax SWUKey');
 * used only when the VID:PID is unknown, so a new UKey model is still recognised on Linux.
 */
export const taxDeviceProductHints: readonly string[] = ['chinatax', 'swukey'];

/** `101d:0003` style, lower-case hex, as IT writes it in the policy and users read it in details. */
export function vidPid(vid: number, pid: number): string {
  return `${hex4(vid)}:${hex4(pid)}`;
}

export function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}
