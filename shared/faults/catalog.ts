import type { FaultDefinition } from './define-faults';
import { diskFaults } from './disk-faults';
import { printerFaults } from './printer-faults';
import { memoryFaults } from './memory-faults';
import { clockFaults } from './clock-faults';
import { softwareFaults } from './software-faults';
import { systemFaults } from './system-faults';
import { usbFaults } from './usb-faults';
import { networkFaults } from './network-faults';
import { guideFaults } from './guide-faults';
import { backupFaults } from './backup-faults';

/** Every fault the product can raise, by id; an area adds its definitions file here. */
export const faultCatalog: Readonly<Record<string, FaultDefinition>> = {
  ...diskFaults,
  ...printerFaults,
  ...memoryFaults,
  ...clockFaults,
  ...softwareFaults,
  ...systemFaults,
  ...usbFaults,
  ...networkFaults,
  ...guideFaults,
  ...backupFaults,
};

export type { FaultDefinition };
