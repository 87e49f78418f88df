import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noOsStrings, sysfsStringReader } from '../../../../../electron/core/areas/usb/sysfs-strings';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reading device strings from sysfs instead of the device', () => {
  it('reads manufacturer, product and serial of the device at a port path, trimmed', () => {
    root = mkdtempSync(path.join(tmpdir(), 'ig-sysfs-'));
    mkdirSync(path.join(root, '1-1.4'));
    writeFileSync(path.join(root, '1-1.4/manufacturer'), 'Aisino\n');
    writeFileSync(path.join(root, '1-1.4/product'), 'USB Flash Disk\n');
    writeFileSync(path.join(root, '1-1.4/serial'), 'JSP0001\n');
    expect(sysfsStringReader(root)('1-1.4')).toEqual({
      manufacturer: 'Aisino',
      product: 'USB Flash Disk',
      serial: 'JSP0001',
    });
  });

  it('leaves out strings the device does not have and copes with a device that is already gone', () => {
    root = mkdtempSync(path.join(tmpdir(), 'ig-sysfs-'));
    mkdirSync(path.join(root, '1-2'));
    writeFileSync(path.join(root, '1-2/product'), '\n');
    expect(sysfsStringReader(root)('1-2')).toEqual({});
    expect(sysfsStringReader(root)('1-9')).toEqual({});
    expect(noOsStrings('1-2')).toEqual({});
  });
});
