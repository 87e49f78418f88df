import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { fakePractice, restarting } from '../support/fixtures';

const zh = createTranslator('zh-CN');
const onPractice = { connection: 'connected', route: { view: 'practice' } } as const;
const main = () => within(screen.getByRole('main'));
const drill = (id: string) => within(document.querySelector<HTMLElement>(`[data-scenario-id="${id}"]`)!);

describe('the fault drills', () => {
  it('says it is loading until the host lists the drills', () => {
    const core = fakeCoreApi();
    core.hold('listScenarios');
    renderApp({ core, state: onPractice });
    expect(main().getByText(zh.t('ui.loading'))).toBeTruthy();
  });

  it('lists the shipped drills by title, starts one and goes to the dashboard', async () => {
    const core = fakeCoreApi();
    core.answer('listScenarios', fakePractice());
    core.answer('startPractice', ({ id }) => fakePractice(id));
    const { store, user } = renderApp({ core, state: onPractice });
    expect(await main().findByText('发票打印机队列暂停')).toBeTruthy();
    await user.click(drill('printer-paused').getByRole('button', { name: zh.t('ui.practice.start') }));
    expect(core.callsOf('startPractice')).toEqual([{ id: 'printer-paused' }]);
    expect(store.getState().route).toEqual({ view: 'dashboard' });
  });

  it('marks the drill being played and ends it on request', async () => {
    const core = fakeCoreApi();
    core.answer('listScenarios', fakePractice('printer-paused'));
    core.answer('stopPractice', fakePractice());
    const { user } = renderApp({ core, state: onPractice });
    await main().findByText('发票打印机队列暂停');
    expect(drill('printer-paused').getByText(zh.t('ui.practice.active'))).toBeTruthy();
    await user.click(main().getByRole('button', { name: zh.t('ui.practice.stop') }));
    expect(await drill('printer-paused').findByRole('button', { name: zh.t('ui.practice.start') })).toBeTruthy();
    expect(main().queryByRole('button', { name: zh.t('ui.practice.stop') })).toBeNull();
  });

  it('says in Chinese why a drill did not start, and stays on the list', async () => {
    const core = fakeCoreApi();
    core.answer('listScenarios', fakePractice());
    core.fail('startPractice', 'bad-request', 'no practice scenario "printer-paused"');
    const { store, user } = renderApp({ core, state: onPractice });
    await main().findByText('发票打印机队列暂停');
    await user.click(drill('printer-paused').getByRole('button', { name: zh.t('ui.practice.start') }));
    const alert = await main().findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.bad-request'));
    expect(visibleText(alert)).not.toContain('no practice scenario');
    expect(store.getState().route.view).toBe('practice');
  });

  it('while the core restarts still lists the drills: the host answers, not the core', async () => {
    const core = fakeCoreApi();
    core.answer('listScenarios', fakePractice());
    renderApp({ core, state: { ...onPractice, coreStatus: restarting } });
    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    expect(await main().findByText('税控设备被拔出')).toBeTruthy();
    expect((drill('tax-device-missing').getByRole('button') as HTMLButtonElement).disabled).toBe(false);
  });
});
