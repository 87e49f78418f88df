import { afterEach, describe, expect, it } from 'vitest';
import { usbArea, type UsbArea } from '../../../../../electron/core/areas/usb/usb-area';
import { scriptedUsbSource, type ScriptedUsbSource } from '../../../../../electron/core/areas/usb/scripted-usb-source';
import type { UsbDeviceFacts } from '../../../../../shared/devices/device-types';
import { createTranslator } from '../../../../../shared/i18n/translator';
import type { Snapshot } from '../../../../../shared/model/snapshot';
import type { PolicyInput } from '../../../../../shared/policy/policy-schema';
import { startInProcessCore, type InProcessCore } from '../../../../support/in-process-core';
import { acsReader, aisinoDisk, bankKey, dascomPrinter, excelsecuUkey, facts, mouse, zeroIds } from './usb-fixtures';

let running: InProcessCore | undefined;
let area: UsbArea | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function check(
  devices: { port: string; facts: UsbDeviceFacts }[],
  devicesPolicy: NonNullable<PolicyInput['devices']> = {},
  source: ScriptedUsbSource = scriptedUsbSource(devices),
): Promise<Snapshot> {
  running = startInProcessCore([usbArea({ source: () => source, detectResume: false, onCreated: (a) => (area = a) })], {
    // A tax-device PC unless a test says otherwise.
    devices: { ...devicesPolicy, require: { taxDevice: true, ...devicesPolicy.require } },
  });
  return running.client.request('runChecks', {});
}

const reading = (s: Snapshot, id: string) => s.checks.find((c) => c.id === id)!;
const faultIds = (s: Snapshot) => s.faults.map((f) => f.id);

