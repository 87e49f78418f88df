// Generated input for the printer parsers: lpstat's text (CUPS) and the Windows printer script's
// PowerShell JSON. Whatever a wrapper script, a wrong binary or a broken driver prints, the parser
// answers with printer state or a reason, never a throw; well-formed output reads back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { untrustedJson } from '../../../../support/untrusted-json';
import { parseCupsTime, parseLpstat } from '../../../../../electron/core/areas/printer/cups-parse';
import { parseWindowsPrinters, parseWmiTime } from '../../../../../electron/core/areas/printer/windows-printer-parse';
import type { PrinterRead } from '../../../../../electron/core/areas/printer/printer-model';

function wellFormed(read: PrinterRead): void {
  if (read.ok) {
    for (const p of read.state.printers) {
      expect(typeof p.name).toBe('string');
      expect(p.message.length).toBeLessThanOrEqual(500);
    }
  } else {
    expect(read.reason.length).toBeLessThanOrEqual(300);
  }
}

// Lines as lpstat prints them, and lines it never does, mixed.
const queueName = fc.stringMatching(/^[A-Za-z0-9_\-\u4e00-\u9fa5]{1,20}$/);
const lpstatLine = fc.oneof(
  queueName.map((n) => `printer ${n} is idle.  enabled since Fri Nov 27 08:00:00 2026`),
  queueName.map((n) => `printer ${n} disabled since Fri Nov 27 08:00:00 2026 -`),
  queueName.map((n) => `printer ${n} now printing ${n}-3.  enabled since Fri Nov 27 08:00:00 2026`),
  queueName.map((n) => `${n} accepting requests since Fri Nov 27 08:00:00 2026`),
  queueName.map((n) => `${n} not accepting requests since Fri Nov 27 08:00:00 2026 -`),
  queueName.map((n) => `system default destination: ${n}`),
  fc.constantFrom('\tAlerts: media-jam-error paused', '\tDescription: x', '\tConnection: direct', '\tpaper jam'),
  queueName.map((n) => `${n}-12   root   1024   Fri Nov 27 08:00:00 2026`),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('lpstat output, generated', () => {
  it('answers any stdout, stderr and exit code without throwing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ maxLength: 100 }),
        fc.integer({ min: -1, max: 255 }),
        (out, err, code) => wellFormed(parseLpstat(out, err, code)),
      ),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('answers any mix of real and junk lines', () => {
    fc.assert(
      fc.property(fc.array(lpstatLine, { maxLength: 30 }), (lines) => wellFormed(parseLpstat(lines.join('\n'), '', 0))),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('reads back every queue of well-formed output, with its state', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(queueName, fc.boolean()), { selector: ([n]) => n, maxLength: 10 }),
        (queues) => {
          const text = queues
            .map(([n, paused]) =>
              paused
                ? `printer ${n} disabled since Fri Nov 27 08:00:00 2026 -\n\tpaper jam`
                : `printer ${n} is idle.  enabled since Fri Nov 27 08:00:00 2026`,
            )
            .join('\n');
          const read = parseLpstat(`${text}\n`, '', 0);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(read.state.printers.map((p) => [p.name, p.paused])).toEqual(queues);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reads any time text to a number or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const t = parseCupsTime(text);
        expect(t === null || Number.isFinite(t)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('the Windows printer script output (PowerShell JSON), generated', () => {
  const printer = fc.record(
    {
      Name: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null)),
      Default: fc.oneof(fc.boolean(), fc.string({ maxLength: 5 })),
      PrinterStatus: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.string({ maxLength: 3 })),
      ExtendedPrinterStatus: fc.integer({ min: -5, max: 10 }),
      PrinterState: fc.oneof(fc.integer({ min: 0, max: 0xffffff }), fc.double()),
      DetectedErrorState: fc.integer({ min: 0, max: 12 }),
      WorkOffline: fc.oneof(fc.boolean(), fc.constant('True')),
      DriverName: fc.string({ maxLength: 400 }),
      PortName: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: [] },
  );
  const job = fc.record(
    {
      Name: fc.string({ maxLength: 30 }),
      JobId: fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), untrustedJson()),
      TimeSubmitted: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: [] },
  );

  it('answers any JSON value or text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          untrustedJson().map((v) => JSON.stringify(v)),
          fc.string({ unit: 'binary', maxLength: 200 }),
        ),
        (text) => wellFormed(parseWindowsPrinters(text)),
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('answers printer and job lists of any shape (one object, arrays, odd field types)', () => {
    fc.assert(
      fc.property(
        fc.oneof(printer, fc.array(printer, { maxLength: 6 })),
        fc.oneof(job, fc.array(job, { maxLength: 6 }), fc.constant(null)),
        (printers, jobs) => {
          const read = parseWindowsPrinters(JSON.stringify({ printers, jobs }));
          wellFormed(read);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          const named = (Array.isArray(printers) ? printers : [printers]).filter(
            (p) => typeof p.Name === 'string' && p.Name,
          );
          expect(read.state.printers.map((p) => p.name)).toEqual(named.map((p) => p.Name));
        },
      ),
      { numRuns: 800 },
    );
  }, 60_000);

  it('reads any WMI date to a number or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), untrustedJson()), (value) => {
        const t = parseWmiTime(value);
        expect(t === null || typeof t === 'number').toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
