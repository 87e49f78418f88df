import { describe, expect, it } from 'vitest';
import { supportContacts, telNumber, builtInContacts } from '../../../shared/support/support-contacts';
import { supportPolicySchema } from '../../../shared/policy/support-policy';
import { buildMailto } from '../../../shared/support/support-summary';

describe('support contacts', () => {
  it('ships only the 12366 hotline built in, with its source', () => {
    expect(builtInContacts.map((c) => c.phone)).toEqual(['12366']);
    expect(builtInContacts[0]!.source).toMatch(/12366/);
  });

  it('lists IT, the suppliers, then the built-in lines, and allows exactly their addresses', () => {
    const policy = supportPolicySchema.parse({
      it: {
        name: '财务 IT',
        phone: '010-8888 6666',
        mail: 'IT@Example.com',
        portal: 'https://help.example.com/invoice',
      },
      vendors: [{ role: 'tax-device', name: 'Example service', phone: '400-000-0000,123', note: 'UNVERIFIED example' }],
    });
    const contacts = supportContacts(policy);
    expect(contacts.contacts.map((c) => c.id)).toEqual(['it', 'vendor-1', 'tax-hotline']);
    expect(contacts.allow).toEqual({
      mailto: ['it@example.com'],
      tel: ['01088886666', '4000000000,123', '12366'],
      https: ['https://help.example.com/invoice', 'https://www.chinatax.gov.cn/'],
    });
    expect(contacts.webhook).toBe(false);
  });

  it('writes tel: numbers as digits', () => {
    expect(telNumber('+86 (10) 8888-6666')).toBe('+861088886666');
    expect(telNumber('12366')).toBe('12366');
  });
});

describe('the support policy section', () => {
  it.each([
    [{ it: { phone: 'call me' } }, 'phone'],
    [{ it: { mail: 'not-a-mail' } }, 'mail'],
    [{ it: { portal: 'http://help.example.com' } }, 'httpsUrl'],
    [{ it: { portal: 'https://user:pw@help.example.com' } }, 'httpsUrl'],
    [{ webhook: { url: 'http://tickets.example.com/hook' } }, 'webhookUrl'],
    [{ redact: ['('] }, 'regex'],
  ])('refuses %j', (input, rule) => {
    const parsed = supportPolicySchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(`policy.rule.${rule}`);
  });

  it('accepts an https webhook, or plain http on this computer only', () => {
    expect(
      supportPolicySchema.parse({ webhook: { url: 'https://tickets.example.com/hook' } }).webhook?.timeoutSeconds,
    ).toBe(30);
    expect(supportPolicySchema.safeParse({ webhook: { url: 'http://127.0.0.1:8080/hook' } }).success).toBe(true);
  });
});

describe('the mail draft', () => {
  it('is a mailto: URL with subject and body, under the length mail clients accept, cut at a line', () => {
    const body = Array.from({ length: 200 }, (_, i) => `第 ${i} 行：检查结果`).join('\n');
    const url = buildMailto('it@example.com', '开票卫士求助', body, '（详见支持包）');
    expect(url.length).toBeLessThanOrEqual(2000);
    expect(url.startsWith('mailto:it@example.com?subject=')).toBe(true);
    const decoded = decodeURIComponent(new URL(url).searchParams.get('body') ?? '');
    expect(decoded.endsWith('（详见支持包）')).toBe(true);
    expect(decoded.startsWith('第 0 行')).toBe(true);
    expect(decodeURIComponent(buildMailto('it@example.com', 's', 'short', 'tail').split('body=')[1]!)).toBe('short');
  });
});
