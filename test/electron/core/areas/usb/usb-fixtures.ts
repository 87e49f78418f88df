import type { UsbDeviceFacts } from '../../../../../shared/devices/device-types';

/** Descriptor facts for a test device; mass-storage interface unless told otherwise. */
export function facts(vid: number, pid: number, extra: Partial<UsbDeviceFacts> = {}): UsbDeviceFacts {
  return { vid, pid, deviceClass: 0, interfaceClasses: [0x08], numConfigurations: 1, ...extra };
}

export const aisinoDisk = facts(0x101d, 0x0003, { manufacturer: 'Aisino', product: 'USB Flash Disk', serial: 'JSP1' });
export const excelsecuUkey = facts(0x1ea8, 0xb00b, { manufacturer: 'ExcelSecu', product: 'ChinaTax SWUKey' });
export const bankKey = facts(0x1780, 0x0410, { interfaceClasses: [0x03] });
export const dascomPrinter = facts(0x20d1, 0x2010, { interfaceClasses: [0x07] });
export const acsReader = facts(0x072f, 0x90cc, { interfaceClasses: [0x0b] });
export const mouse = facts(0x046d, 0xc077, { interfaceClasses: [0x03] });
export const zeroIds = facts(0, 0, { interfaceClasses: null, numConfigurations: 0 });
