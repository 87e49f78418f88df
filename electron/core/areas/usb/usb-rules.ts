import type { Reading } from '../../../../shared/model/reading';
import type { DiagnosisRule, RaisedFault } from '../../probe';
import type { UsbCheckDetails } from './usb-details';

/** The details of a USB reading that could be judged (not `unknown`), else undefined. */
function judged(
  readings: ReadonlyMap<string, Reading>,
  id: string,
): { reading: Reading; details: UsbCheckDetails } | undefined {
  const reading = readings.get(id);
  if (!reading || reading.status === 'unknown') return undefined;
  const details = reading.details as Partial<UsbCheckDetails>;
  if (!Array.isArray(details.devices) || typeof details.required !== 'boolean') return undefined;
  return { reading, details: details as UsbCheckDetails };
}

/** No device of the role, none that could be it (unreadable), and the policy requires one. */
function missing(details: UsbCheckDetails): boolean {
  return details.required && details.devices.length === 0 && details.unreadable.length === 0;
}

/** `tax-device.missing` and `tax-device.bank-key-instead` (the latter when only a bank/CA key is there). */
export const taxDeviceAbsentRule: DiagnosisRule = {
  id: 'usb.tax-device.absent',
  evaluate(readings) {
    const r = judged(readings, 'usb.tax-device');
    if (!r || !missing(r.details)) return [];
    const key = r.details.securityKeys?.[0];
    if (key)
      return [
        {
          id: 'tax-device.bank-key-instead',
          checkIds: [r.reading.id],
          evidence: { vidPid: key.vidPid, port: key.port, device: key.name.en, role: key.role },
        },
      ];
    return [{ id: 'tax-device.missing', checkIds: [r.reading.id] }];
  },
};

/** `tax-device.multiple`: the invoicing software may talk to the wrong one. */
export const taxDeviceMultipleRule: DiagnosisRule = {
  id: 'usb.tax-device.multiple',
  evaluate(readings) {
    const r = judged(readings, 'usb.tax-device');
    if (!r || r.details.devices.length < 2) return [];
    return [
      {
        id: 'tax-device.multiple',
        checkIds: [r.reading.id],
        evidence: {
          count: r.details.devices.length,
          vidPids: r.details.devices.map((d) => d.vidPid).join(', '),
          ports: r.details.devices.map((d) => d.port).join(', '),
        },
      },
    ];
  },
};

/** `printer.usb-missing` and `card-reader.missing` when the policy requires them. */
export const requiredPeripheralsRule: DiagnosisRule = {
  id: 'usb.peripherals.absent',
  evaluate(readings) {
    const faults: RaisedFault[] = [];
    const printer = judged(readings, 'usb.printer');
    if (printer && missing(printer.details)) faults.push({ id: 'printer.usb-missing', checkIds: [printer.reading.id] });
    const reader = judged(readings, 'usb.card-reader');
    if (reader && missing(reader.details)) faults.push({ id: 'card-reader.missing', checkIds: [reader.reading.id] });
    return faults;
  },
};

/** `usb.flapping`: one fault for all flapping devices, evidence naming the worst one. */
export const usbFlappingRule: DiagnosisRule = {
  id: 'usb.flapping',
  evaluate(readings) {
    const hits = ['usb.tax-device', 'usb.printer', 'usb.card-reader'].flatMap((id) => {
      const r = judged(readings, id);
      return r ? r.details.flapping.map((f) => ({ id, f })) : [];
    });
    if (!hits.length) return [];
    const worst = hits.reduce((a, b) => (b.f.disconnects > a.f.disconnects ? b : a));
    return [
      {
        id: 'usb.flapping',
        checkIds: [...new Set(hits.map((h) => h.id))],
        evidence: {
          vidPid: worst.f.vidPid,
          port: worst.f.port,
          device: worst.f.name.en,
          disconnects: worst.f.disconnects,
          windowSeconds: worst.f.windowSeconds,
          devices: hits.length,
        },
      },
    ];
  },
};

export const usbRules: readonly DiagnosisRule[] = [
  taxDeviceAbsentRule,
  taxDeviceMultipleRule,
  requiredPeripheralsRule,
  usbFlappingRule,
];
