import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { renderApp, visibleText } from '../support/render-app';
import { fakeIncident, fakeOverview } from '../support/journal-fixtures';
import { windowTranslator } from '../support/test-messages';

const zh = windowTranslator('zh-CN');
const onDashboard = { connection: 'connected', snapshot: fakeSnapshot() } as const;
const panel = () => within(screen.getByRole('region', { name: zh.t('ui.incidents.heading') }));

describe('the dashboard’s incidents panel', () => {
  it('offers "contact support" before the journal answers, and goes to the support view', async () => {
    const { store, user } = renderApp({ state: onDashboard });
    await user.click(panel().getByRole('button', { name: zh.t('ui.incidents.contactSupport') }));
    expect(store.getState().route).toEqual({ view: 'support' });
  });

  it('counts open incidents, names the last problem, and follows the incidents event', () => {
    const closed = fakeIncident({ id: 'i2', status: 'closed', closedAt: '2026-11-27T08:30:00.000Z' });
    const { core } = renderApp({ state: { ...onDashboard, incidents: fakeOverview([fakeIncident()]) } });
    expect(visibleText(panel().getByText(zh.t('ui.incidents.openCount', { count: 1 })))).toBeTruthy();
    act(() => core.push('incidents', fakeOverview([closed])));
    expect(panel().getByText(zh.t('ui.incidents.noneOpen'))).toBeTruthy();
    const last = document.querySelector('[data-last-incident]')!;
    expect(visibleText(last)).toMatch(new RegExp(`^上次问题：${zh.t('fault.printer.paused.title')}（.+，已恢复）$`));
  });
});
