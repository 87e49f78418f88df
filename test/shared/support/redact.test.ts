import { describe, expect, it } from 'vitest';
import { createRedactor, isSecretKey, redactedMark } from '../../../shared/support/redact';

describe('key names that mean a secret', () => {
  it.each([
    'password',
    'Password',
    'webhookToken',
    'api_key',
    'apiKey',
    'X-Api-Key',
    'PIN',
    'pinCode',
    'client_secret',
    'privateKey',
    'authorization',
    'cookie',
    '证书口令',
    '登录密码',
    'sessionId',
  ])('redacts the value under %s', (key) => expect(isSecretKey(key)).toBe(true));
  it.each(['key', 'ping', 'pinned', 'spinning', 'keyboard', 'summary', 'guide', 'passes', 'path', 'port', 'monkey'])(
    'keeps the value under %s',
    (key) => expect(isSecretKey(key)).toBe(false),
  );
});

describe('redacting text', () => {
  const r = createRedactor();
  it.each([
    ['password=hunter2 next', 'hunter2'],
    ['login failed, pwd: s3cr3t!', 's3cr3t!'],
    ['"password": "p@ss word"', 'p@ss word'],
    ["{'token': 'abc.def'}", 'abc.def'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlX2hlcmU', 'eyJhbGciOiJIUzI1NiJ9'],
    ['POST https://bot:Tok3nValue@hooks.example.com/x', 'Tok3nValue'],
    ['GET https://hooks.example.com/x?access_token=zzz999&y=1', 'zzz999'],
    ['证书口令：12345678', '12345678'],
    ['UKey PIN 88886666 rejected', '88886666'],
    ['pin=0000', '0000'],
    [
      '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
      'MIIBVQIBADANBgkqhkiG9w0BAQEFAASC',
    ],
  ])('removes the secret from %j', (text, secret) => {
    const out = r.text(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(redactedMark);
  });

  it('leaves ordinary log lines alone', () => {
    const line = 'check usb.tax-device: ok in 12 ms; ping 127.0.0.1 took 3 ms; key check.pending';
    expect(r.text(line)).toBe(line);
  });

  it('adds the policy’s own patterns, and counts per rule without keeping what it removed', () => {
    const custom = createRedactor(['税号\\s*\\d{15,20}', '[']);
    expect(custom.text('纳税人 税号 91310000123456789X 开票失败')).toBe(`纳税人 ${redactedMark}X 开票失败`);
    expect(custom.counts()).toEqual({ 'policy-1': 1 });
  });
});

describe('redacting JSON', () => {
  it('replaces everything under secret-named keys and redacts every string, keeping the shape', () => {
    const r = createRedactor();
    const policy = {
      support: { webhook: { url: 'https://u:p@hooks.example.com/t?token=abc', token: 'sekret', timeoutSeconds: 30 } },
      network: { proxy: { password: { nested: 'x' } } },
      messages: [{ key: 'check.pending', params: { note: 'password=abc' } }],
    };
    const out = r.json(policy);
    expect(out.support.webhook.token).toBe(redactedMark);
    expect(out.support.webhook.url).not.toContain('u:p@');
    expect(out.support.webhook.url).not.toContain('abc');
    expect(out.support.webhook.timeoutSeconds).toBe(30);
    expect(out.network.proxy.password).toBe(redactedMark);
    expect(out.messages[0]!.key).toBe('check.pending');
    expect(out.messages[0]!.params.note).not.toContain('abc');
    expect(policy.support.webhook.token).toBe('sekret');
  });
});
