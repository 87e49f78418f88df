import { describe, expect, it } from 'vitest';
import { checkLine } from '../../../shared/i18n/check-line';
import { createTranslator } from '../../../shared/i18n/translator';
import { noDeviceNeeded } from '../../support/fake-snapshot';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const etax = { label: { zh: '电子税务局', en: 'e-Tax bureau' } };

describe('a check as one line of text', () => {
  it('reads mark, state, the name a person knows and what was found, with a Chinese colon in Chinese', () => {
    const check = { id: 'network.endpoint.etax', status: 'fault' as const, details: etax };
    expect(checkLine(check, '无法连通', zh)).toBe('✖ 故障  平台 电子税务局：无法连通');
    expect(checkLine(check, 'unreachable', en)).toBe('✖ Fault  Platform e-Tax bureau: unreachable');
  });

  it('shows a check left out on purpose as a dash, never as a tick or a question mark', () => {
    const line = checkLine({ id: 'usb.tax-device', status: 'unknown', notChecked: true }, '不需要', zh);
    expect(line).toBe('– 未检查  税控设备：不需要');
  });

  it('shows a device this PC does not need as a dash, "不需要", as the dashboard does', () => {
    const reading = noDeviceNeeded();
    const summary = zh.render(reading.summary);
    expect(checkLine(reading, summary, zh)).toBe('– 不需要  税控设备：这台电脑开具数电发票，不需要税控设备');
    expect(checkLine(reading, en.render(reading.summary), en)).toMatch(/^– Not needed {2}Tax device: /);
    // A readiness check has no details; it carries the mark itself.
    expect(checkLine({ id: 'usb.tax-device', status: 'ok', notNeeded: true }, summary, zh)).toMatch(/^– 不需要/);
  });

  it('keeps what a device said on one line, its control characters written out', () => {
    const line = checkLine({ id: 'usb.tax-device', status: 'warning' }, 'a\nb\u001b[2J', en);
    expect(line).toBe('! Warning  Tax device: a\\nb\\u001b[2J');
  });
});
