import type { CatalogEntry, LocalName } from './device-types';

// Invoice printers (mostly dot-matrix on pre-printed paper) and the USB-to-parallel bridges many of
// them sit behind. VID:PID lists are incomplete by nature: identify.ts also accepts any device with a
// printer-class (0x07) interface.
const dascom = { zh: '得实', en: 'DASCOM' };
const jolimark = { zh: '映美', en: 'Jolimark' };
const start = { zh: '实达', en: 'START' };
const epson = { zh: '爱普生', en: 'Epson' };

export const printers: readonly CatalogEntry[] = [
  printer('dascom-ds1100ii', 0x20d1, 0x2010, dascom, 'DS-1100II', ['PAS']),
  printer('dascom-ds2600ii', 0x20d1, 0x200e, dascom, 'DS-2600II', ['PAS']),
  printer('dascom-ds5400', 0x0401, 0x0210, dascom, 'DS-1700/DS-5400H/DS-5400III/DS-6400III', ['PAS']),
  printer('dascom-ds3200', 0x08bd, 0x020b, dascom, 'DS-3200IV/DS-3200H', ['PAS']),
  printer('dascom-ds1900y', 0x2867, 0x1105, dascom, 'DS-1900Y', ['PAS']),
  printer('dascom-dl218z', 0x2867, 0x1521, dascom, 'DL-218Z', ['PAS']),
  {
    ...printer('canon-lbp2900', 0x04a9, 0x2676, { zh: '佳能', en: 'Canon' }, 'LBP2900', ['PAS', 'LUI']),
    confidence: 'corroborated',
  },
  printer('start-1bc3-0003', 0x1bc3, 0x0003, start, { zh: '实达打印机', en: 'START printer' }, ['PAS']),
  printer('start-0aa7-4300', 0x0aa7, 0x4300, start, { zh: '实达打印机', en: 'START printer' }, ['PAS']),
  printer('jolimark-mp220dc', 0x1ba0, 0x2101, jolimark, 'MP-220DC', ['PAS']),
  printer('jolimark-fp830k', 0x1ba0, 0x111d, jolimark, 'FP-830K', ['PAS']),
  printer('jolimark-fp570kii', 0x1ba0, 0x1109, jolimark, 'FP-570KII', ['PAS']),
  printer('epson-lq80kfii', 0x04b8, 0x006a, epson, 'LQ-80KFII', ['PAS']),
  printer('epson-0005', 0x04b8, 0x0005, epson, { zh: '爱普生打印机', en: 'Epson printer' }, ['LUI']),
  printer('gprinter-zh380', 0x6868, 0x0500, { zh: '佳博', en: 'Gprinter' }, 'ZH-380 / GP-R222C', ['SPD']),
  printer('gprinter-gp58', 0x6868, 0x0200, { zh: '佳博', en: 'Gprinter' }, 'GP-58MBIII+', ['SPD']),
  printer('xprinter-t58h', 0x0483, 0x5743, { zh: '芯烨', en: 'Xprinter' }, 'XP-T58H', ['SPD']),
  printer('xprinter-p323b', 0x2d37, 0xcbb4, { zh: '芯烨', en: 'Xprinter' }, 'XP-P323B', ['SPD']),
  printer('hprt-hm-a300s', 0x20d1, 0x7007, { zh: '汉印', en: 'HPRT' }, 'HM-A300S', ['SPD']),
  {
    ...bridge('prolific-pl2305', 0x067b, 0x2305, { zh: 'Prolific', en: 'Prolific' }, 'PL2305'),
    sources: ['PAS', 'LUI'],
    confidence: 'corroborated',
  },
  { ...bridge('wch-ch341-parallel', 0x1a86, 0x5584, { zh: '沁恒', en: 'WCH' }, 'CH341'), sources: ['LUI'] },
];

function printer(
  id: string,
  vid: number,
  pid: number,
  vendor: LocalName,
  model: string | LocalName,
  sources: string[],
): CatalogEntry {
  const name = typeof model === 'string' ? { zh: model, en: model } : model;
  return { id, vid, pid, role: 'printer', vendor, model: name, sources, confidence: 'single-source' };
}

function bridge(id: string, vid: number, pid: number, vendor: LocalName, chip: string): CatalogEntry {
  return {
    id,
    vid,
    pid,
    role: 'printer',
    vendor,
    model: { zh: `${chip} USB转并口（打印机接在转换器后）`, en: `${chip} USB-to-parallel adapter (printer behind it)` },
    adapter: true,
    sources: ['LUI'],
    confidence: 'single-source',
  };
}
