import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { loadInitialSnapshot, markConnectionLost } from '../../renderer/src/store/app-store';
import { ConnectionLostError } from '../../renderer/src/bridge/api';
import { windowTranslator as createTranslator } from './support/test-messages';
import { fakeSnapshot } from '../support/fake-snapshot';
import { fakeCoreApi } from './support/fake-core-api';
import { renderApp } from './support/render-app';
import { printerPaused, restarting, running } from './support/fixtures';
import { allRendererMessages } from '../../renderer/src/i18n/all-messages';
import { selectPart } from '../../renderer/src/i18n/message-parts';

const zh = createTranslator('zh-CN');

describe('the window', () => {
  it('opened while the core restarts, says it is restarting — not that the connection is lost', async () => {
    const core = fakeCoreApi();
    core.answer('getCoreStatus', restarting);
    core.fail('getSnapshot', 'unavailable', 'the core is restarting');
    const { store } = renderApp({ core });
    await act(() => loadInitialSnapshot(store, core.api));

    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText(zh.t('ui.waitingForCore'))).toBeTruthy();
    expect(screen.queryByText(zh.t('ui.connectionLost'))).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => {
      core.push('coreStatus', running);
      core.push('snapshot', fakeSnapshot({ overall: 'ok' }));
    });
    expect(screen.getByRole('heading', { level: 1, name: '可以开票' })).toBeTruthy();
    expect(screen.queryByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeNull();
  });

  it('that cannot reach its host says so once, in Chinese', () => {
    const { store } = renderApp();
    act(() => markConnectionLost(store, new ConnectionLostError('cannot reach the InvoiceGuard core')));
    expect(screen.getAllByText(zh.t('ui.connectionLost'))).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/cannot reach/)).toBeNull();
  });

  it('switches between Chinese and English, the page’s language with it', async () => {
    const { user } = renderApp({ state: { snapshot: fakeSnapshot(), connection: 'connected' } });
    expect(screen.getByRole('heading', { level: 1, name: '可以开票' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You can invoice' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { name: 'Tax device' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '可以开票' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shows the verdict on every view, and it leads back to the dashboard', async () => {
    const core = fakeCoreApi();
    core.hold('getReadiness');
    const { store, user } = renderApp({ core, state: { snapshot: fakeSnapshot(), connection: 'connected' } });
    await user.click(screen.getByRole('button', { name: zh.t('ui.nav.settings') }));
    await user.click(screen.getByRole('button', { name: '可以开票' }));
    expect(store.getState().route.view).toBe('dashboard');
  });

  it('moves between views from the navigation, marking the current one', async () => {
    const core = fakeCoreApi();
    core.hold('getReadiness');
    const { user } = renderApp({ core, state: { snapshot: fakeSnapshot(), connection: 'connected' } });
    const readiness = screen.getByRole('button', { name: zh.t('ui.nav.readiness') });
    await user.click(readiness);
    expect(readiness.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 1, name: zh.t('ui.readiness.heading') })).toBeTruthy();
    // The heading takes focus in an effect after the view paints: wait for it, not for the paint.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(core.callsOf('getReadiness')).toHaveLength(1);
  });
});

describe('the first screen’s strings', () => {
  const screenOnly = {
    messages: selectPart(allRendererMessages('zh-CN'), 'screen'),
    messageParts: ['screen'] as const,
  };

  it('explain a fault once the explanations arrive, fetched only because there is a fault', async () => {
    const snapshot = fakeSnapshot({ overall: 'fault', faults: [printerPaused] });
    const { store } = renderApp({ state: { ...screenOnly, snapshot, connection: 'connected' } });
    expect(await screen.findByText(zh.t('fault.printer.paused.explain'))).toBeTruthy();
    expect(store.getState().messageParts).toContain('details');
    expect(screen.queryByText('fault.printer.paused.explain')).toBeNull(); // never the raw key
  });

  it('on a healthy PC never fetch the explanations', async () => {
    const { store } = renderApp({ state: { ...screenOnly, snapshot: fakeSnapshot(), connection: 'connected' } });
    await screen.findByRole('heading', { level: 1 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(store.getState().messageParts).toEqual(['screen']);
  });
});
