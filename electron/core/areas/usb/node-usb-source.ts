import type * as usbModule from 'usb';
import type { Device } from 'usb';
import type { UsbDeviceFacts } from '../../../../shared/devices/device-types';
import { osStringReader, type OsStringReader } from './sysfs-strings';
import { deviceKey, type HotplugMode, type RawUsbDevice, type UsbSource } from './usb-source';
import { errorMessage } from '../../../../shared/error-message';

type UsbModule = typeof usbModule;

/**
 * The real source: node-usb v2 (libusb). Hotplug events where libusb supports them (Linux,
 * macOS, Windows since 2.18); node-usb itself falls back to polling only where they are not.
 * Read-only by design: it never opens a device, claims an interface or sends a transfer, because
 * on Windows the device is bound to its vendor driver and the invoicing software must keep it.
 */
export function nodeUsbSource(
  platform: NodeJS.Platform = process.platform,
  readStrings: OsStringReader = osStringReader(platform),
): UsbSource {
  let lib: UsbModule | undefined;
  const subscriptions: (() => void)[] = [];

  const toRaw = (device: Device): RawUsbDevice => describeDevice(device, readStrings);

  return {
    async start() {
      try {
        lib = await import('usb');
      } catch (error) {
        return { mode: 'unavailable', reason: `node-usb did not load: ${errorMessage(error)}` };
      }
      if (lib.usb.INIT_ERROR) return { mode: 'unavailable', reason: `libusb init failed (${lib.usb.INIT_ERROR})` };
      let mode: HotplugMode;
      try {
        mode = lib.usb._supportedHotplugEvents() ? 'events' : 'poll';
      } catch (error) {
        return { mode: 'unavailable', reason: errorMessage(error) };
      }
      return { mode };
    },
    list() {
      if (!lib) return [];
      return lib.getDeviceList().map(toRaw);
    },
    watch(onAttach, onDetach) {
      const usb = lib?.usb;
      if (!usb) return () => {};
      const attach = (d: Device): void => onAttach(toRaw(d));
      const detach = (d: Device): void => onDetach(toRaw(d));
      usb.on('attach', attach);
      usb.on('detach', detach);
      // A listening watcher must not keep a CLI run or a finished test alive.
      try {
        usb.unrefHotplugEvents();
      } catch {
        // polling mode has no native handle to unref; its timer stops when the listeners go
      }
      const stop = (): void => {
        usb.off('attach', attach);
        usb.off('detach', detach);
      };
      subscriptions.push(stop);
      return stop;
    },
    dispose() {
      subscriptions.splice(0).forEach((s) => s());
    },
  };
}

/** Facts of a node-usb device without opening it: cached descriptors plus the OS strings. */
export function describeDevice(device: Device, readStrings: OsStringReader): RawUsbDevice {
  const d = device.deviceDescriptor;
  const ports = safe(() => device.portNumbers) ?? [];
  // Port numbers are what stays put across replugs; the address changes every time (#481, #803).
  const port = ports.length ? `${device.busNumber}-${ports.join('.')}` : `usb${device.busNumber}`;
  const facts: UsbDeviceFacts = {
    vid: d.idVendor,
    pid: d.idProduct,
    deviceClass: d.bDeviceClass,
    interfaceClasses: null,
    numConfigurations: d.bNumConfigurations,
  };
  try {
    // libusb serves the active configuration from its cache (sysfs on Linux): no I/O to the device.
    const config = device.configDescriptor;
    if (config) facts.interfaceClasses = config.interfaces.flatMap((alts) => alts.map((a) => a.bInterfaceClass));
    else if (d.bNumConfigurations > 0) facts.descriptorError = 'no active configuration';
  } catch (error) {
    facts.descriptorError = errorMessage(error);
  }
  if (ports.length) Object.assign(facts, readStrings(port));
  return { key: deviceKey(d.idVendor, d.idProduct, port), port, facts };
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
