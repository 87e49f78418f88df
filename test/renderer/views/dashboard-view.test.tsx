import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { createTranslator } from '../../../shared/i18n/translator';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { printerPaused, restarting } from '../support/fixtures';

const zh = createTranslator('zh-CN');
const connected = { connection: 'connected' } as const;
const main = () => within(screen.getByRole('main'));
const recheckButton = () => screen.getByRole('button', { name: /重新检查|正在检查/ });

describe('the dashboard', () => {
  it('says it is connecting until the first snapshot arrives', () => {
    renderApp();
    expect(main().getByText(zh.t('ui.connecting'))).toBeTruthy();
  });

  it('shows the overall state, the faults with their guides and every check', async () => {
    const { store, user } = renderApp({
      state: { ...connected, snapshot: fakeSnapshot({ overall: 'fault', faults: [printerPaused] }) },
    });
    expect(main().getByRole('heading', { name: zh.t('overall.fault') })).toBeTruthy();
    expect(main().getByText(zh.t('fault.printer.paused.title'))).toBeTruthy();
    expect(main().getByText('磁盘空间')).toBeTruthy();
    await user.click(main().getByRole('button', { name: zh.t('ui.faults.openGuide') }));
    expect(store.getState().route).toEqual({
      view: 'guide',
      params: { faultId: 'printer.paused', guideId: 'printer.paused' },
    });
  });

  it('follows every snapshot the core pushes', () => {
    const core = fakeCoreApi();
    renderApp({ core, state: { ...connected, snapshot: fakeSnapshot({ overall: 'ok' }) } });
    act(() =>
      core.push(
        'snapshot',
        fakeSnapshot({
          overall: 'warning',
          checks: [
            fakeReading({
              status: 'warning',
              summary: { key: 'check.disk.space.ok', params: { path: '/', freeGiB: 2, freePercent: 3 } },
            }),
          ],
        }),
      ),
    );
    expect(main().getByRole('heading', { name: zh.t('overall.warning') })).toBeTruthy();
  });

  it('shows the re-check as running, then the new snapshot', async () => {
    const core = fakeCoreApi();
    core.hold('runChecks');
    const { user } = renderApp({ core, state: { ...connected, snapshot: fakeSnapshot({ overall: 'ok' }) } });
    await user.click(recheckButton());
    expect(recheckButton().textContent).toBe(zh.t('ui.checking'));
    expect((recheckButton() as HTMLButtonElement).disabled).toBe(true);
    await act(async () => core.held('runChecks')[0]!.resolve(fakeSnapshot({ overall: 'fault' })));
    expect(main().getByRole('heading', { name: zh.t('overall.fault') })).toBeTruthy();
    expect((recheckButton() as HTMLButtonElement).disabled).toBe(false);
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
    expect(main().getByRole('heading', { name: zh.t('overall.ok') })).toBeTruthy();
    await user.click(recheckButton());
    expect(visibleText(await screen.findByRole('alert'))).toContain(zh.t('ui.error.unavailable'));
  });

  it('without a snapshot while the core restarts, says the state comes once it is back', () => {
    renderApp({ state: { coreStatus: restarting } });
    expect(main().getByText(zh.t('ui.waitingForCore'))).toBeTruthy();
    expect(screen.queryByText(zh.t('ui.connecting'))).toBeNull();
  });
});
