import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { calendarPolicySchema } from '../../../shared/policy/calendar-policy';
import { computeReadiness } from '../../../shared/readiness/readiness';
import { buildReadinessReport, renderReadinessText } from '../../../shared/readiness/readiness-report';
import { fakeReading, fakeSnapshot, noDeviceNeeded, notCheckedClock } from '../../support/fake-snapshot';

const zh = createTranslator('zh-CN');

/** A digital PC whose e-Tax bureau cannot be reached, on 10 November in Beijing. */
function digitalPcOffline() {
  const snapshot = fakeSnapshot({
    overall: 'fault',
    invoicing: { mode: 'digital', because: 'policy' },
    checks: [
      notCheckedClock(),
      noDeviceNeeded(),
      fakeReading({
        id: 'network.endpoint.etax',
        area: 'network',
        status: 'fault',
        summary: {
          key: 'check.network.endpoint.failed',
          params: { host: 'etax.example', port: 443, cause: 'refused' },
        },
        details: { label: { zh: '电子税务局', en: 'e-Tax bureau' }, host: 'etax.example', port: 443 },
      }),
      fakeReading(),
    ],
    faults: [
      {
        id: 'network.service-down',
        category: 'network',
        severity: 'critical',
        guide: 'network.service-down',
        checkIds: ['network.endpoint.etax'],
        since: '2026-11-10T01:00:00.000Z',
      },
    ],
  });
  return computeReadiness(snapshot, calendarPolicySchema.parse({}), Date.parse('2026-11-10T09:00:00+08:00'), {});
}

describe('the readiness page in the terminal', () => {
  it('names every check as the dashboard does, never by its id, and the faults by their titles only', () => {
    const text = renderReadinessText(buildReadinessReport(digitalPcOffline(), zh), zh);
    expect(text).toContain('✖ 故障  平台 电子税务局：etax.example:443 无法连通：连接被拒绝');
    expect(text).toContain(`  ${zh.t('severity.critical')}：${zh.t('fault.network.service-down.title')}\n`);
    expect(text).not.toMatch(/network\.|usb\.|disk\./);
  });

  it('says nothing of 抄报 and 清卡 marks on a PC that needs neither', () => {
    const text = renderReadinessText(buildReadinessReport(digitalPcOffline(), zh), zh);
    expect(text).toContain(zh.t('readiness.deadline.not-required'));
    expect(text).not.toContain('抄报：');
  });

  it('lists a check left out on purpose last, as a dash with its reason', () => {
    const lines = renderReadinessText(buildReadinessReport(digitalPcOffline(), zh), zh).trimEnd().split('\n');
    expect(lines.at(-1)).toBe('– 未检查  电脑时间：没有指定时间服务器，未检查电脑时间');
  });

  it('shows the tax device a digital PC does not need as "不需要", after the fine checks, never a tick', () => {
    const text = renderReadinessText(buildReadinessReport(digitalPcOffline(), zh), zh);
    expect(text).toContain('– 不需要  税控设备：这台电脑开具数电发票，不需要税控设备');
    expect(buildReadinessReport(digitalPcOffline(), zh).checks.map((c) => c.id)).toEqual([
      'network.endpoint.etax',
      'disk.space',
      'usb.tax-device',
      'clock.offset',
    ]);
  });

  it('carries in its JSON which checks were left out and the names IT gave the targets', () => {
    const { checks } = buildReadinessReport(digitalPcOffline(), zh);
    expect(checks.find((c) => c.id === 'clock.offset')).toMatchObject({ notChecked: true });
    expect(checks.find((c) => c.id === 'usb.tax-device')).toMatchObject({ status: 'ok', notNeeded: true });
    expect(checks.find((c) => c.id === 'network.endpoint.etax')?.details).toEqual({
      label: { zh: '电子税务局', en: 'e-Tax bureau' },
    });
  });
});
