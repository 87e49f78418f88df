import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseErrorCode } from '../../../shared/codes/parse-error-code';
import { explainResultSchema } from '../../../shared/codes/explain-result';

describe('error-code lookup reads what the invoicing software shows', () => {
  it.each([
    ['0x0963c2', '0x0963c2'],
    ['0963C2', '0x0963c2'],
    ['0X0963C2', '0x0963c2'],
    ['0x963c2', '0x0963c2'],
    ['248', '248'],
    ['错误代码：248', '248'],
    ['错误代码:248，有票种没有完成征期抄报税', '248'],
    ['-10317', '-10317'],
    ['返回值 −10317', '-10317'],
    ['10317', '-10317'],
    ['09D109', '0x09d109'],
    ['０９Ｄ１０９', '0x09d109'],
    ['０ｘ０９６３ｃ０', '0x0963c0'],
    ['２４８', '248'],
    ['－１０３１２', '-10312'],
    ['[2026-11-27 09:12:01] ERROR code=0x09d11f offline', '0x09d11f'],
    ['092400', '0x092400'],
    ['  768 ', '768'],
    ['提示：1521 异常不允许开票', '1521'],
  ])('%j → %s', (input, code) => {
    const result = parseErrorCode(input);
    expect(result).toMatchObject({ recognised: true, code });
  });

  it('reads the tries left from the certificate-password family, 0 meaning locked', () => {
    expect(parseErrorCode('0x0963c2')).toMatchObject({ guide: 'tax-device.cert-password', triesLeft: 2 });
    expect(parseErrorCode('0963c0')).toMatchObject({ triesLeft: 0 });
    expect(parseErrorCode('-10317')).not.toHaveProperty('triesLeft');
  });

  it('points each code at its guide', () => {
    expect(parseErrorCode('248')).toMatchObject({ guide: 'filing.not-reported' });
    expect(parseErrorCode('0x09e105')).toMatchObject({ guide: 'tax-device.clock' });
    expect(parseErrorCode('0x09d121')).toMatchObject({ guide: 'tax-device.offline-limit' });
    expect(parseErrorCode('-10312')).toMatchObject({ guide: 'clock.offset' });
    expect(parseErrorCode('220')).not.toHaveProperty('guide');
  });

  it('skips dates and numbers that are not codes and finds the code after them', () => {
    expect(parseErrorCode('2026年11月27日 错误 248')).toMatchObject({ recognised: true, code: '248' });
  });

  it.each([
    ['', 'empty'],
    ['   \t\n', 'empty'],
    ['打印机没反应', 'no-code'],
    ['0x0963c8', 'unknown-code'],
    ['999', 'unknown-code'],
    ["'; DROP TABLE invoices; --", 'no-code'],
    ['🧾💥🔥', 'no-code'],
    ['\u0000\u0001\u001b[31m', 'no-code'],
  ])('%j is "not recognised" (%s)', (input, reason) => {
    expect(parseErrorCode(input)).toMatchObject({ recognised: false, reason });
  });

  it('says which unknown numbers it saw, at most five', () => {
    const result = parseErrorCode('1 2 3 4 5 6 7');
    expect(result).toMatchObject({ recognised: false, reason: 'unknown-code' });
    if (!result.recognised) expect(result.candidates).toHaveLength(5);
  });

  it('handles 10 kB of junk and non-strings without throwing', () => {
    expect(parseErrorCode('x'.repeat(10_240))).toMatchObject({ recognised: false });
    expect(parseErrorCode('9'.repeat(10_240))).toMatchObject({ recognised: false });
    expect(parseErrorCode(`${'啊'.repeat(10_000)}248`)).toMatchObject({ recognised: true, code: '248' });
    expect(parseErrorCode(undefined)).toMatchObject({ recognised: false, reason: 'empty' });
    expect(parseErrorCode(42 as unknown)).toMatchObject({ recognised: false, reason: 'empty' });
  });

  it('never throws and always answers in the protocol shape, whatever it is fed', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 500 }),
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', '\u202e248', '0x', '-', '0x0963c2'.repeat(1000)),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseErrorCode(text);
        expect(explainResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a known code wherever it sits in arbitrary surrounding text', () => {
    const filler = fc.string({ maxLength: 50 }).map((s) => s.replace(/[0-9a-zA-Z\uFF10-\uFF5A-]/g, ' '));
    fc.assert(
      fc.property(filler, filler, fc.constantFrom('248', '0x0963c3', '-10317', '09D109'), (before, after, code) => {
        expect(parseErrorCode(`${before} ${code} ${after}`).recognised).toBe(true);
      }),
    );
  });
});
