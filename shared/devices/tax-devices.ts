import type { CatalogEntry } from './device-types';

// Tax devices (金税盘 / 税控盘 / 税务UKey), from usb-devices.json. MB identifies them among USB
// mass-storage interfaces by VID:PID plus the manufacturer/product strings.
const aisino = { zh: '航天信息', en: 'Aisino' };
const ukey = { zh: '税务UKey', en: 'Tax UKey (税务UKey)' };

export const taxDevices: readonly CatalogEntry[] = [
  {
    id: 'aisino-golden-tax-disk',
    vid: 0x101d,
    pid: 0x0003,
    role: 'taxDevice',
    vendor: aisino,
    model: { zh: '金税盘', en: 'Golden Tax Disk (金税盘)' },
    match: { manufacturer: ['aisino', 'aisno'], product: ['usb flash disk'] },
    sources: ['MB', 'CS'],
    confidence: 'corroborated',
  },
  {
    id: 'aisino-tax-ukey',
    vid: 0x101d,
    pid: 0x0003,
    role: 'taxDevice',
    vendor: aisino,
    model: ukey,
    match: { product: ['chinatax', 'swukey'] },
    sources: ['MB'],
    confidence: 'single-source',
  },
  {
    // Without strings (Windows, or a device the OS has not described) 101d:0003 is ambiguous.
    id: 'aisino-101d-0003',
    vid: 0x101d,
    pid: 0x0003,
    role: 'taxDevice',
    vendor: aisino,
    model: { zh: '金税盘或税务UKey（无法区分）', en: 'Golden Tax Disk or Tax UKey (cannot tell which)' },
    candidates: ['aisino-golden-tax-disk', 'aisino-tax-ukey'],
    sources: ['MB', 'USBIF', 'CS'],
    confidence: 'corroborated',
  },
  {
    id: 'aisino-tax-ukey-0005',
    vid: 0x101d,
    pid: 0x0005,
    role: 'taxDevice',
    vendor: aisino,
    model: ukey,
    sources: ['MB', 'USBIF'],
    confidence: 'single-source',
  },
  {
    id: 'aisino-101d-0001',
    vid: 0x101d,
    pid: 0x0001,
    role: 'taxDevice',
    vendor: aisino,
    model: { zh: '航天信息设备（型号不明）', en: 'Aisino device (model unknown)' },
    sources: ['CS'],
    confidence: 'weak',
  },
  {
    id: 'aisino-101d-0002',
    vid: 0x101d,
    pid: 0x0002,
    role: 'taxDevice',
    vendor: aisino,
    model: { zh: '航天信息设备（型号不明）', en: 'Aisino device (model unknown)' },
    sources: ['CS'],
    confidence: 'weak',
  },
  {
    id: 'nisec-tax-control-disk',
    vid: 0x1432,
    pid: 0x07dc,
    role: 'taxDevice',
    vendor: { zh: '百旺', en: 'Baiwang (NISEC)' },
    model: { zh: '税控盘', en: 'Tax Control Disk (税控盘)' },
    sources: ['MB', 'USBIF'],
    confidence: 'single-source',
  },
  {
    id: 'nisec-check-key',
    vid: 0x1432,
    pid: 0x07e2,
    role: 'taxDevice',
    vendor: { zh: '百旺', en: 'Baiwang (NISEC)' },
    model: { zh: '勾选Key', en: 'Invoice selection key (勾选Key)' },
    sources: ['MB', 'USBIF'],
    confidence: 'single-source',
  },
  ukeyEntry('watertek-tax-ukey', 0x1432, 0x07d0, { zh: '旋极', en: 'Beijing Watertek' }, ['MB', 'USBIF']),
  ukeyEntry('zhijiu-tax-ukey', 0x14d6, 0xa002, { zh: 'Beijing Zhijiu', en: 'Beijing Zhijiu' }, ['MB', 'USBIF']),
  ukeyEntry('jinsui-tax-ukey', 0x3254, 0xff10, { zh: '河南航天金穗', en: 'Henan Aerospace Jinsui' }, ['MB', 'USBIF']),
  ukeyEntry('cidc-tax-ukey', 0x1677, 0x6101, { zh: '华大电子', en: 'CIDC (China Huada)' }, ['MB', 'USBIF', 'LUI']),
  ukeyEntry('vid2012-tax-ukey', 0x2012, 0x2010, { zh: '未知厂商', en: 'Unknown vendor' }, ['MB']),
  ukeyEntry('jinke-tax-ukey', 0x287f, 0x00d4, { zh: 'Beijing Jinke XinAn', en: 'Beijing Jinke XinAn' }, [
    'MB',
    'USBIF',
  ]),
  ukeyEntry('excelsecu-tax-ukey', 0x1ea8, 0xb00b, { zh: '文鼎创', en: 'Excelsecu' }, ['MB', 'USBIF']),
  ukeyEntry('swukey-d449-tax-ukey', 0xd449, 0x0001, { zh: '未知厂商', en: 'Unknown vendor' }, ['MB']),
  ukeyEntry('watchdata-tax-ukey', 0x163c, 0x5480, { zh: '握奇', en: 'Watchdata' }, ['MB', 'USBIF']),
  {
    ...ukeyEntry('rongan-tax-ukey', 0x2ec9, 0x1001, { zh: '神州融安', en: 'Rongan' }, ['MB', 'USBIF']),
    match: { product: ['swukey', 'chinatax'] },
  },
  {
    // Same VID:PID, product 'USBKEY 200': an Agricultural Bank of China key, not a tax device.
    id: 'rongan-abc-bank-key',
    vid: 0x2ec9,
    pid: 0x1001,
    role: 'bankKey',
    vendor: { zh: '神州融安', en: 'Rongan' },
    model: { zh: '农业银行K宝', en: 'Agricultural Bank key' },
    match: { product: ['usbkey 200'] },
    sources: ['MB'],
    confidence: 'single-source',
  },
  {
    // Without strings it is most likely the tax UKey on an invoicing PC, but it may be the bank key.
    id: 'rongan-2ec9-1001',
    vid: 0x2ec9,
    pid: 0x1001,
    role: 'taxDevice',
    vendor: { zh: '神州融安', en: 'Rongan' },
    model: { zh: '税务UKey或农业银行K宝（无法区分）', en: 'Tax UKey or Agricultural Bank key (cannot tell which)' },
    candidates: ['rongan-tax-ukey', 'rongan-abc-bank-key'],
    sources: ['MB', 'USBIF'],
    confidence: 'single-source',
  },
  ukeyEntry('vid3a59-tax-ukey', 0x3a59, 0x4458, { zh: '未知厂商', en: 'Unknown vendor' }, ['MB']),
];

function ukeyEntry(
  id: string,
  vid: number,
  pid: number,
  vendor: CatalogEntry['vendor'],
  sources: string[],
): CatalogEntry {
  return { id, vid, pid, role: 'taxDevice', vendor, model: ukey, sources, confidence: 'single-source' };
}
