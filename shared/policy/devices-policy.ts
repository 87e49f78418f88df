import { z } from 'zod';
import { deviceRoles } from '../devices/device-types';

const hexId = z.string().regex(/^[0-9a-fA-F]{4}$/, 'policy.rule.hexId');
const localName = z.union([
  z.string().min(1).max(100),
  z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(100) }).strict(),
]);

/** A device IT adds to the catalog for its fleet; it wins over a built-in entry with the same VID:PID. */
export const extraDeviceSchema = z
  .object({
    vid: hexId,
    pid: hexId,
    role: z.enum(deviceRoles),
    vendor: localName.optional(),
    model: localName.optional(),
    /** Narrows the entry to devices whose OS-reported strings contain these (case-insensitive). */
    manufacturer: z.string().min(1).max(100).optional(),
    product: z.string().min(1).max(100).optional(),
  })
  .strict();
export type ExtraDevice = z.infer<typeof extraDeviceSchema>;

/** USB devices: what this workstation needs plugged in, and how patient to be with replugs. */
export const devicesPolicySchema = z
  .object({
    /**
     * Roles that must be present. The tax device follows `invoicing.mode` unless set here: true
     * makes this a tax-device PC, false a fully digital one. Printer and card reader are off by
     * default: many invoice printers are network or parallel printers (the printer area checks the
     * queue), and few workstations use a card reader.
     */
    require: z
      .object({
        taxDevice: z.boolean().optional(),
        printer: z.boolean().default(false),
        cardReader: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    extraDevices: z.array(extraDeviceSchema).max(200).default([]),
    flapping: z
      .object({
        /**
         * Disconnects of one device within the window that count as flapping. A person reseating a
         * key or moving it to another port makes one or two; four in two minutes is a loose cable, a
         * worn port or a hub without enough power.
         */
        disconnects: z.number().int().min(2).max(1000).default(4),
        windowSeconds: z.number().int().min(10).max(86_400).default(120),
      })
      .strict()
      .prefault({}),
    /**
     * A device that comes back within this many milliseconds of leaving is one replug for the user,
     * not "missing" then "found". Three seconds covers pulling a key and pushing it back by hand and
     * a USB re-enumeration after a power dip; the reading shows the short absence at once anyway.
     */
    debounceMs: z.number().int().min(0).max(60_000).default(3000),
    /**
     * Seconds between full rescans that catch hotplug events the OS or libusb missed. Hotplug does
     * the real work, so a slow scan costs nothing noticeable; after sleep a rescan runs at once.
     */
    reconcileSeconds: z.number().int().min(5).max(86_400).default(60),
  })
  .strict();
export type DevicesPolicy = z.infer<typeof devicesPolicySchema>;
