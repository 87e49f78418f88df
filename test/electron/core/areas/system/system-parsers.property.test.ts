// Generated journalctl and PowerShell (event log, reboot markers, security) output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { untrustedJson } from '../../../../support/untrusted-json';
import { endedCleanly, parseBootList } from '../../../../../electron/core/areas/system/journal-parse';
import {
  parseWindowsCrashes,
  parseWindowsReboot,
  parseWindowsSecurity,
} from '../../../../../electron/core/areas/system/windows-system-parse';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  untrustedJson({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
);
const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);
const bootLine = fc.oneof(
  fc
    .tuple(fc.integer({ min: -50, max: 0 }), hex32)
    .map(([i, id]) => ` ${i} ${id} Fri 2026-11-27 08:01:02 CST—Fri 2026-11-27 18:00:00 CST`),
  fc.string({ maxLength: 80 }),
);
const bootJson = fc.array(
  fc.record(
    {
      index: fc.oneof(fc.integer({ min: -50, max: 0 }), fc.string({ maxLength: 3 })),
      boot_id: fc.oneof(hex32, fc.integer()),
      first_entry: fc.oneof(fc.integer({ min: 0 }), fc.double(), fc.string({ maxLength: 5 })),
      last_entry: fc.oneof(fc.integer({ min: 0 }), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 8 },
);

describe('journalctl output, generated', () => {
  it('reads any --list-boots output as boots or "not a boot list", never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.array(bootLine, { maxLength: 10 }).map((l) => l.join('\n')),
          bootJson.map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const boots = parseBootList(text);
          for (const b of boots ?? []) {
            expect(typeof b.index).toBe('number');
            expect(typeof b.bootId).toBe('string');
            expect(b.first === null || Number.isFinite(b.first)).toBe(true);
          }
        },
      ),
      { numRuns: 1200 },
    );
  }, 60_000);

  it('tells a clean end from any other for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expect(typeof endedCleanly(text)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('the Windows system scripts output (PowerShell JSON), generated', () => {
  const event = fc.record(
    {
      Id: fc.oneof(fc.constantFrom(41, 1001, 6008), fc.integer(), fc.string({ maxLength: 4 })),
      ProviderName: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(null), fc.integer()),
      TimeCreated: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string({ maxLength: 30 }),
        fc.integer(),
      ),
    },
    { requiredKeys: [] },
  );
  const wrapped = <T>(item: fc.Arbitrary<T>) => fc.oneof(item, fc.array(item, { maxLength: 6 }), fc.constant(null));

  it('reads any event-log output as events or a reason, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          wrapped(event).map((events) => JSON.stringify({ events })),
        ),
        (text) => {
          const read = parseWindowsCrashes(text);
          if (read.ok) for (const e of read.events) expect(Number.isFinite(e.at)).toBe(true);
          else expect(read.reason.length).toBeLessThanOrEqual(200);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('reads any reboot-marker and security output without throwing', () => {
    const flag = fc.oneof(fc.boolean(), fc.constantFrom('True', 'false', 1, 0), untrustedJson());
    const security = fc.record(
      {
        defender: fc.oneof(fc.record({ antivirus: flag, realTime: flag }, { requiredKeys: [] }), untrustedJson()),
        products: wrapped(
          fc.record(
            {
              displayName: untrustedJson(),
              productState: fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), untrustedJson()),
            },
            { requiredKeys: [] },
          ),
        ),
        firewall: wrapped(fc.record({ Name: untrustedJson(), Enabled: flag }, { requiredKeys: [] })),
        defenderError: fc.string({ maxLength: 300 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        anyText,
        fc.record({ cbs: flag, wu: flag, fileRenames: flag }, { requiredKeys: [] }),
        security,
        (text, reboot, sec) => {
          for (const t of [text, JSON.stringify(reboot)]) {
            const r = parseWindowsReboot(t);
            if (r.ok) expect(typeof r.pending).toBe('boolean');
          }
          for (const t of [text, JSON.stringify(sec)]) {
            const s = parseWindowsSecurity(t);
            if (s.ok) {
              expect([true, false, null]).toContain(s.avOn);
              for (const reason of s.reasons) expect(reason.length).toBeLessThanOrEqual(200);
            }
          }
        },
      ),
      { numRuns: 800 },
    );
  }, 60_000);
});
