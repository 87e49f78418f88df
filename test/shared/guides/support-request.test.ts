import { describe, expect, it } from 'vitest';
import { buildSupportRequest } from '../../../shared/guides/support-request';
import { createTranslator } from '../../../shared/i18n/translator';
import { parseErrorCode } from '../../../shared/codes/parse-error-code';
import type { Snapshot } from '../../../shared/model/snapshot';

const snapshot: Snapshot = {
  overall: 'fault',
  checks: [
    {
      id: 'usb.tax-device',
      area: 'usb',
      status: 'fault',
      summary: { key: 'check.usb.tax-device.missing' },
      details: {},
      checkedAt: 'x',
      durationMs: 1,
    },
  ],
  faults: [
    {
      id: 'tax-device.missing',
      category: 'hardware',
      severity: 'critical',
      guide: 'tax-device.missing',
      checkIds: ['usb.tax-device'],
      since: '2026-11-10T01:00:00.000Z',
    },
  ],
  policy: { source: 'default', issues: [] },
  simulated: true,
  updatedAt: 'x',
  verdict: { canInvoice: 'no', faultId: 'tax-device.missing', guide: 'tax-device.missing' },
  invoicing: { mode: 'tax-device', because: 'policy' },
};

describe('prefilled support request', () => {
  it("names the fault, the steps done, the code, every check and the version, in the user's language", () => {
    const { subject, body } = buildSupportRequest({
      view: {
        guideId: 'tax-device.missing',
        fault: snapshot.faults[0],
        incident: {
          id: 'i',
          guideId: 'tax-device.missing',
          origin: 'fault',
          checkIds: [],
          openedAt: 'x',
          state: 'open',
          steps: { '2': { doneAt: 'y' } },
        },
      },
      snapshot,
      t: createTranslator('zh-CN'),
      app: { version: '0.1.0', platform: 'win32' },
      code: parseErrorCode('0x09c000'),
    });
    expect(subject).toContain('开票卫士求助');
    expect(body).toContain('tax-device.missing');
    expect(body).toContain('2. 把税控设备直接插在主机背面');
    expect(body).toContain('0x09c000');
    expect(body).toContain('✖');
    expect(body).toContain('练习模式');
    expect(body).toContain('0.1.0');
    expect(body).toContain(new Date('2026-11-10T01:00:00.000Z').toLocaleString('zh-CN', { hour12: false }));
    expect(body).not.toContain('2026-11-10T01:00:00.000Z');
  });

  it("gives the time in the PC's own time zone, not UTC", () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const { body } = buildSupportRequest({
        view: { guideId: 'tax-device.missing', fault: snapshot.faults[0] },
        snapshot,
        t: createTranslator('zh-CN'),
      });
      // 01:00 UTC is 09:00 in Beijing.
      expect(body).toContain('2026/11/10 09:00:00');
      expect(body).not.toContain('2026-11-10T01:00:00.000Z');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('works for a guide opened by hand with nothing done', () => {
    const { body } = buildSupportRequest({
      view: { guideId: 'data.lost' },
      snapshot: { ...snapshot, simulated: false },
      t: createTranslator('en'),
    });
    expect(body).toContain('Invoicing data lost (data.lost)');
    expect(body).toContain('No steps done yet.');
  });
});
