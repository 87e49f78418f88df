import type { UsbDeviceFacts } from '../../../../shared/devices/device-types';

/** One connected device as a source reports it: identity (VID:PID + port path) and descriptor facts. */
export interface RawUsbDevice {
  /** `vvvv:pppp@port`: stable across replugs into the same port; never the bus address alone. */
  key: string;
  /** Port path like `1-1.4` (bus, then the hub ports down to the device). */
  port: string;
  facts: UsbDeviceFacts;
}

/** How the source learns about changes: libusb hotplug events, node-usb polling, or not at all. */
export type HotplugMode = 'events' | 'poll' | 'unavailable';

/** The thin adapter to the USB stack; the real one is node-usb, tests use a scripted one. */
export interface UsbSource {
  /** Loads the USB stack and reports how changes will be seen; never throws (unavailable + reason). */
  start(): Promise<{ mode: HotplugMode; reason?: string }>;
  /** Every device connected now (a fresh enumeration where the platform does one). */
  list(): RawUsbDevice[];
  /** Hotplug listeners; returns the unsubscribe function. */
  watch(onAttach: (device: RawUsbDevice) => void, onDetach: (device: RawUsbDevice) => void): () => void;
  dispose(): void;
}

/** The identity key of a device: VID:PID plus port path. */
export function deviceKey(vid: number, pid: number, port: string): string {
  return `${vid.toString(16).padStart(4, '0')}:${pid.toString(16).padStart(4, '0')}@${port}`;
}
