import { describe, expect, it } from 'vitest';
import { evaluateTimeZone, zoneOffsetMinutes } from '../../../../../electron/core/areas/clock/time-zone-probe';
import { clockPolicySchema } from '../../../../../shared/policy/clock-policy';

const at = new Date('2026-11-27T12:00:00Z');

describe('clock.timezone', () => {
  it('accepts Asia/Shanghai and any zone with the same offset (PRC, Asia/Chongqing)', () => {
    expect(evaluateTimeZone({ name: 'Asia/Shanghai', offsetMinutes: 480 }, 'Asia/Shanghai', at).status).toBe('ok');
    expect(evaluateTimeZone({ name: 'Asia/Chongqing', offsetMinutes: 480 }, 'Asia/Shanghai', at).status).toBe('ok');
  });

  it('warns about UTC when China Standard Time is expected, naming both offsets', () => {
    const outcome = evaluateTimeZone({ name: 'UTC', offsetMinutes: 0 }, 'Asia/Shanghai', at);
    expect(outcome).toMatchObject({
      status: 'warning',
      summary: {
        key: 'check.clock.timezone.wrong',
        params: { zone: 'UTC', offset: '+00:00', expectedOffset: '+08:00' },
      },
    });
  });

  it('does not check when the policy sets no zone, and says so instead of "ok"', () => {
    const outcome = evaluateTimeZone({ name: 'UTC', offsetMinutes: 0 }, null, at);
    expect(outcome.summary.key).toBe('check.clock.timezone.notConfigured');
    expect(outcome).toMatchObject({ status: 'unknown', notChecked: true });
  });

  it('reads zone offsets from Intl, including half-hour zones', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai', at)).toBe(480);
    expect(zoneOffsetMinutes('Asia/Kolkata', at)).toBe(330);
    expect(zoneOffsetMinutes('UTC', at)).toBe(0);
  });

  it('refuses an unknown zone or a malformed server in the policy', () => {
    expect(clockPolicySchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(clockPolicySchema.safeParse({ ntpServer: 'ntp.example.com:123; rm -rf' }).success).toBe(false);
    expect(clockPolicySchema.safeParse({ ntpServer: '[::1]:1123' }).success).toBe(true);
  });
});
