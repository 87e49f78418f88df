// Generated smartctl output: any text, any JSON, and JSON of smartctl's shape with odd values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSmartHealth, parseSmartScan } from '../../../../../electron/core/areas/disk/smart-parse';

const smartJson = fc.record(
  {
    model_name: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null)),
    smart_status: fc.oneof(
      fc.record(
        { passed: fc.oneof(fc.boolean(), fc.string({ maxLength: 4 }), fc.constant(null)) },
        { requiredKeys: [] },
      ),
      fc.constant(null),
      fc.string(),
    ),
    smartctl: fc.oneof(
      fc.record(
        {
          messages: fc.oneof(
            fc.array(
              fc.oneof(
                fc.record({ string: fc.oneof(fc.string({ maxLength: 500 }), fc.integer()) }, { requiredKeys: [] }),
                fc.constant(null),
                fc.integer(),
              ),
            ),
            fc.constant(null),
            fc.string(),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.constant(null),
    ),
    devices: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              name: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
              type: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)),
            },
            { requiredKeys: [] },
          ),
          fc.constant(null),
          fc.string(),
        ),
      ),
      fc.constant(null),
      fc.integer(),
    ),
  },
  { requiredKeys: [] },
);

describe('smartctl output, generated', () => {
  it('reads any text or JSON value as a scan (disks or "not smartctl JSON") without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          smartJson.map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const devices = parseSmartScan(text);
          if (devices) for (const d of devices) expect(typeof d.name).toBe('string');
        },
      ),
      { numRuns: 1200 },
    );
  }, 60_000);

  it('reads any output and exit bits as a health verdict with a bounded reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          smartJson.map((v) => JSON.stringify(v)),
        ),
        fc.integer({ min: 0, max: 255 }),
        (text, code) => {
          const health = parseSmartHealth('/dev/sda', text, code);
          expect([true, false, null]).toContain(health.passed);
          expect(typeof health.reason).toBe('string');
          expect(health.reason.length).toBeLessThanOrEqual(300);
          if (code & 0x8) expect(health.passed).toBe(false); // "DISK FAILING" always wins
        },
      ),
      { numRuns: 1200 },
    );
  }, 60_000);
});
