import { describe, expect, it } from 'vitest';
import type { PrinterQueue } from '../../../../../electron/core/areas/printer/printer-model';
import { selectPrinter } from '../../../../../electron/core/areas/printer/select-printer';

const queue = (name: string): PrinterQueue => ({
  name,
  paused: false,
  accepting: true,
  offline: false,
  error: null,
  printing: false,
  message: '',
});
const printers = ['HP LaserJet (USB)', 'Jolimark FP-630K+', 'jolimark-backup', '发票打印机'].map(queue);

describe('finding the invoice printer the policy names', () => {
  it('prefers an exact name, ignoring case, even when it contains pattern-like characters', () => {
    expect(selectPrinter(printers, 'hp laserjet (usb)')?.name).toBe('HP LaserJet (USB)');
    expect(selectPrinter(printers, 'Jolimark FP-630K+')?.name).toBe('Jolimark FP-630K+');
  });

  it('matches * and ? patterns, choosing the first in name order for a stable answer', () => {
    expect(selectPrinter(printers, 'jolimark*')?.name).toBe('Jolimark FP-630K+');
    expect(selectPrinter(printers, '*(USB)')?.name).toBe('HP LaserJet (USB)');
    expect(selectPrinter(printers, '发票打印?')?.name).toBe('发票打印机');
  });

  it('does not treat a plain name as a substring search', () => {
    expect(selectPrinter(printers, 'Jolimark')).toBeUndefined();
  });
});
