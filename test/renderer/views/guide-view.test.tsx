import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { createTranslator } from '../../../shared/i18n/translator';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { fakeGuideView, fakeRecheck, openIncident, printerPaused, restarting, running } from '../support/fixtures';

const zh = createTranslator('zh-CN');
const onGuide = {
  connection: 'connected',
  route: { view: 'guide', params: { faultId: 'printer.paused', guideId: 'printer.paused' } },
  snapshot: fakeSnapshot({ overall: 'fault', faults: [printerPaused] }),
} as const;
const guide = () => document.querySelector<HTMLElement>('[data-guide-id="printer.paused"]')!;
const step = (n: number) => within(guide().querySelector<HTMLElement>(`[data-step="${n}"]`)!);
const button = (n: number, name: string) => step(n).getByRole('button', { name }) as HTMLButtonElement;

describe('the guided flow', () => {
  it('lists the steps from the catalog while the core loads the progress', () => {
    const core = fakeCoreApi();
    core.hold('getGuide');
    renderApp({ core, state: onGuide });
    expect(
      screen.getByRole('heading', { name: zh.t('ui.guide.heading', { title: zh.t('fault.printer.paused.title') }) }),
    ).toBeTruthy();
    expect(within(guide()).getByText(zh.t('ui.loading'))).toBeTruthy();
    expect(step(1).getByText(zh.t('ui.guide.step', { n: 1 }))).toBeTruthy();
    expect(step(3).getByRole('textbox')).toBeTruthy(); // the closing step's help request
  });

  it('shows the open fault and the done steps, marks a step done and re-checks another', async () => {
    const core = fakeCoreApi();
    const view = fakeGuideView({ fault: printerPaused, incident: openIncident() });
    core.answer('getGuide', view);
    core.answer('markStepDone', ({ step: n, done }) =>
      fakeGuideView({ fault: printerPaused, incident: openIncident(done === false ? [] : [n]) }),
    );
    core.answer('recheckStep', () => fakeRecheck(false, view));
    const { user } = renderApp({ core, state: onGuide });
    expect(await within(guide()).findByText(/故障仍然存在/)).toBeTruthy();

    await user.click(button(1, zh.t('ui.guide.markDone')));
    expect(await step(1).findByRole('button', { name: zh.t('ui.guide.markUndone') })).toBeTruthy();
    expect(guide().querySelector('[data-step="1"]')?.getAttribute('data-done')).toBe('true');

    await user.click(button(2, zh.t('ui.guide.recheck')));
    expect(
      await step(2).findByText(
        zh.t('ui.guide.notYet', { summary: zh.t('check.printer.queue.paused', { printer: 'Invoice' }) }),
      ),
    ).toBeTruthy();
  });

  it('disables only the step being marked while the core answers', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident() }));
    core.hold('markStepDone');
    const { user } = renderApp({ core, state: onGuide });
    await within(guide()).findByText(/故障仍然存在/);
    await user.click(button(1, zh.t('ui.guide.markDone')));
    expect(button(1, zh.t('ui.guide.markDone')).disabled).toBe(true);
    expect(button(2, zh.t('ui.guide.markDone')).disabled).toBe(false);
    expect(button(2, zh.t('ui.guide.recheck')).disabled).toBe(false);
  });

  it('says it is solved by itself when the fault clears', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident([1]) }));
    renderApp({ core, state: onGuide });
    await within(guide()).findByText(/故障仍然存在/);
    core.answer('getGuide', fakeGuideView({ incident: openIncident([1, 2], 'completed') }));
    act(() => core.push('guideFlow', openIncident([1, 2], 'completed')!));
    expect(await within(guide()).findByText(zh.t('ui.guide.completed'))).toBeTruthy();
  });

  it('says in Chinese why marking a step failed, the technical text folded away', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident() }));
    core.fail('markStepDone', 'internal', 'EACCES: permission denied, open flow-state.json');
    const { user } = renderApp({ core, state: onGuide });
    await within(guide()).findByText(/故障仍然存在/);
    await user.click(button(1, zh.t('ui.guide.markDone')));
    const alert = await within(guide()).findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.internal'));
    expect(visibleText(alert)).not.toContain('EACCES');
    expect(button(1, zh.t('ui.guide.markDone')).disabled).toBe(false);
  });

  it('while the core restarts keeps the steps readable and loads the progress once it is back', async () => {
    const core = fakeCoreApi();
    core.fail('getGuide', 'unavailable', 'the core is restarting');
    renderApp({ core, state: { ...onGuide, coreStatus: restarting } });
    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    expect(visibleText(await within(guide()).findByRole('alert'))).toContain(zh.t('ui.error.unavailable'));
    expect(step(1).getByText(zh.t('guide.printer.paused.1.do'))).toBeTruthy();

    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident([1]) }));
    act(() => {
      core.push('coreStatus', running);
      core.push(
        'snapshot',
        fakeSnapshot({ overall: 'fault', faults: [printerPaused], updatedAt: '2026-11-10T08:03:00.000Z' }),
      );
    });
    expect(await step(1).findByRole('button', { name: zh.t('ui.guide.markUndone') })).toBeTruthy();
    expect(within(guide()).queryByRole('alert')).toBeNull();
  });
});
