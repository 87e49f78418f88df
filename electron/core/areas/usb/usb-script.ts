import { z } from 'zod';
import type { UsbDeviceFacts } from '../../../../shared/devices/device-types';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import { scriptedUsbSource } from './scripted-usb-source';
import type { UsbSource } from './usb-source';

const hex4 = z.string().regex(/^[0-9a-fA-F]{4}$/, 'four hex digits, like 101d');
const device = z
  .object({
    /** Port path like `1-2` (bus, then hub ports). */
    port: z.string().regex(/^\d+-\d+(\.\d+)*$/, 'a port path like 1-2 or 1-1.4'),
    vid: hex4,
    pid: hex4,
    manufacturer: z.string().max(200).optional(),
    product: z.string().max(200).optional(),
    serial: z.string().max(200).optional(),
    deviceClass: z.number().int().min(0).max(255).default(0),
    interfaceClasses: z.array(z.number().int().min(0).max(255)).max(32).nullable().default(null),
    numConfigurations: z.number().int().min(0).max(8).default(1),
    /** What the OS said when the descriptors could not be read (the device then cannot be identified). */
    descriptorError: z.string().max(200).optional(),
  })
  .strict();
export type ScriptedUsbDevice = z.infer<typeof device>;

/** A healthy workstation: the Aisino 税务UKey in the first port. */
const taxUKey: ScriptedUsbDevice = {
  port: '1-2',
  vid: '101d',
  pid: '0003',
  manufacturer: 'Aisino',
  product: 'Tax UKey',
  deviceClass: 0,
  interfaceClasses: null,
  numConfigurations: 1,
};

/**
 * `sources.usb` of a scenario: the devices connected (by port) and how the USB stack reports
 * changes. A timeline entry that changes `devices` becomes real hotplug events, so the tracker's
 * debounce and the real identification run on it.
 */
export const usbScript = z
  .object({
    hotplug: z.enum(['events', 'poll', 'unavailable']).default('events'),
    devices: z.array(device).max(64).default([taxUKey]),
  })
  .strict();
export type UsbScript = z.infer<typeof usbScript>;

function facts(d: ScriptedUsbDevice): UsbDeviceFacts {
  return {
    vid: parseInt(d.vid, 16),
    pid: parseInt(d.pid, 16),
    deviceClass: d.deviceClass,
    interfaceClasses: d.interfaceClasses,
    numConfigurations: d.numConfigurations,
    ...(d.descriptorError !== undefined ? { descriptorError: d.descriptorError } : {}),
    ...(d.manufacturer !== undefined ? { manufacturer: d.manufacturer } : {}),
    ...(d.product !== undefined ? { product: d.product } : {}),
    ...(d.serial !== undefined ? { serial: d.serial } : {}),
  };
}

const same = (a: ScriptedUsbDevice, b: ScriptedUsbDevice): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A scripted USB stack that follows the scenario: each change of `devices` plugs and pulls by port. */
export function scriptedUsb(world: ScriptedWorld<UsbScript>): UsbSource {
  const initial = world.state();
  const source = scriptedUsbSource(
    initial.devices.map((d) => ({ port: d.port, facts: facts(d) })),
    initial.hotplug,
    initial.hotplug === 'unavailable' ? 'no USB access (scenario)' : undefined,
  );
  let shown = new Map(initial.devices.map((d) => [d.port, d]));
  const stop = world.onChange(() => {
    const next = new Map(world.state().devices.map((d) => [d.port, d]));
    for (const [port, d] of shown) if (!next.has(port) || !same(d, next.get(port)!)) source.unplug(port);
    for (const [port, d] of next) if (!shown.has(port) || !same(d, shown.get(port)!)) source.plug(port, facts(d));
    shown = next;
  });
  return {
    ...source,
    dispose() {
      stop();
      source.dispose();
    },
  };
}
