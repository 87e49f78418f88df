import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { Banners } from '../../../renderer/src/components/banners';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { renderApp, visibleText } from '../support/render-app';
import { restarting } from '../support/fixtures';

const zh = createTranslator('zh-CN');
const banner = (kind: string) => document.querySelector(`[data-banner="${kind}"]`);

describe('the banners', () => {
  it('say the window is connecting, then nothing once connected', () => {
    const { store } = renderApp({ ui: <Banners /> });
    expect(banner('connecting')?.textContent).toBe(zh.t('ui.connecting'));
    act(() => store.setState({ connection: 'connected', snapshot: fakeSnapshot() }));
    expect(banner('connecting')).toBeNull();
  });

  it('say the core is restarting and which attempt this is', () => {
    renderApp({ ui: <Banners />, state: { connection: 'connected', coreStatus: restarting } });
    expect(banner('core-restarting')?.textContent).toBe('检查程序意外退出，正在第 2 次重新启动…');
  });

  it('name the wrong place in a bad policy file', () => {
    const snapshot = fakeSnapshot({
      policy: {
        source: 'cli',
        path: '/etc/invoiceguard/policy.json',
        issues: [{ path: '$.disk.warnFreeMiB', message: { key: 'policy.issue.invalidType' } }],
      },
    });
    renderApp({ ui: <Banners />, state: { connection: 'connected', snapshot } });
    expect(banner('policy')?.textContent).toContain('$.disk.warnFreeMiB');
  });

  it('say why a request failed in Chinese', () => {
    renderApp({
      ui: <Banners />,
      state: { connection: 'connected', lastError: 'runChecks got no answer', lastErrorCode: 'timeout' },
    });
    expect(visibleText(screen.getByRole('alert'))).toContain(zh.t('ui.error.timeout'));
  });
});