describe('USB checks and faults', () => {
  it('names the tax device, printer and card reader it finds, with VID:PID, port and since when', async () => {
    const s = await check([
      { port: '1-1', facts: aisinoDisk },
      { port: '1-2', facts: dascomPrinter },
      { port: '1-3', facts: acsReader },
      { port: '1-4', facts: mouse },
    ]);
    expect(s.overall).toBe('ok');
    expect(s.faults).toEqual([]);
    const tax = reading(s, 'usb.tax-device');
    expect(tax.status).toBe('ok');
    expect(tax.details.devices).toMatchObject([
      { role: 'taxDevice', vidPid: '101d:0003', port: '1-1', name: { zh: '航天信息 金税盘' }, state: 'present' },
    ]);
    expect(typeof (tax.details.devices as { since: string }[])[0]!.since).toBe('string');
    expect(reading(s, 'usb.printer').details.devices).toMatchObject([
      { vidPid: '20d1:2010', model: { en: 'DS-1100II' } },
    ]);
    expect(reading(s, 'usb.card-reader').status).toBe('ok');
    expect(JSON.stringify(tax.details)).not.toContain('JSP1'); // serial numbers stay out of reports
  });

  it('raises tax-device.missing when the policy requires one and none is plugged in', async () => {
    const s = await check([]);
    expect(reading(s, 'usb.tax-device').status).toBe('fault');
    expect(faultIds(s)).toEqual(['tax-device.missing']);
    expect(s.faults[0]).toMatchObject({ category: 'hardware', severity: 'critical', guide: 'tax-device.missing' });
  });

  it('says nothing is wrong without a tax device when the policy does not require one', async () => {
    const s = await check([], { require: { taxDevice: false } });
    expect(s.overall).toBe('ok');
    expect(reading(s, 'usb.tax-device').summary.key).toBe('check.usb.tax-device.not-required');
  });

  it('raises tax-device.bank-key-instead when only a bank U-shield is plugged in', async () => {
    const s = await check([{ port: '1-1', facts: bankKey }]);
    expect(faultIds(s)).toEqual(['tax-device.bank-key-instead']);
    expect(s.faults[0]!.evidence).toMatchObject({ vidPid: '1780:0410', role: 'bankKey' });
    expect(reading(s, 'usb.tax-device').summary.key).toBe('check.usb.tax-device.bank-key-instead');
  });

  it('raises tax-device.multiple when two tax devices are plugged in', async () => {
    const s = await check([
      { port: '1-1', facts: aisinoDisk },
      { port: '1-2', facts: excelsecuUkey },
    ]);
    expect(faultIds(s)).toEqual(['tax-device.multiple']);
    expect(s.faults[0]!.evidence).toMatchObject({ count: 2, vidPids: '101d:0003, 1ea8:b00b' });
    expect(reading(s, 'usb.tax-device').status).toBe('warning');
  });

  it('raises printer.usb-missing and card-reader.missing only when the policy requires them', async () => {
    const s = await check([{ port: '1-1', facts: aisinoDisk }], { require: { printer: true, cardReader: true } });
    expect(faultIds(s).sort()).toEqual(['card-reader.missing', 'printer.usb-missing']);
  });

  it('reads unknown, with the reason, when an unreadable device might be the required one', async () => {
    const s = await check([{ port: '1-5', facts: zeroIds }]);
    const tax = reading(s, 'usb.tax-device');
    expect(tax.status).toBe('unknown');
    expect(tax.summary).toMatchObject({ key: 'check.usb.unreadable.zero-ids', params: { port: '1-5' } });
    expect(s.faults).toEqual([]);
  });

  it('reads unknown when libusb cannot be used on this machine, and the core keeps running', async () => {
    const s = await check([], {}, scriptedUsbSource([], 'unavailable', 'libusb init failed (-99)'));
    expect(reading(s, 'usb.tax-device')).toMatchObject({
      status: 'unknown',
      summary: { key: 'check.usb.unavailable' },
      details: { error: 'libusb init failed (-99)' },
    });
    expect(s.faults).toEqual([]);
  });

  it('shows a printer behind a USB-to-parallel adapter as such', async () => {
    const s = await check([{ port: '1-1', facts: facts(0x067b, 0x2305, { interfaceClasses: [0x07] }) }], {
      require: { taxDevice: false },
    });
    expect(reading(s, 'usb.printer').summary.key).toBe('check.usb.printer.found-adapter');
  });

  it('follows plugs and pulls live and raises usb.flapping after repeated disconnects', async () => {
    const source = scriptedUsbSource([{ port: '1-1', facts: aisinoDisk }]);
    await check([], { debounceMs: 0, flapping: { disconnects: 3, windowSeconds: 60 } }, source);
    const next = () =>
      new Promise<Snapshot>((resolve) => {
        const off = running!.client.on('snapshot', (s) => {
          off();
          resolve(s);
        });
      });
    for (let i = 0; i < 3; i++) {
      const gone = next();
      source.unplug('1-1');
      expect(faultIds(await gone)).toContain('tax-device.missing');
      const back = next();
      source.plug('1-1', aisinoDisk);
      await back;
    }
    const s = await running!.client.request('getSnapshot', {});
    expect(faultIds(s)).toEqual(['usb.flapping']);
    expect(s.faults[0]!.evidence).toMatchObject({ vidPid: '101d:0003', port: '1-1', disconnects: 3 });
    expect(area!.rawEvents().filter((e) => e.type === 'detach')).toHaveLength(3);
  });

  it('renders every USB summary and fault title in Chinese and English from the catalogs', async () => {
    const zh = createTranslator('zh-CN');
    const en = createTranslator('en');
    const s = await check([{ port: '1-1', facts: bankKey }], { require: { printer: true, cardReader: true } });
    for (const c of s.checks) {
      for (const t of [zh, en]) {
        expect(t.has(c.summary.key)).toBe(true);
        expect(t.has(`check.${c.id}.name`)).toBe(true);
        expect(t.render(c.summary)).not.toMatch(/{{|\$t\(|usb\.device\./);
      }
    }
    for (const f of s.faults) for (const t of [zh, en]) expect(t.has(`fault.${f.id}.explain`)).toBe(true);
    expect(zh.render(reading(s, 'usb.tax-device').summary)).toContain('天地融 兴业银行U盾');
    expect(en.render(reading(s, 'usb.tax-device').summary)).toContain('Tendyron Industrial Bank U-shield');
  });

  it('names a device the catalog does not know by its own strings, and a policy device by the policy name', async () => {
    const en = createTranslator('en');
    const s = await check(
      [
        {
          port: '1-1',
          facts: facts(0x1234, 0x0001, { interfaceClasses: [0x07], manufacturer: 'Acme', product: 'LQ' }),
        },
        { port: '1-2', facts: facts(0xabcd, 0x0001) },
      ],
      {
        extraDevices: [
          { vid: 'abcd', pid: '0001', role: 'taxDevice', model: { zh: '省局UKey', en: 'Provincial UKey' } },
        ],
      },
    );
    expect(en.render(reading(s, 'usb.printer').summary)).toBe('Connected: Acme LQ (1234:0001, port 1-1)');
    expect(en.render(reading(s, 'usb.tax-device').summary)).toBe(
      'Connected: 省局UKey (Provincial UKey) (abcd:0001, port 1-2)',
    );
  });
});
