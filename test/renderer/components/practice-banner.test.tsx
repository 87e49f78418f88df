import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';

const zh = createTranslator('zh-CN');
const appInfo = {
  version: '0.1.0',
  platform: 'linux',
  coreStartedAt: '2026-11-10T08:00:00.000Z',
  coreBuild: 'simulation',
  practice: { scenarioId: 'printer-paused', titleKey: 'scenario.printer-paused.title' },
} as const;

describe('the practice banner', () => {
  it('is not there on real data', () => {
    renderApp({ state: { connection: 'connected', snapshot: fakeSnapshot() } });
    expect(document.querySelector('[data-banner="practice"]')).toBeNull();
  });

  it('names the drill being played', async () => {
    const core = fakeCoreApi();
    core.answer('getAppInfo', appInfo);
    renderApp({ core, state: { connection: 'connected', snapshot: fakeSnapshot({ simulated: true }) } });
    expect(
      await screen.findByText(zh.t('ui.practice.banner', { title: '发票打印机队列暂停' }), { exact: false }),
    ).toBeTruthy();
  });

  it('says in Chinese why ending the drill failed', async () => {
    const core = fakeCoreApi();
    core.answer('getAppInfo', appInfo);
    core.fail('stopPractice', 'timeout', 'stopPractice got no answer within 60000 ms');
    const { user } = renderApp({
      core,
      state: { connection: 'connected', snapshot: fakeSnapshot({ simulated: true }) },
    });
    await user.click(screen.getByRole('button', { name: zh.t('ui.practice.stop') }));
    const alert = await screen.findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.timeout'));
    expect(visibleText(alert)).not.toContain('stopPractice');
  });
});
