import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { windowTranslator } from '../support/test-messages';
import { verdictText } from '../../../shared/i18n/verdict-text';
import type { Fault } from '../../../shared/model/fault';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { printerPaused, restarting } from '../support/fixtures';

const zh = windowTranslator('zh-CN');
const connected = { connection: 'connected' } as const;
const main = () => within(screen.getByRole('main'));
const recheckButton = () => screen.getByRole('button', { name: /立即检查|正在检查/ });
const card = (id: string) => document.querySelector<HTMLElement>(`[data-card-id="${id}"]`)!;

const taxDeviceMissing: Fault = {
  id: 'tax-device.missing',
  category: 'hardware',
  severity: 'critical',
  guide: 'tax-device.missing',
  checkIds: ['usb.tax-device'],
  since: '2026-11-27T07:58:00.000Z',
};
const timeZoneOff: Fault = {
  id: 'clock.wrong-zone',
  category: 'software',
  severity: 'warning',
  guide: 'clock.wrong-zone',
  checkIds: ['clock.timezone'],
  since: '2026-11-27T07:00:00.000Z',
};
const pulled = fakeSnapshot({
  overall: 'fault',
  checks: [
    fakeReading({
      id: 'usb.tax-device',
      area: 'usb',
      status: 'fault',
      summary: { key: 'check.usb.tax-device.missing' },
    }),
    fakeReading({
      id: 'clock.timezone',
      area: 'clock',
      status: 'warning',
      summary: { key: 'check.clock.timezone.ok', params: { zone: 'UTC' } },
    }),
    fakeReading(),
  ],
  faults: [taxDeviceMissing, timeZoneOff],
});

