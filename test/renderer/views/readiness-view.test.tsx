import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { createTranslator } from '../../../shared/i18n/translator';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { fakeReadiness, restarting, running } from '../support/fixtures';

const zh = createTranslator('zh-CN');
const onReadiness = { connection: 'connected', route: { view: 'readiness' }, snapshot: fakeSnapshot() } as const;
const main = () => within(screen.getByRole('main'));

describe('the month-end readiness view', () => {
  it('says it is loading while the core works out the answer', () => {
    const core = fakeCoreApi();
    core.hold('getReadiness');
    renderApp({ core, state: onReadiness });
    expect(main().getByText(zh.t('ui.loading'))).toBeTruthy();
  });

  it('answers "can I invoice today?", with the filing period, reminders, faults and checks', async () => {
    const core = fakeCoreApi();
    core.answer(
      'getReadiness',
      fakeReadiness({
        canInvoice: 'no',
        reminders: [
          { key: 'readiness.reminder.clearNext', params: { deadline: '2026-11-15', days: 5, month: '2026-11' } },
        ],
        faults: [{ id: 'printer.paused', severity: 'critical', guide: 'printer.paused' }],
      }),
    );
    const { store, user } = renderApp({ core, state: onReadiness });
    expect(await main().findByRole('heading', { name: zh.t('readiness.canInvoice.no') })).toBeTruthy();
    expect(
      main().getByText(
        zh.t('readiness.filing.period', { start: '2026-11-01', deadline: '2026-11-15', today: '2026-11-10' }),
      ),
    ).toBeTruthy();
    expect(main().getByText(zh.t('readiness.filing.status', { reported: '已完成', cleared: '未记录' }))).toBeTruthy();
    expect(
      main().getByText(zh.t('readiness.reminder.clearNext', { deadline: '2026-11-15', days: 5, month: '2026-11' })),
    ).toBeTruthy();
    expect(main().getByText('磁盘空间')).toBeTruthy();
    await user.click(main().getByRole('button', { name: zh.t('ui.readiness.openGuide') }));
    expect(store.getState().route).toEqual({ view: 'guide', params: { guideId: 'printer.paused' } });
  });

  it('asks again with every new snapshot', async () => {
    const core = fakeCoreApi();
    core.answer('getReadiness', fakeReadiness({ canInvoice: 'yes' }));
    renderApp({ core, state: onReadiness });
    await main().findByRole('heading', { name: zh.t('readiness.canInvoice.yes') });
    core.answer('getReadiness', fakeReadiness({ canInvoice: 'at-risk' }));
    act(() => core.push('snapshot', fakeSnapshot({ updatedAt: '2026-11-10T08:01:00.000Z' })));
    expect(await main().findByRole('heading', { name: zh.t('readiness.canInvoice.at-risk') })).toBeTruthy();
  });

  it('says in Chinese why it has no answer, the technical text folded away', async () => {
    const core = fakeCoreApi();
    core.fail('getReadiness', 'internal', 'TypeError: cannot read properties of undefined');
    renderApp({ core, state: onReadiness });
    const alert = await main().findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.internal'));
    expect(visibleText(alert)).not.toContain('TypeError');
  });

  it('while the core restarts says so, and shows the answer once the restarted core sends a snapshot', async () => {
    const core = fakeCoreApi();
    core.fail('getReadiness', 'unavailable', 'the core is restarting');
    renderApp({ core, state: { ...onReadiness, coreStatus: restarting } });
    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    expect(visibleText(await main().findByRole('alert'))).toContain(zh.t('ui.error.unavailable'));

    core.answer('getReadiness', fakeReadiness());
    act(() => {
      core.push('coreStatus', running);
      core.push('snapshot', fakeSnapshot({ updatedAt: '2026-11-10T08:02:00.000Z' }));
    });
    expect(await main().findByRole('heading', { name: zh.t('readiness.canInvoice.yes') })).toBeTruthy();
    expect(main().queryByRole('alert')).toBeNull();
  });
});
