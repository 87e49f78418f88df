import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { buildSupportSummary } from '../../../shared/support/support-summary';
import { fakeReading, fakeSnapshot, notCheckedClock } from '../../support/fake-snapshot';

const zh = createTranslator('zh-CN');

describe('the summary behind 联系技术支持', () => {
  const snapshot = fakeSnapshot({
    overall: 'warning',
    invoicing: { mode: 'digital', because: 'policy' },
    checks: [
      notCheckedClock(),
      fakeReading({
        status: 'warning',
        summary: { key: 'check.disk.space.low', params: { path: 'C:\\', freeGiB: 1, freePercent: 2 } },
      }),
      fakeReading({ id: 'memory.available', area: 'memory' }),
    ],
  });
  const input = {
    t: zh,
    snapshot,
    app: { version: '1.0.0', platform: 'win32' },
    timeZone: 'Asia/Shanghai',
    now: Date.parse('2026-11-10T01:00:00Z'),
  };
  const { body } = buildSupportSummary(input);

  it('lists the checks that are not ok as the terminal does, in Chinese', () => {
    expect(body).toContain(zh.t('support.summary.checks', { total: 2, notOk: 1 }));
    expect(body).toContain(`! 注意  ${zh.t('check.disk.space.name')}：`);
  });

  it('leaves out a check not made on purpose: a clock nobody asked to check is not a problem', () => {
    expect(body).not.toContain(zh.t('check.clock.offset.name'));
  });

  it('says every check is ok in so many words when none is not', () => {
    const healthy = fakeSnapshot({ checks: [fakeReading(), notCheckedClock()] });
    const summary = buildSupportSummary({ ...input, snapshot: healthy }).body;
    expect(summary).toContain('检查结果：共 1 项，全部正常。');
  });
});
