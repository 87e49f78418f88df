import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../shared/devices/device-catalog';
import { identifyDevice } from '../../../shared/devices/identify-device';
import { policyCatalogEntries } from '../../../shared/devices/policy-devices';
import { facts } from '../../electron/core/areas/usb/usb-fixtures';

const identify = (f: Parameters<typeof identifyDevice>[0]) => identifyDevice(f, builtInCatalog);

describe('identifying a USB device without opening it', () => {
  it('names an Aisino Golden Tax Disk when the OS strings say USB Flash Disk', () => {
    const id = identify(facts(0x101d, 0x0003, { manufacturer: 'Aisino', product: 'USB Flash Disk' }));
    expect(id).toMatchObject({ role: 'taxDevice', entryId: 'aisino-golden-tax-disk', matchedBy: 'catalog+strings' });
    expect(id.model?.zh).toBe('金税盘');
    expect(id.ambiguity).toBeUndefined();
  });

  it('names an Aisino-made Tax UKey on the same VID:PID from its product string', () => {
    const id = identify(facts(0x101d, 0x0003, { manufacturer: 'Aisino', product: 'ChinaTax SWUKey' }));
    expect(id).toMatchObject({ role: 'taxDevice', entryId: 'aisino-tax-ukey' });
  });

  it('says 101d:0003 is a Golden Tax Disk or a Tax UKey when the OS exposes no strings', () => {
    const id = identify(facts(0x101d, 0x0003));
    expect(id.role).toBe('taxDevice');
    expect(id.ambiguity).toEqual({ reason: 'no-strings', candidates: ['aisino-golden-tax-disk', 'aisino-tax-ukey'] });
    expect(id.model?.zh).toContain('无法区分');
  });

  it('keeps 2ec9:1001 ambiguous between a Tax UKey and a bank key without strings, and tells them apart with them', () => {
    expect(identify(facts(0x2ec9, 0x1001)).ambiguity?.candidates).toEqual(['rongan-tax-ukey', 'rongan-abc-bank-key']);
    expect(identify(facts(0x2ec9, 0x1001, { product: 'USBKEY 200' })).role).toBe('bankKey');
    expect(identify(facts(0x2ec9, 0x1001, { product: 'SWUKey' })).role).toBe('taxDevice');
  });

  it('reports strings that match no variant as ambiguous rather than guessing', () => {
    const id = identify(facts(0x101d, 0x0003, { manufacturer: 'Other', product: 'Thing' }));
    expect(id.ambiguity?.reason).toBe('strings-unmatched');
  });

  it('never takes a bank U-shield or a CA key for a tax device', () => {
    expect(identify(facts(0x1780, 0x0410)).role).toBe('bankKey');
    expect(identify(facts(0x163c, 0x548c)).role).toBe('bankKey');
    expect(identify(facts(0x1d99, 0x0013)).role).toBe('caKey');
    expect(identify(facts(0x096e, 0x0807, { interfaceClasses: [0x0b] })).role).toBe('caKey');
  });

  it('recognises catalog printers and a USB-to-parallel bridge as a printer behind an adapter', () => {
    expect(identify(facts(0x20d1, 0x2010)).model?.en).toBe('DS-1100II');
    expect(identify(facts(0x067b, 0x2305))).toMatchObject({ role: 'printer', adapter: true });
  });

  it('falls back to the USB class: 0x07 is a printer, 0x0B a card reader', () => {
    expect(identify(facts(0x1234, 0x0001, { interfaceClasses: [0x07] }))).toMatchObject({
      role: 'printer',
      matchedBy: 'class',
    });
    expect(identify(facts(0x1234, 0x0002, { interfaceClasses: [0x0b] }))).toMatchObject({
      role: 'cardReader',
      matchedBy: 'class',
    });
    expect(identify(facts(0x1234, 0x0003, { deviceClass: 0x07, interfaceClasses: null }))).toMatchObject({
      role: 'printer',
    });
  });

  it('recognises an unknown Tax UKey model by its ChinaTax product string (weak)', () => {
    expect(identify(facts(0x9999, 0x0001, { product: 'ChinaTax SWUKey' }))).toMatchObject({
      role: 'taxDevice',
      matchedBy: 'strings',
      confidence: 'weak',
    });
  });

  it('ignores hubs, mice and other devices', () => {
    expect(identify(facts(0x1d6b, 0x0002, { deviceClass: 0x09, interfaceClasses: [0x09] })).role).toBe('other');
    expect(identify(facts(0x046d, 0xc077, { interfaceClasses: [0x03] })).role).toBe('other');
  });

  it('turns odd or unreadable descriptors into unknown with the reason', () => {
    expect(identify(facts(0, 0))).toMatchObject({ role: 'unknown', unknownReason: 'zero-ids' });
    expect(identify(facts(0x1234, 0x5678, { interfaceClasses: null, numConfigurations: 0 }))).toMatchObject({
      role: 'unknown',
      unknownReason: 'no-configuration',
    });
    expect(
      identify(facts(0x1234, 0x5678, { interfaceClasses: null, descriptorError: 'LIBUSB_ERROR_IO' })),
    ).toMatchObject({
      role: 'unknown',
      unknownReason: 'descriptor-unreadable',
    });
  });

  it('lets the policy add a device and override a built-in entry', () => {
    const catalog = [
      ...policyCatalogEntries([
        { vid: 'abcd', pid: '0001', role: 'taxDevice', model: { zh: '省局UKey', en: 'Provincial UKey' } },
        { vid: '20d1', pid: '2010', role: 'cardReader' },
      ]),
      ...builtInCatalog,
    ];
    expect(identifyDevice(facts(0xabcd, 0x0001), catalog)).toMatchObject({
      role: 'taxDevice',
      matchedBy: 'policy',
      confidence: 'policy',
    });
    expect(identifyDevice(facts(0x20d1, 0x2010), catalog).role).toBe('cardReader');
  });

  it('does not apply a string-narrowed policy entry to a device whose strings say otherwise', () => {
    const catalog = policyCatalogEntries([{ vid: 'abcd', pid: '0002', role: 'taxDevice', product: 'SWUKEY' }]);
    expect(identifyDevice(facts(0xabcd, 0x0002, { product: 'SWUKEY v2' }), catalog).role).toBe('taxDevice');
    expect(identifyDevice(facts(0xabcd, 0x0002, { product: 'Camera', interfaceClasses: [0x0e] }), catalog).role).toBe(
      'other',
    );
    expect(identifyDevice(facts(0xabcd, 0x0002), catalog)).toMatchObject({
      role: 'taxDevice',
      ambiguity: { reason: 'no-strings', candidates: ['policy-0'] },
    });
  });
});
