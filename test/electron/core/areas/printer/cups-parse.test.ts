import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCupsTime, parseLpstat } from '../../../../../electron/core/areas/printer/cups-parse';

const mixed = readFileSync(path.resolve(__dirname, '../../../../fixtures/cups/lpstat-mixed.txt'), 'utf8');

describe('lpstat output (CUPS 2.4, C locale)', () => {
  it('reads queues, their states, acceptance and jobs from one lpstat call', () => {
    const read = parseLpstat(mixed, '', 0);
    if (!read.ok) throw new Error(read.reason);
    const byName = Object.fromEntries(read.state.printers.map((p) => [p.name, p]));
    expect(read.state.defaultName).toBe('Invoice');
    expect(byName['发票打印机']).toMatchObject({ paused: false, offline: false, accepting: true });
    expect(byName.Off).toMatchObject({ offline: true, printing: true });
    expect(byName.Jam).toMatchObject({ error: 'media-jam-error', offline: false });
    expect(byName.Paused).toMatchObject({ paused: true, accepting: false, message: 'paper jam' });
    expect(read.state.jobs.map((j) => [j.id, j.printer])).toEqual([
      ['Paused-2', 'Paused'],
      ['Off-7', 'Off'],
    ]);
  });

  it('treats "No destinations added" as zero printers, not an error', () => {
    expect(parseLpstat('no system default destination\n', 'lpstat: No destinations added.\n', 1)).toEqual({
      ok: true,
      state: { printers: [], defaultName: null, jobs: [] },
    });
  });

  it('says the scheduler is down when CUPS is not running', () => {
    expect(parseLpstat('', 'lpstat: Scheduler is not running.\n', 1)).toMatchObject({
      ok: false,
      problem: 'service-down',
    });
  });

  it('rejects garbage output instead of reporting zero printers', () => {
    expect(parseLpstat('\u0000\u00ff<html>Not lpstat</html>\nrandom words here\n', '', 0)).toMatchObject({
      ok: false,
      problem: 'unreadable',
    });
    expect(parseLpstat('', 'Segmentation fault', 139)).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('reads the C-locale job time as local time and refuses nonsense', () => {
    expect(parseCupsTime('Fri Nov 27 23:26:22 2026')).toBe(new Date(2026, 10, 27, 23, 26, 22).getTime());
    expect(parseCupsTime('garbage')).toBeNull();
  });
});