describe('the dashboard', () => {
  it('says it is connecting until the first snapshot arrives', () => {
    renderApp();
    expect(main().getByText(zh.t('ui.connecting'))).toBeTruthy();
  });

  it('answers "can I invoice?" in the snapshot’s words, the blocking fault first with "start fixing"', async () => {
    const { store, user } = renderApp({ state: { ...connected, snapshot: pulled } });
    const heading = main().getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(verdictText(pulled.verdict, zh));
    expect(heading.textContent).toBe('现在不能开票：未插税控设备');
    const blocking = document.querySelector<HTMLElement>('.blocking')!;
    expect(within(blocking).getByRole('heading', { name: zh.t('fault.tax-device.missing.title') })).toBeTruthy();
    // The time-zone warning comes after it, with less weight: a row, not a panel of its own.
    const others = within(main().getByRole('region', { name: zh.t('ui.verdict.others', { count: 1 }) }));
    expect(others.getByText(zh.t('fault.clock.wrong-zone.title'))).toBeTruthy();
    await user.click(within(blocking).getByRole('button', { name: zh.t('ui.verdict.startFixing') }));
    expect(store.getState().route).toEqual({
      view: 'guide',
      params: { faultId: 'tax-device.missing', guideId: 'tax-device.missing' },
    });
  });

  it('shows one card per area, in words and shape, with the key detail and since when', () => {
    renderApp({ state: { ...connected, snapshot: pulled } });
    const titles = [...document.querySelectorAll('[data-card-id] h3')].map((h) => h.textContent);
    expect(titles).toEqual(['税控设备', '发票打印机', '读卡器', '网络', '电脑', '数据备份', '开票软件']);
    const tax = within(card('tax-device'));
    expect(card('tax-device').dataset.tone).toBe('fault');
    expect(tax.getByText('故障')).toBeTruthy();
    expect(card('tax-device').querySelector('.icon-cross')).toBeTruthy();
    expect(tax.getByText(zh.t('check.usb.tax-device.missing'))).toBeTruthy();
    expect(visibleText(card('tax-device'))).toContain('发现于');
    expect(card('computer').dataset.tone).toBe('warning');
    expect(card('computer').querySelector('.icon-triangle')).toBeTruthy();
    expect(card('backup').dataset.tone).toBe('not-checked');
    expect(within(card('backup')).getByText('未配置备份')).toBeTruthy();
  });

  it('opens an area’s page from its card, and the network card the network view', async () => {
    const { store, user } = renderApp({ state: { ...connected, snapshot: pulled } });
    await user.click(
      within(card('computer')).getByRole('button', { name: zh.t('ui.card.openNamed', { title: '电脑' }) }),
    );
    expect(store.getState().route).toEqual({ view: 'area', params: { card: 'computer' } });
    expect(await main().findByRole('heading', { level: 1, name: '电脑' })).toBeTruthy();
    expect(main().getByText(zh.t('check.clock.timezone.name'))).toBeTruthy();
  });

  it('follows every snapshot the core pushes, and says the change in the live region', () => {
    const core = fakeCoreApi();
    const { store } = renderApp({ core, state: { ...connected } });
    act(() => core.push('snapshot', fakeSnapshot()));
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe('可以开票');
    act(() => core.push('snapshot', { ...pulled, updatedAt: '2026-11-27T08:01:00.000Z' }));
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe('现在不能开票：未插税控设备');
    expect(screen.getByRole('status', { hidden: true }).textContent ?? '').toBe(
      zh.t('ui.announce.changed', { verdict: '现在不能开票：未插税控设备' }),
    );
    expect(store.getState().cardHistory['tax-device']).toEqual({ tone: 'fault', since: '2026-11-27T08:01:00.000Z' });
    expect(visibleText(card('tax-device'))).toContain('变化于');
  });

  it('shows the re-check check by check, keeps focus on the button, then says the result', async () => {
    const core = fakeCoreApi();
    core.hold('runChecks');
    const two = fakeSnapshot({ checks: [fakeReading(), fakeReading({ id: 'usb.tax-device', area: 'usb' })] });
    const { user } = renderApp({ core, state: { ...connected, snapshot: two } });
    await user.click(recheckButton());
    expect(recheckButton().textContent).toBe(zh.t('ui.checkingProgress', { done: 0, total: 2 }));
    expect(recheckButton().getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(recheckButton());
    act(() =>
      core.push('snapshot', {
        ...two,
        checks: [fakeReading({ checkedAt: '2026-11-27T08:00:03.000Z' }), two.checks[1]!],
        updatedAt: '2026-11-27T08:00:03.000Z',
      }),
    );
    expect(recheckButton().textContent).toBe(zh.t('ui.checkingProgress', { done: 1, total: 2 }));
    expect(visibleText(card('tax-device'))).toContain(zh.t('ui.card.checking'));
    await act(async () =>
      core.held('runChecks')[0]!.resolve(fakeSnapshot({ overall: 'fault', faults: [printerPaused] })),
    );
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe(
      `现在不能开票：${zh.t('fault.printer.paused.title')}`,
    );
    expect(recheckButton().textContent).toBe(zh.t('ui.checkNow'));
    expect(screen.getByRole('status', { hidden: true }).textContent).toContain('检查完成');
  });

  it('says in Chinese why a re-check failed, keeping the technical text for IT', async () => {
    const core = fakeCoreApi();
    core.fail('runChecks', 'timeout', 'runChecks got no answer within 60000 ms');
    const { user } = renderApp({ core, state: { ...connected, snapshot: fakeSnapshot() } });
    await user.click(recheckButton());
    const alert = await screen.findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.timeout'));
    expect(visibleText(alert)).not.toContain('runChecks');
    expect(within(alert).getByText('runChecks got no answer within 60000 ms').closest('details')).toBeTruthy();
  });

  it('while the core restarts keeps the last state on screen under the restarting banner', async () => {
    const core = fakeCoreApi();
    core.fail('runChecks', 'unavailable', 'the core is restarting');
    const { user } = renderApp({ core, state: { ...connected, coreStatus: restarting, snapshot: fakeSnapshot() } });
    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe('可以开票');
    await user.click(recheckButton());
    expect(visibleText(await screen.findByRole('alert'))).toContain(zh.t('ui.error.unavailable'));
  });

  it('without a snapshot while the core restarts, says the state comes once it is back', () => {
    renderApp({ state: { coreStatus: restarting } });
    expect(main().getByText(zh.t('ui.waitingForCore'))).toBeTruthy();
    expect(screen.queryByText(zh.t('ui.connecting'))).toBeNull();
  });

  it('reads the same in English', () => {
    renderApp({ language: 'en', state: { ...connected, snapshot: pulled } });
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe(
      `You cannot invoice right now: ${windowTranslator('en').t('fault.tax-device.missing.title')}`,
    );
    expect(within(card('backup')).getByText('No backup configured')).toBeTruthy();
  });
});
