import { builtInCatalog } from '../../../../shared/devices/device-catalog';
import { identifyDevice } from '../../../../shared/devices/identify-device';
import { policyCatalogEntries } from '../../../../shared/devices/policy-devices';
import type { Area, AreaFactory } from '../../probe';
import { createDeviceTracker, type DeviceTracker, type RawUsbEvent, type UserUsbEvent } from './device-tracker';
import { nodeUsbSource } from './node-usb-source';
import { watchForResume } from './resume-detector';
import { usbChecks, usbRoleProbe, type UsbCheckSpec } from './usb-probes';
import type { TaxDeviceMemory } from '../define-area';
import { invoicingState } from '../../invoicing-mode';
import { usbRules } from './usb-rules';
import type { UsbSource } from './usb-source';

/**
 * The USB area as the core sees it, plus what the journal and the Electron main process need:
 * - `rawEvents()`: every raw attach/detach/rescan change, newest 500, in memory until the journal
 *   exists (then the journal reads them from here);
 * - `userEvents()`: the debounced events the user is told about (a quick replug is one `replugged`);
 * - `rescan()`: call after resume from sleep (Electron powerMonitor `resume`); the area also
 *   notices sleep by itself through a wall-clock check.
 */
export interface UsbArea extends Area {
  tracker: DeviceTracker;
  rawEvents(): RawUsbEvent[];
  userEvents(): UserUsbEvent[];
  rescan(): void;
}

export interface UsbAreaOptions {
  /** The USB stack; node-usb by default, a scripted source in tests and practice mode. */
  source?: (platform: NodeJS.Platform) => UsbSource;
  now?: () => number;
  /** Called with each area instance the factory makes (for tests and the journal wiring). */
  onCreated?: (area: UsbArea) => void;
  /** Sleep detection; off in unit tests that control time. */
  detectResume?: boolean;
  /** This PC's memory of its tax device; without it the tax device is needed only when the policy says so. */
  taxDevice?: TaxDeviceMemory;
}

/** Tax device, printer and card reader on USB: live through hotplug, reconciled by a slow rescan. */
export function usbArea(options: UsbAreaOptions = {}): AreaFactory {
  return ({ policy, platform }) => {
    const devicesPolicy = policy.devices;
    const memory = options.taxDevice;
    // The tax device is needed on a tax-device PC (invoicing mode); the printer and card reader when the policy says so.
    const required = (role: UsbCheckSpec['role']): boolean =>
      role === 'taxDevice' ? invoicingState(policy, memory).mode === 'tax-device' : devicesPolicy.require[role];
    const found = (role: UsbCheckSpec['role']): void => {
      if (role === 'taxDevice') memory?.noteSeen();
    };
    // Policy entries first: IT's knowledge of its own fleet wins over the built-in catalog.
    const catalog = [...policyCatalogEntries(devicesPolicy.extraDevices), ...builtInCatalog];
    const tracker = createDeviceTracker({
      source: (options.source ?? nodeUsbSource)(platform),
      policy: devicesPolicy,
      identify: (facts) => identifyDevice(facts, catalog),
      ...(options.now ? { now: options.now } : {}),
    });
    const ready = tracker.start();
    const stopResume = options.detectResume === false ? () => {} : watchForResume(() => tracker.rescan());
    const area: UsbArea = {
      probes: usbChecks.map((spec) => usbRoleProbe(spec, tracker, ready, devicesPolicy, required, found)),
      rules: [...usbRules],
      tracker,
      rawEvents: () => tracker.rawEvents(),
      userEvents: () => tracker.userEvents(),
      rescan: () => tracker.rescan(),
      dispose() {
        stopResume();
        tracker.dispose();
      },
    };
    options.onCreated?.(area);
    return area;
  };
}
