import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQueue } from '../../../../../electron/core/areas/printer/evaluate-queue';
import { parseWindowsPrinters, parseWmiTime } from '../../../../../electron/core/areas/printer/windows-printer-parse';
import { printersPolicySchema } from '../../../../../shared/policy/printers-policy';

const fixture = (name: string): string =>
  readFileSync(path.resolve(__dirname, '../../../../fixtures/windows', name), 'utf8');
const at = Date.parse('2026-11-27T02:30:00Z');
const policy = (p: object = {}) => printersPolicySchema.parse(p);

describe('Windows printers (recorded Win32_Printer / Win32_PrintJob shapes)', () => {
  it('reads several printers, the default one and each job’s printer', () => {
    const read = parseWindowsPrinters(fixture('printers-several.json'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.state.defaultName).toBe('DASCOM DS-1100II');
    expect(read.state.printers.map((p) => p.name)).toHaveLength(4);
    expect(read.state.jobs).toEqual([
      { id: '12', printer: 'DASCOM DS-1100II', submittedAt: Date.parse('2026-11-27T01:00:00Z') },
      { id: '3', printer: 'Microsoft Print to PDF', submittedAt: Date.parse('2026-11-27T02:29:00Z') },
    ]);
  });

  it('flags the default invoice printer’s 90-minute-old job as stuck', () => {
    const outcome = evaluateQueue(parseWindowsPrinters(fixture('printers-several.json')), policy(), at);
    expect(outcome).toMatchObject({
      status: 'warning',
      details: { printer: 'DASCOM DS-1100II', problems: ['jobs-stuck'], oldestStuckMinutes: 90 },
    });
  });

  it('sees a network printer offline by status 7 and a USB one set to "Use printer offline"', () => {
    const read = parseWindowsPrinters(fixture('printers-several.json'));
    const epson = evaluateQueue(read, policy({ invoicePrinter: '*LQ-630K' }), at);
    expect(epson).toMatchObject({
      status: 'fault',
      details: { printer: '\\\\FIN-SRV\\Epson LQ-630K', problems: ['offline'] },
    });
    const jolimark = evaluateQueue(read, policy({ invoicePrinter: 'jolimark*' }), at);
    expect(jolimark.details).toMatchObject({ offline: true, problems: ['offline'] });
  });

  it('reads a paused printer (PrinterState bit 0x1, extended status 8) as paused', () => {
    const outcome = evaluateQueue(parseWindowsPrinters(fixture('printers-paused.json')), policy(), at);
    expect(outcome).toMatchObject({ status: 'fault', summary: { key: 'check.printer.queue.paused' } });
  });

  it('reads PowerShell 5.1 output: BOM, a single unwrapped printer, /Date()/ and DMTF dates, Chinese names with commas', () => {
    const read = parseWindowsPrinters(fixture('printers-ps51-chinese.json'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.state.printers).toEqual([expect.objectContaining({ name: '映美 FP-620K+, 发票', error: 'jammed' })]);
    expect(read.state.jobs.map((j) => [j.printer, j.submittedAt])).toEqual([
      ['映美 FP-620K+, 发票', Date.parse('2026-11-27T01:00:00Z')],
      ['映美 FP-620K+, 发票', Date.parse('2026-11-27T01:00:00Z')],
    ]);
    const outcome = evaluateQueue(read, policy(), at);
    expect(outcome.details).toMatchObject({ error: 'jammed', problems: ['jobs-stuck'] });
  });

  it('with no printers installed says so', () => {
    expect(evaluateQueue(parseWindowsPrinters(fixture('printers-empty.json')), policy(), at).summary.key).toBe(
      'check.printer.queue.noPrinters',
    );
  });

  it('turns garbage (an error in the console code page) into unknown with the reason', () => {
    const read = parseWindowsPrinters(
      readFileSync(path.resolve(__dirname, '../../../../fixtures/windows/printers-garbage.txt'), 'latin1'),
    );
    expect(read).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(evaluateQueue(read, policy(), at).status).toBe('unknown');
    expect(parseWindowsPrinters('[1,2]')).toMatchObject({ ok: false });
    expect(parseWindowsPrinters('{"printers":"nope","jobs":7}')).toMatchObject({ ok: true, state: { printers: [] } });
    const oddJob = parseWindowsPrinters('{"printers":[],"jobs":[{"Name":"Invoice, 12","JobId":{"toString":0}}]}');
    expect(oddJob).toMatchObject({ ok: true, state: { jobs: [{ id: '12', printer: 'Invoice' }] } });
  });

  it('reads WMI dates in every shape and refuses nonsense', () => {
    expect(parseWmiTime('20261127090000.000000+480')).toBe(Date.parse('2026-11-27T01:00:00Z'));
    expect(parseWmiTime('20261127090000.000000-300')).toBe(Date.parse('2026-11-27T14:00:00Z'));
    expect(parseWmiTime('/Date(1795741200000)/')).toBe(1795741200000);
    expect(parseWmiTime('yesterday-ish')).toBeNull();
    expect(parseWmiTime(null)).toBeNull();
  });
});
