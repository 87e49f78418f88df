import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../shared/policy/parse-policy';
import { defaultPolicy } from '../../../shared/policy/policy-schema';

describe('printer, clock, software, memory and system policy sections', () => {
  it('default to safe values: no NTP server queried, China Standard Time expected, no software listed', () => {
    const p = defaultPolicy();
    expect(p.printers).toMatchObject({ enabled: true, invoicePrinter: null, stuckJobMinutes: 10 });
    expect(p.clock).toMatchObject({ ntpServer: null, timeZone: 'Asia/Shanghai', maxOffsetSeconds: 60 });
    expect(p.software).toMatchObject({ expected: [], helper: null });
    expect(p.memory).toMatchObject({ warnAvailableMiB: 512, faultAvailableMiB: 256 });
    expect(p.system).toMatchObject({ crashLookbackDays: 7, logIntervalSeconds: 3600 });
    expect(p.disk).toMatchObject({ smart: 'auto', smartIntervalSeconds: 21_600 });
  });

  it('names the JSON path of each mistake, including typos in keys', () => {
    const r = validatePolicy({
      printers: { invoicePrinterr: 'x' },
      clock: { ntpServer: 'ntp.example.com:123; rm -rf /' },
      software: { expected: [{ vendor: 'A', processes: [], minVersion: 'latest' }] },
      memory: { warnAvailableMiB: 100, faultAvailableMiB: 200 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path).sort()).toEqual(
      [
        '$.clock.ntpServer',
        '$.memory.faultAvailableMiB',
        '$.printers.invoicePrinterr',
        '$.software.expected[0].minVersion',
        '$.software.expected[0].processes',
      ].sort(),
    );
  });
});
