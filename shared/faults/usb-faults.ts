import { defineFaults } from './define-faults';

/** Faults the USB area raises; each guide id equals the fault id (guides are written separately). */
export const usbFaults = defineFaults({
  // Without the tax device nothing can be invoiced.
  'tax-device.missing': { category: 'hardware', severity: 'critical', guide: 'tax-device.missing' },
  // The software may pick the wrong device, or refuse: risky, not yet blocking.
  'tax-device.multiple': { category: 'hardware', severity: 'warning', guide: 'tax-device.multiple' },
  'tax-device.bank-key-instead': { category: 'hardware', severity: 'critical', guide: 'tax-device.bank-key-instead' },
  'usb.flapping': { category: 'hardware', severity: 'warning', guide: 'usb.flapping' },
  // Invoices can still be issued and printed later, so these are warnings.
  'printer.usb-missing': { category: 'hardware', severity: 'warning', guide: 'printer.usb-missing' },
  'card-reader.missing': { category: 'hardware', severity: 'warning', guide: 'card-reader.missing' },
});
