import type { UsbDeviceFacts } from '../../../../shared/devices/device-types';
import { deviceKey, type HotplugMode, type RawUsbDevice, type UsbSource } from './usb-source';

/** A scripted USB stack: tests, demos and practice mode plug and pull devices by calling it. */
export interface ScriptedUsbSource extends UsbSource {
  plug(port: string, facts: UsbDeviceFacts): RawUsbDevice;
  unplug(port: string): void;
  /** Changes the connected set without telling watchers: a hotplug event the OS lost. */
  plugSilently(port: string, facts: UsbDeviceFacts): void;
  unplugSilently(port: string): void;
}

/** Starts with `initial` devices connected; `mode` lets a test play a machine without libusb. */
export function scriptedUsbSource(
  initial: readonly { port: string; facts: UsbDeviceFacts }[] = [],
  mode: HotplugMode = 'events',
  reason?: string,
): ScriptedUsbSource {
  const connected = new Map<string, RawUsbDevice>();
  const attachListeners = new Set<(d: RawUsbDevice) => void>();
  const detachListeners = new Set<(d: RawUsbDevice) => void>();
  const raw = (port: string, facts: UsbDeviceFacts): RawUsbDevice => ({
    key: deviceKey(facts.vid, facts.pid, port),
    port,
    facts,
  });
  for (const d of initial) connected.set(d.port, raw(d.port, d.facts));

  return {
    start: async () => (reason === undefined ? { mode } : { mode, reason }),
    list: () => [...connected.values()],
    watch(onAttach, onDetach) {
      attachListeners.add(onAttach);
      detachListeners.add(onDetach);
      return () => {
        attachListeners.delete(onAttach);
        detachListeners.delete(onDetach);
      };
    },
    dispose() {
      attachListeners.clear();
      detachListeners.clear();
    },
    plug(port, facts) {
      const device = raw(port, facts);
      connected.set(port, device);
      attachListeners.forEach((l) => l(device));
      return device;
    },
    unplug(port) {
      const device = connected.get(port);
      if (!device) return;
      connected.delete(port);
      detachListeners.forEach((l) => l(device));
    },
    plugSilently(port, facts) {
      connected.set(port, raw(port, facts));
    },
    unplugSilently(port) {
      connected.delete(port);
    },
  };
}
