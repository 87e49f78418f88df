import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../electron/cli/cli-args';
import { parseDateArg } from '../../../electron/cli/parse-date-arg';
import { journalExitCode } from '../../../electron/cli/journal-command';
import type { Incident } from '../../../shared/journal/incident';

// Dates are read in the PC's zone: pin one for the test (Node reads TZ when a Date needs it).
let savedTz: string | undefined;
beforeEach(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('invoiceguard journal and bundle arguments', () => {
  it('reads journal filters and the output format', () => {
    expect(
      parseCliArgs([
        'journal',
        '--since',
        '2026-11-01',
        '--until',
        '2026-11-30',
        '--fault',
        'tax-device.missing',
        '--csv',
      ]),
    ).toEqual({
      command: 'journal',
      format: 'csv',
      since: '2026-10-31T16:00:00.000Z',
      until: '2026-11-30T15:59:59.999Z',
      faultId: 'tax-device.missing',
    });
    expect(parseCliArgs(['journal', '--json', '--data-dir', '/tmp/x'])).toMatchObject({
      format: 'json',
      dataDir: '/tmp/x',
    });
    expect(parseCliArgs(['bundle', '--out', 'support.zip'])).toEqual({
      command: 'bundle',
      json: false,
      out: 'support.zip',
    });
  });

  it.each([
    [['journal', '--json', '--csv'], 'cli.journal.bothFormats'],
    [['journal', '--since', 'yesterday'], 'cli.journal.badDate'],
    [['journal', '--since', '2026-02-30'], 'cli.journal.badDate'],
    [['bundle'], 'cli.bundle.needOut'],
    [['check', '--since', '2026-11-01'], 'cli.badArgs'],
    [['journal', '--fault', ''], 'cli.badArgs'],
  ])('refuses %j with %s (exit 3)', (argv, key) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    try {
      parseCliArgs(argv);
    } catch (error) {
      expect((error as CliUsageError).key).toBe(key);
    }
  });
});

describe('dates on the command line', () => {
  it('reads days, local times and zoned times', () => {
    expect(parseDateArg('2026-11-27', 'start')).toBe('2026-11-26T16:00:00.000Z');
    expect(parseDateArg('2026-11-27', 'end')).toBe('2026-11-27T15:59:59.999Z');
    expect(parseDateArg('2026-11-27T09:30', 'start')).toBe('2026-11-27T01:30:00.000Z');
    expect(parseDateArg('2026-11-27 09:30:15', 'end')).toBe('2026-11-27T01:30:15.000Z');
    expect(parseDateArg('2026-11-27T01:30:00Z', 'start')).toBe('2026-11-27T01:30:00.000Z');
    expect(parseDateArg('2026-11-27T09:30:00+08:00', 'start')).toBe('2026-11-27T01:30:00.000Z');
  });
});

describe('the journal exit code', () => {
  const incident = (status: 'open' | 'closed', severity: 'critical' | 'warning'): Incident =>
    ({ status, severity }) as Incident;
  it('is 2 for an open critical incident, 1 for another open one or skipped lines, else 0', () => {
    expect(journalExitCode([incident('open', 'critical'), incident('open', 'warning')], 0)).toBe(2);
    expect(journalExitCode([incident('open', 'warning')], 0)).toBe(1);
    expect(journalExitCode([incident('closed', 'critical')], 3)).toBe(1);
    expect(journalExitCode([incident('closed', 'critical')], 0)).toBe(0);
    expect(journalExitCode([], 0)).toBe(0);
  });
});
