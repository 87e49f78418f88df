import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeReading, fakeSnapshot, noDeviceNeeded } from '../../support/fake-snapshot';
import { renderApp, visibleText } from '../support/render-app';

const main = () => within(screen.getByRole('main'));

describe('an area page', () => {
  it('shows the card’s state and every check of it, the not-checked ones grey with their reason', async () => {
    const snapshot = fakeSnapshot({
      checks: [
        fakeReading(),
        fakeReading({
          id: 'clock.offset',
          area: 'clock',
          status: 'unknown',
          notChecked: true,
          summary: { key: 'check.clock.offset.notConfigured' },
        }),
      ],
    });
    const { store, user } = renderApp({
      state: { connection: 'connected', route: { view: 'area', params: { card: 'computer' } }, snapshot },
    });
    expect(await main().findByRole('heading', { level: 1, name: '电脑' })).toBeTruthy();
    const skipped = document.querySelector<HTMLElement>('[data-check-id="clock.offset"]')!;
    expect(skipped.dataset.status).toBe('not-checked');
    expect(visibleText(skipped)).toContain('未检查');
    expect(visibleText(skipped)).not.toContain('正常');
    expect(document.querySelector<HTMLElement>('[data-check-id="disk.space"]')!.dataset.status).toBe('ok');
    await user.click(main().getByRole('button', { name: '返回状态总览' }));
    expect(store.getState().route.view).toBe('dashboard');
  });

  it('on a fully digital PC shows the tax-device check as not needed, grey', async () => {
    const snapshot = fakeSnapshot({
      invoicing: { mode: 'digital', because: 'policy' },
      checks: [noDeviceNeeded()],
    });
    renderApp({
      state: { connection: 'connected', route: { view: 'area', params: { card: 'tax-device' } }, snapshot },
    });
    await main().findByRole('heading', { level: 1, name: '税控设备' });
    const row = document.querySelector<HTMLElement>('[data-check-id="usb.tax-device"]')!;
    expect(row.dataset.status).toBe('not-needed');
    expect(visibleText(row)).toContain('不需要');
  });
});
