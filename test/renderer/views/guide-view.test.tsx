import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { fakeGuideView, fakeRecheck, openIncident, printerPaused, restarting, running } from '../support/fixtures';
import { fakeIncident, fakeOverview } from '../support/journal-fixtures';

const zh = createTranslator('zh-CN');
const onGuide = {
  connection: 'connected',
  route: { view: 'guide', params: { faultId: 'printer.paused', guideId: 'printer.paused' } },
  snapshot: fakeSnapshot({ overall: 'fault', faults: [printerPaused] }),
} as const;
const guide = () => document.querySelector<HTMLElement>('[data-guide-id="printer.paused"]')!;
const step = (n: number) => within(guide().querySelector<HTMLElement>(`[data-step="${n}"]`)!);
const button = (n: number, name: string) => step(n).getByRole('button', { name }) as HTMLButtonElement;
/** The guide view loads on demand: wait for it. */
const opened = () =>
  screen.findByRole('heading', {
    level: 1,
    name: zh.t('ui.guide.heading', { title: zh.t('fault.printer.paused.title') }),
  });

describe('the guided flow', () => {
  it('lists the steps from the catalog, "step n of 3", while the core loads the progress', async () => {
    const core = fakeCoreApi();
    core.hold('getGuide');
    renderApp({ core, state: onGuide });
    expect(await opened()).toBeTruthy();
    expect(await within(guide()).findByText(zh.t('ui.loading'))).toBeTruthy();
    expect(step(1).getByRole('heading', { name: zh.t('ui.guide.stepOf', { n: 1, total: 3 }) })).toBeTruthy();
    expect(step(1).getByText(zh.t('ui.guide.whyLabel'))).toBeTruthy();
    expect(step(1).getByRole('note')).toBeTruthy(); // the step's caution, set apart
    expect(step(3).getByRole('button', { name: zh.t('ui.guide.toSupport') })).toBeTruthy();
  });

  it('takes focus on its heading when opened from another view', async () => {
    const core = fakeCoreApi();
    core.hold('getGuide');
    const { store } = renderApp({ core, state: { ...onGuide, route: { view: 'dashboard' } } });
    act(() => store.getState().navigate(onGuide.route));
    const heading = await opened();
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('shows the open fault and the done steps, marks a step done and re-checks another, the result beside it', async () => {
    const core = fakeCoreApi();
    const view = fakeGuideView({ fault: printerPaused, incident: openIncident() });
    core.answer('getGuide', view);
    core.answer('markStepDone', ({ step: n, done }) =>
      fakeGuideView({ fault: printerPaused, incident: openIncident(done === false ? [] : [n]) }),
    );
    core.answer('recheckStep', () => fakeRecheck(false, view));
    const { user } = renderApp({ core, state: onGuide });
    expect(await within(await waitGuide()).findByText(/故障仍然存在/)).toBeTruthy();
    expect(visibleText(guide())).toContain(zh.t('ui.guide.stepOf', { n: 1, total: 3 }));

    await user.click(button(1, zh.t('ui.guide.markDone')));
    expect(await step(1).findByRole('button', { name: zh.t('ui.guide.markUndone') })).toBeTruthy();
    expect(guide().querySelector('[data-step="1"]')?.getAttribute('data-done')).toBe('true');
    // Focus stays on the control the user pressed.
    expect(document.activeElement).toBe(button(1, zh.t('ui.guide.markUndone')));
    expect(guide().querySelector('[data-progress]')?.getAttribute('data-progress')).toBe('2/3');

    await user.click(button(2, zh.t('ui.guide.recheckStep')));
    const result = await step(2).findByText(
      zh.t('ui.guide.notYet', { summary: zh.t('check.printer.queue.paused', { printer: 'Invoice' }) }),
    );
    expect(result.closest('[role="status"]')).toBeTruthy();
    expect(document.activeElement).toBe(button(2, zh.t('ui.guide.recheckStep')));
  });

  it('keeps only the step being marked busy while the core answers, its button still focusable', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident() }));
    core.hold('markStepDone');
    const { user } = renderApp({ core, state: onGuide });
    await within(await waitGuide()).findByText(/故障仍然存在/);
    await user.click(button(1, zh.t('ui.guide.markDone')));
    expect(button(1, zh.t('ui.guide.markDone')).getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button(1, zh.t('ui.guide.markDone')));
    await user.click(button(1, zh.t('ui.guide.markDone')));
    expect(core.callsOf('markStepDone')).toHaveLength(1);
    expect(button(2, zh.t('ui.guide.markDone')).getAttribute('aria-disabled')).toBeNull();
  });

  it('says it is solved by itself when the fault clears, with the time', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident([1]) }));
    renderApp({ core, state: onGuide });
    await within(await waitGuide()).findByText(/故障仍然存在/);
    core.answer('getGuide', fakeGuideView({ incident: openIncident([1, 2], 'completed') }));
    act(() => core.push('guideFlow', openIncident([1, 2], 'completed')!));
    const solved = await within(guide()).findByRole('heading', { name: zh.t('ui.guide.solved') });
    expect(visibleText(solved.closest('section')!)).toContain(zh.t('ui.guide.completed'));
    expect(visibleText(solved.closest('section')!)).toContain('解决时间');
    expect(guide().dataset.state).toBe('completed');
  });

  it('once every step is done and the fault stays, leads to support about this incident', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident([1, 2]) }));
    const incidents = fakeOverview([fakeIncident({ id: 'i40', faultId: 'printer.paused' })]);
    const { user, store } = renderApp({ core, state: { ...onGuide, incidents } });
    await waitGuide();
    // Both buttons, not merely the first to render: the outcome above the steps and the last step's.
    const toSupport = () => within(guide()).getAllByRole('button', { name: zh.t('ui.guide.toSupport') });
    await waitFor(() => expect(toSupport()).toHaveLength(2));
    const [go, inStep] = toSupport();
    expect(go!.closest('[data-step]')).toBeNull(); // the outcome's button, above the steps; the last step has one too
    expect(inStep!.closest('[data-step]')?.getAttribute('data-step')).toBe('3');
    await user.click(go!);
    expect(store.getState().route).toEqual({ view: 'support', params: { incidentId: 'i40' } });
  });

  it('says in Chinese why marking a step failed, the technical text folded away', async () => {
    const core = fakeCoreApi();
    core.answer('getGuide', fakeGuideView({ fault: printerPaused, incident: openIncident() }));
    core.fail('markStepDone', 'internal', 'EACCES: permission denied, open flow-state.json');
    const { user } = renderApp({ core, state: onGuide });
    await within(await waitGuide()).findByText(/故障仍然存在/);
    await user.click(button(1, zh.t('ui.guide.markDone')));
    const alert = await within(guide()).findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.internal'));
    expect(visibleText(alert)).not.toContain('EACCES');
    expect(button(1, zh.t('ui.guide.markDone')).getAttribute('aria-disabled')).toBeNull();
  });

  it('while the core restarts keeps the steps readable and loads the progress once it is back', async () => {
    const core = fakeCoreApi();
    core.fail('getGuide', 'unavailable', 'the core is restarting');
    renderApp({ core, state: { ...onGuide, coreStatus: restarting } });
    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    expect(visibleText(await within(await waitGuide()).findByRole('alert'))).toContain(zh.t('ui.error.unavailable'));
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

async function waitGuide(): Promise<HTMLElement> {
  await opened();
  return guide();
}
