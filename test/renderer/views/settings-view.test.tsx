import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';

const main = () => within(screen.getByRole('main'));
const snapshot = fakeSnapshot({
  policy: {
    source: 'machine',
    path: 'C:\\ProgramData\\InvoiceGuard\\policy.json',
    issues: [
      {
        path: '$.disk.warnFreeMiB',
        message: {
          key: 'policy.issue.invalidType',
          params: { expectedKey: 'policy.type.number', receivedKey: 'policy.type.string' },
        },
      },
    ],
  },
  invoicing: { mode: 'digital', because: 'default' },
  checks: [
    fakeReading(),
    fakeReading({
      id: 'clock.offset',
      area: 'clock',
      status: 'unknown',
      notChecked: true,
      summary: { key: 'check.clock.offset.notConfigured' },
    }),
    fakeReading({ id: 'network.endpoint.etax', area: 'network', details: { host: 'etax.example.cn', port: 443 } }),
  ],
});

describe('settings and about', () => {
  it('tells IT the policy in force (with the bad JSON path), the invoicing mode, version, what is not checked and what is sent', async () => {
    const core = fakeCoreApi();
    core.answer('getAppInfo', {
      version: '0.1.0',
      platform: 'win32',
      coreStartedAt: '2026-11-27T07:00:00.000Z',
      coreBuild: 'production',
    });
    renderApp({ core, state: { connection: 'connected', route: { view: 'settings' }, snapshot } });
    expect(await main().findByRole('heading', { level: 1, name: '设置与关于' })).toBeTruthy();
    const text = visibleText(screen.getByRole('main'));
    expect(text).toContain('本机策略文件');
    expect(text).toContain('C:\\ProgramData\\InvoiceGuard\\policy.json');
    expect(text).toContain('$.disk.warnFreeMiB 应为数字，实际是文字（加双引号）');
    expect(text).not.toContain('{{');
    expect(text).toContain('数电发票（全电）');
    expect(text).toContain('这台电脑从没有连接过税控设备');
    expect(await main().findByText(/开票卫士 0\.1\.0（win32）/)).toBeTruthy();
    const skipped = document.querySelector<HTMLElement>('[data-not-checked] [data-check-id="clock.offset"]')!;
    expect(visibleText(skipped)).toContain('电脑时间');
    const sends = visibleText(document.querySelector('[data-outbound]')!);
    expect(sends).toContain('etax.example.cn');
    expect(sends).toContain('发送给技术支持');
  });

  it('switches the language from labelled choices and opens the drills', async () => {
    const core = fakeCoreApi();
    core.hold('getAppInfo');
    const { store, user } = renderApp({
      core,
      state: { connection: 'connected', route: { view: 'settings' }, snapshot },
    });
    const english = await main().findByRole('radio', { name: 'English' });
    expect((main().getByRole('radio', { name: '简体中文' }) as HTMLInputElement).checked).toBe(true);
    await user.click(english);
    expect(await main().findByRole('heading', { level: 1, name: 'Settings and about' })).toBeTruthy();
    expect(store.getState().language).toBe('en');
    await user.click(main().getByRole('button', { name: 'Open the drills' }));
    expect(store.getState().route.view).toBe('practice');
  });
});
