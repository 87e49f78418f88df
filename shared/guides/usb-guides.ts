import { defineGuides } from './define-guide';

const taxDeviceOk = { checkIds: ['usb.tax-device'], worked: { status: ['ok'] } } as const;
const printerOk = { checkIds: ['usb.printer'], worked: { status: ['ok'] } } as const;
const readerOk = { checkIds: ['usb.card-reader'], worked: { status: ['ok'] } } as const;

/** Guides for the USB faults (issue 3): tax device, printer and card reader on the USB bus. */
export const usbGuides = defineGuides({
  'tax-device.missing': {
    steps: [{ warn: true }, { check: taxDeviceOk }, { check: taxDeviceOk }, {}],
  },
  'tax-device.multiple': {
    steps: [{}, { warn: true, check: taxDeviceOk }, {}],
  },
  'tax-device.bank-key-instead': {
    steps: [{}, { check: taxDeviceOk }, {}],
  },
  'usb.flapping': {
    steps: [
      { warn: true },
      { check: { checkIds: ['$fault'], worked: { faultCleared: true } } },
      { check: { checkIds: ['$fault'], worked: { faultCleared: true } } },
      {},
    ],
  },
  'printer.usb-missing': {
    steps: [{ check: printerOk }, { check: printerOk }, { check: printerOk }],
  },
  'card-reader.missing': {
    steps: [{ check: readerOk }, { check: readerOk }, {}],
  },
});
