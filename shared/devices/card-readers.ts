import type { CatalogEntry, LocalName } from './device-types';

// Smart-card readers from the CCID driver's supported list. Any other device with a smart-card
// (0x0B) interface is also taken as a card reader by identify.ts.
const feitian = { zh: '飞天诚信', en: 'Feitian' };

export const cardReaders: readonly CatalogEntry[] = [
  {
    ...reader('feitian-502cl', 0x096e, 0x0608, feitian, '502-CL'),
    sources: ['CCID', 'LUI'],
    confidence: 'corroborated',
  },
  reader('feitian-br301', 0x096e, 0x0624, feitian, 'bR301'),
  reader('feitian-scr310', 0x096e, 0x0505, feitian, 'SCR310'),
  reader('watchdata-w5181', 0x163c, 0x0a03, { zh: '握奇', en: 'Watchdata' }, 'W5181'),
  reader('excelsecu-reader', 0x1ea8, 0x8013, { zh: '文鼎创', en: 'Excelsecu' }, 'Card reader'),
  reader('hsic-ccid-reader', 0x1d99, 0x0016, { zh: 'Shanghai HSIC', en: 'Shanghai HSIC' }, 'CCID-Reader'),
  {
    ...reader('acs-acr38u', 0x072f, 0x90cc, { zh: 'ACS', en: 'ACS' }, 'ACR38U-CCID'),
    sources: ['CCID', 'LUI'],
    confidence: 'corroborated',
  },
];

function reader(id: string, vid: number, pid: number, vendor: LocalName, model: string): CatalogEntry {
  return {
    id,
    vid,
    pid,
    role: 'cardReader',
    vendor,
    model: { zh: model, en: model },
    sources: ['CCID'],
    confidence: 'single-source',
  };
}
