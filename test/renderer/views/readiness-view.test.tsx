import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { fakeReadiness, printerPaused, restarting, running } from '../support/fixtures';

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
    const { store, user } = renderApp({
      core,
      state: { ...onReadiness, snapshot: fakeSnapshot({ overall: 'fault', faults: [printerPaused] }) },
    });
    expect(
      await main().findByRole('heading', { name: `现在不能开票：${zh.t('fault.printer.paused.title')}` }),
    ).toBeTruthy();
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
    await user.click(main().getByRole('button', { name: zh.t('ui.verdict.startFixing') }));
    expect(store.getState().route).toEqual({ view: 'guide', params: { guideId: 'printer.paused' } });
  });

  it('asks again with every new snapshot, and says what the dashboard says', async () => {
    const core = fakeCoreApi();
    core.answer('getReadiness', fakeReadiness({ canInvoice: 'yes' }));
    renderApp({ core, state: onReadiness });
    await main().findByRole('heading', { name: '可以开票' });
    core.answer('getReadiness', fakeReadiness({ canInvoice: 'at-risk' }));
    act(() => core.push('snapshot', fakeSnapshot({ overall: 'warning', updatedAt: '2026-11-10T08:01:00.000Z' })));
    expect(await main().findByRole('heading', { name: '可以开票，但有需要注意的地方' })).toBeTruthy();
    expect(core.callsOf('getReadiness').length).toBeGreaterThanOrEqual(2);
  });

  it('on a fully digital PC says no filing is needed, and shows a skipped check grey with its reason', async () => {
    const core = fakeCoreApi();
    core.answer('getReadiness', fakeReadiness());
    const snapshot = fakeSnapshot({
      invoicing: { mode: 'digital', because: 'default' },
      checks: [
        {
          ...fakeSnapshot().checks[0]!,
          id: 'clock.offset',
          status: 'unknown',
          notChecked: true,
          summary: { key: 'check.clock.offset.notConfigured' },
        },
      ],
    });
    const data = fakeReadiness({
      checks: [
        {
          id: 'clock.offset',
          status: 'unknown',
          notChecked: true,
          summary: { key: 'check.clock.offset.notConfigured' },
        },
      ],
    });
    core.answer('getReadiness', data);
    renderApp({ core, state: { ...onReadiness, snapshot } });
    expect(await main().findByText(zh.t('ui.readiness.noFiling'))).toBeTruthy();
    const row = document.querySelector<HTMLElement>('[data-check-id="clock.offset"]')!;
    expect(row.dataset.status).toBe('not-checked');
    expect(visibleText(row)).toContain('未检查');
    expect(visibleText(row)).not.toContain('正常');
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
    expect(await main().findByRole('heading', { name: '可以开票' })).toBeTruthy();
    expect(main().queryByRole('alert')).toBeNull();
  });
});
