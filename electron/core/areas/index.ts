import type { AreaFactory } from '../probe';
import { diskArea } from './disk/disk-area';
import { usbArea } from './usb/usb-area';
import { networkArea } from './network/network-area';
import { printerArea } from './printer/printer-area';
import { memoryArea } from './memory/memory-area';
import { clockArea } from './clock/clock-area';
import { softwareArea } from './software/software-area';
import { systemArea } from './system/system-area';
import { backupArea } from './backup/backup-area';

/** The real areas the core watches on a workstation; each area adds its factory here. */
export function productionAreas(): AreaFactory[] {
  return [
    diskArea(),
    usbArea(),
    networkArea(),
    printerArea(),
    memoryArea(),
    clockArea(),
    softwareArea(),
    systemArea(),
    backupArea(),
  ];
}
