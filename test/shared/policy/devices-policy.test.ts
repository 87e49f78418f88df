import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../shared/policy/policy-schema';
import { validatePolicy } from '../../../shared/policy/parse-policy';

describe('the devices policy section', () => {
  it('leaves the tax device to the invoicing mode by default, requires no printer or card reader, with debounce, flapping and rescan defaults', () => {
    expect(defaultPolicy().devices).toEqual({
      require: { printer: false, cardReader: false },
      extraDevices: [],
      flapping: { disconnects: 4, windowSeconds: 120 },
      debounceMs: 3000,
      reconcileSeconds: 60,
    });
  });

  it('accepts extra catalog entries with names in one or both languages', () => {
    const parsed = validatePolicy({
      devices: {
        require: { taxDevice: false, printer: true },
        extraDevices: [
          {
            vid: 'ABCD',
            pid: '0001',
            role: 'taxDevice',
            model: { zh: '省局UKey', en: 'Provincial UKey' },
            product: 'UKEY',
          },
          { vid: '1234', pid: '5678', role: 'printer', vendor: 'Acme' },
        ],
      },
    });
    expect(parsed.ok).toBe(true);
  });

  it('points at the bad field when a VID is not four hex digits or a role is unknown', () => {
    const parsed = validatePolicy({ devices: { extraDevices: [{ vid: '12345', pid: '0001', role: 'scanner' }] } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    expect(paths).toContain('$.devices.extraDevices[0].vid');
    expect(paths).toContain('$.devices.extraDevices[0].role');
  });

  it('rejects a misspelt key instead of silently using a default', () => {
    const parsed = validatePolicy({ devices: { requires: { taxDevice: false } } });
    expect(parsed.ok).toBe(false);
  });
});
