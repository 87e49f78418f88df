// The real built core (dist/core.cjs) with real node-usb/libusb, seeing emulated USB devices through
// umockdev (LD_PRELOAD fakes sysfs, /dev and uevents). Devices: test/support/umockdev/usb_testbed_devices.py.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { usbFaults } from '../../../../../shared/faults/usb-faults';
import type { Snapshot } from '../../../../../shared/model/snapshot';
import {
  check,
  startCoreUnderUmockdev,
  umockdevUnavailableReason,
  type UmockdevCore,
} from '../../../../support/umockdev/umockdev-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const loopback = JSON.parse(
  readFileSync(path.join(here, '../../../../fixtures/policy/loopback.json'), 'utf8'),
) as object;
const unavailable = umockdevUnavailableReason();

let core: UmockdevCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

function start(plugged: string[], devices: { require?: object; [key: string]: unknown }): UmockdevCore {
  // A tax-device PC unless a test says otherwise.
  const policy = { ...loopback, devices: { ...devices, require: { taxDevice: true, ...devices.require } } };
  core = startCoreUnderUmockdev({ plugged, policy });
  return core;
}

const usbChecked = (s: Snapshot): boolean =>
  s.checks.filter((c) => c.area === 'usb').every((c) => c.summary.key !== 'check.pending');
const devicesOf = (s: Snapshot, id: string) =>
  (check(s, id)?.details.devices ?? []) as { vidPid: string; port: string; state: string; name: { en: string } }[];
// Only the USB area's faults: the other production areas in the core have their own.
const usbFaultsOf = (s: Snapshot) => s.faults.filter((f) => Object.hasOwn(usbFaults, f.id));
const faultIds = (s: Snapshot) =>
  usbFaultsOf(s)
    .map((f) => f.id)
    .sort();
const all = { require: { taxDevice: true, printer: true, cardReader: true } };

describe.skipIf(unavailable !== null)(
  `USB watch through real libusb and umockdev${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('enumerates a tax device, an invoice printer and a card reader connected before start', async () => {
      const s = await start(['aisino-disk', 'printer', 'reader'], all).waitForSnapshot(usbChecked);
      expect(devicesOf(s, 'usb.tax-device')).toMatchObject([
        { vidPid: '101d:0003', port: '1-1', name: { en: 'Aisino Golden Tax Disk (金税盘)' } },
      ]);
      expect(devicesOf(s, 'usb.printer')).toMatchObject([{ vidPid: '20d1:2010', port: '1-7' }]);
      expect(devicesOf(s, 'usb.card-reader')).toMatchObject([{ vidPid: '072f:90cc', port: '1-10' }]);
      expect(check(s, 'usb.tax-device')?.details.hotplug).toBe('events');
      expect(usbFaultsOf(s)).toEqual([]);
    });

    it('sees a tax device plugged in and pulled out live, debouncing the pull', async () => {
      const c = start([], { debounceMs: 300 });
      expect(faultIds(await c.waitForSnapshot(usbChecked))).toEqual(['tax-device.missing']);
      c.plug('ukey-excelsecu');
      const plugged = await c.waitForSnapshot((s) => devicesOf(s, 'usb.tax-device').length === 1);
      expect(devicesOf(plugged, 'usb.tax-device')[0]).toMatchObject({
        vidPid: '1ea8:b00b',
        port: '1-3',
        state: 'present',
      });
      expect(usbFaultsOf(plugged)).toEqual([]);
      c.unplug('ukey-excelsecu');
      const leaving = await c.waitForSnapshot((s) => devicesOf(s, 'usb.tax-device')[0]?.state === 'reconnecting');
      expect(usbFaultsOf(leaving)).toEqual([]); // a pull is not a fault until the debounce window has passed
      const gone = await c.waitForSnapshot((s) => devicesOf(s, 'usb.tax-device').length === 0);
      expect(faultIds(gone)).toEqual(['tax-device.missing']);
    });

    it('names a bank U-shield plugged in instead of the tax device', async () => {
      const s = await start(['bank-key'], {}).waitForSnapshot(usbChecked);
      expect(faultIds(s)).toEqual(['tax-device.bank-key-instead']);
      expect(usbFaultsOf(s)[0]?.evidence).toMatchObject({ vidPid: '1780:0410', port: '1-5' });
    });

    it('warns about two tax devices plugged in at once', async () => {
      const s = await start(['aisino-disk', 'nisec-disk'], {}).waitForSnapshot(usbChecked);
      expect(faultIds(s)).toEqual(['tax-device.multiple']);
      expect(devicesOf(s, 'usb.tax-device').map((d) => d.vidPid)).toEqual(['101d:0003', '1432:07dc']);
    });

    it('raises usb.flapping when a device keeps dropping out', async () => {
      const c = start(['printer'], {
        require: { taxDevice: false },
        debounceMs: 0,
        flapping: { disconnects: 3, windowSeconds: 60 },
      });
      await c.waitForSnapshot(usbChecked);
      for (let i = 0; i < 3; i++) {
        c.unplug('printer');
        await c.waitForSnapshot((s) => devicesOf(s, 'usb.printer').length === 0);
        c.plug('printer');
        await c.waitForSnapshot((s) => devicesOf(s, 'usb.printer').length === 1);
      }
      const s = await c.client.request('getSnapshot', {});
      expect(faultIds(s)).toEqual(['usb.flapping']);
      expect(usbFaultsOf(s)[0]?.evidence).toMatchObject({ vidPid: '20d1:2010', port: '1-7', disconnects: 3 });
    });

    it('states the ambiguity of an Aisino 101d:0003 whose strings the OS does not expose', async () => {
      const s = await start(['aisino-nostrings'], {}).waitForSnapshot(usbChecked);
      const [device] = check(s, 'usb.tax-device')?.details.devices as { ambiguity: unknown; name: { zh: string } }[];
      expect(device?.ambiguity).toEqual({
        reason: 'no-strings',
        candidates: ['aisino-golden-tax-disk', 'aisino-tax-ukey'],
      });
      expect(device?.name.zh).toContain('金税盘或税务UKey');
    });

    it('finds printers by interface class and behind a USB-to-parallel adapter', async () => {
      const s = await start(['printer-generic', 'parallel-bridge'], { require: { taxDevice: false } }).waitForSnapshot(
        usbChecked,
      );
      expect(devicesOf(s, 'usb.printer').map((d) => d.vidPid)).toEqual(['1234:0001', '067b:2305']);
    });

    it('reads unknown with the reason for a device with odd descriptors, and does not crash', async () => {
      const c = start([], {});
      await c.waitForSnapshot(usbChecked);
      c.plug('odd');
      const s = await c.waitForSnapshot((s) => check(s, 'usb.tax-device')?.status === 'unknown');
      expect(check(s, 'usb.tax-device')?.summary).toMatchObject({
        key: 'check.usb.unreadable.zero-ids',
        params: { port: '1-11' },
      });
      expect(c.child.exitCode).toBeNull();
    });
  },
);
