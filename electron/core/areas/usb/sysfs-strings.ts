import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { oneLineCut } from '../../../../shared/text/one-line';

/** A USB string descriptor holds at most 126 characters; sysfs gives at most a page. */
const maxAttributeBytes = 4096;
const maxStringLength = 256;

/** The strings the OS already read from a device; undefined where it exposes none. */
export interface OsStrings {
  manufacturer?: string;
  product?: string;
  serial?: string;
}

/** Reads the strings for the device at a port path (`1-1.4`); the device itself is never opened. */
export type OsStringReader = (port: string) => OsStrings;

/**
 * Linux: the kernel read the string descriptors at enumeration and exposes them in sysfs, so we
 * never open the device (which may be bound to a vendor driver the invoicing software needs).
 * Small synchronous reads: a few microseconds, and they run once per attach.
 */
export function sysfsStringReader(root = '/sys/bus/usb/devices'): OsStringReader {
  return (port) => {
    const read = (name: string): string | undefined => {
      try {
        const value = readAttribute(`${root}/${port}/${name}`)?.trim();
        return value ? value : undefined;
      } catch {
        return undefined; // no such attribute: the device has no such string, or it is gone
      }
    };
    const strings: OsStrings = {};
    const manufacturer = read('manufacturer');
    const product = read('product');
    const serial = read('serial');
    if (manufacturer !== undefined) strings.manufacturer = manufacturer;
    if (product !== undefined) strings.product = product;
    if (serial !== undefined) strings.serial = serial;
    return strings;
  };
}

/**
 * One sysfs attribute, read at most a page, only if it is a regular file. The strings come from the
 * device, which anyone can program: a control character or escape sequence in them is written out
 * (they end up in the CLI's output on a terminal) and they are cut to a descriptor's length.
 */
function readAttribute(file: string): string | undefined {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(maxAttributeBytes);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return oneLineCut(buffer.subarray(0, length).toString('utf8').replace(/\n+$/, ''), maxStringLength);
  } finally {
    closeSync(fd);
  }
}

/**
 * Windows and macOS do not expose the strings without opening the device or asking a slower OS
 * inventory, so identification there uses VID:PID and classes and states what stays ambiguous.
 */
export const noOsStrings: OsStringReader = () => ({});

/** The string reader for a platform. */
export function osStringReader(platform: NodeJS.Platform): OsStringReader {
  return platform === 'linux' ? sysfsStringReader() : noOsStrings;
}
