import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { FaultList } from '../../../renderer/src/components/fault-list';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { renderApp } from '../support/render-app';
import { printerPaused } from '../support/fixtures';

const zh = createTranslator('zh-CN');

describe('the fault list', () => {
  it('says when there is nothing to fix', () => {
    renderApp({ ui: <FaultList faults={[]} /> });
    expect(screen.getByText(zh.t('ui.faults.none'))).toBeTruthy();
  });

  it('explains each fault with its severity and opens its guide', async () => {
    const { store, user } = renderApp({ ui: <FaultList faults={[printerPaused]} /> });
    expect(screen.getByRole('heading', { name: zh.t('fault.printer.paused.title') })).toBeTruthy();
    expect(screen.getByText(zh.t('fault.printer.paused.explain'))).toBeTruthy();
    expect(screen.getByText(zh.t('severity.critical'))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: zh.t('ui.verdict.startFixing') }));
    expect(store.getState().route).toEqual({
      view: 'guide',
      params: { faultId: 'printer.paused', guideId: 'printer.paused' },
    });
  });
});
