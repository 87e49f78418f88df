import type { CatalogEntry } from './device-types';

// Bank U-shields and CA keys seen on finance PCs (usb-devices.json "not_tax_but_seen_on_finance_pcs"
// and the CCID tokens). They must never be taken for a tax device: plugging the bank key instead of
// the tax key is a common, real mistake (fault tax-device.bank-key-instead).
const feitian = { zh: '飞天诚信', en: 'Feitian' };
const tendyron = { zh: '天地融', en: 'Tendyron' };
const watchdata = { zh: '握奇', en: 'Watchdata' };

export const securityKeys: readonly CatalogEntry[] = [
  bank('ccb-ushield', 0x163c, 0x548c, watchdata, { zh: '建设银行网银盾', en: 'China Construction Bank U-shield' }),
  bank('cmb-ushield-070b', 0x163c, 0x070b, watchdata, { zh: '招商银行U盾', en: 'China Merchants Bank U-shield' }),
  bank('cmb-ushield-0704', 0x163c, 0x0704, watchdata, { zh: '招商银行U盾', en: 'China Merchants Bank U-shield' }),
  bank('cib-ushield-feitian', 0x096e, 0x0727, feitian, { zh: '兴业银行U盾', en: 'Industrial Bank U-shield' }),
  {
    ...bank('cib-ushield-tendyron', 0x1780, 0x0410, tendyron, { zh: '兴业银行U盾', en: 'Industrial Bank U-shield' }),
    sources: ['MB', 'USBIF'],
  },
  bank('cmb-ushield-tendyron', 0x1780, 0x0491, tendyron, { zh: '招商银行U盾', en: 'China Merchants Bank U-shield' }),
  {
    ...bank('bj-bank-key', 0x096e, 0x0801, feitian, { zh: '北京银行U盾', en: 'Bank of Beijing key' }),
    sources: ['MB', 'LUI'],
    confidence: 'corroborated',
  },
  ca('sheca-key-1ea8', 0x1ea8, 0xc102, { zh: '文鼎创', en: 'Excelsecu' }, ['MB'], 'single-source'),
  ca('sheca-key-1d99', 0x1d99, 0x0013, { zh: 'Shanghai HSIC', en: 'Shanghai HSIC' }, ['MB', 'USBIF'], 'single-source'),
  {
    id: 'china-eport-key',
    vid: 0x1a56,
    pid: 0xdd01,
    role: 'caKey',
    vendor: { zh: '未知厂商', en: 'Unknown vendor' },
    model: { zh: '电子口岸卡', en: 'China E-Port key (电子口岸)' },
    sources: ['MB'],
    confidence: 'weak',
  },
  // CCID tokens from the CCID list: certificate keys, not tax devices and not card readers.
  ccidKey('feitian-epass2003', 0x096e, 0x0807, feitian, 'ePass2003', ['CCID', 'LUI'], 'corroborated'),
  ccidKey('watchdata-key-0407', 0x163c, 0x0407, watchdata, 'USB Key', ['CCID'], 'single-source'),
  ccidKey('watchdata-key-0417', 0x163c, 0x0417, watchdata, 'USB Key', ['CCID'], 'single-source'),
  ccidKey('watchdata-key-0418', 0x163c, 0x0418, watchdata, 'USB Key', ['CCID'], 'single-source'),
  ccidKey(
    'hdzb-ukey-k18',
    0x1677,
    0x0025,
    { zh: '华大电子', en: 'CIDC (HDZB)' },
    'uKeyCI800-K18',
    ['CCID'],
    'single-source',
  ),
  ccidKey('tianyu-ccid-key', 0xa625, 0x0801, { zh: '天喻', en: 'TianYu' }, 'CCID Key', ['CCID'], 'single-source'),
];

function bank(
  id: string,
  vid: number,
  pid: number,
  vendor: CatalogEntry['vendor'],
  model: CatalogEntry['model'],
): CatalogEntry {
  return { id, vid, pid, role: 'bankKey', vendor, model, sources: ['MB'], confidence: 'single-source' };
}

function ca(
  id: string,
  vid: number,
  pid: number,
  vendor: CatalogEntry['vendor'],
  sources: string[],
  confidence: CatalogEntry['confidence'],
): CatalogEntry {
  return {
    id,
    vid,
    pid,
    role: 'caKey',
    vendor,
    model: { zh: 'CA证书Key（协卡助手）', en: 'CA certificate key' },
    sources,
    confidence,
  };
}

function ccidKey(
  id: string,
  vid: number,
  pid: number,
  vendor: CatalogEntry['vendor'],
  model: string,
  sources: string[],
  confidence: CatalogEntry['confidence'],
): CatalogEntry {
  return { id, vid, pid, role: 'caKey', vendor, model: { zh: model, en: model }, sources, confidence };
}
