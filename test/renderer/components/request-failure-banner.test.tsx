import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { RequestFailureBanner } from '../../../renderer/src/components/request-failure-banner';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { renderApp, visibleText } from '../support/render-app';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

describe('a failed request, as the user reads it', () => {
  it('says what happened in Chinese and keeps the English technical text folded away for IT', () => {
    const failure = { code: 'timeout', detail: 'runChecks got no answer within 60000 ms' } as const;
    renderApp({ ui: <RequestFailureBanner failure={failure} /> });
    const alert = screen.getByRole('alert');
    expect(visibleText(alert)).toBe(zh.t('ui.error.timeout') + zh.t('ui.error.details'));
    const detail = screen.getByText(failure.detail);
    expect(detail.closest('details')?.open).toBe(false);
  });

  it('speaks English on an English screen', () => {
    renderApp({
      language: 'en',
      ui: <RequestFailureBanner failure={{ code: 'unavailable', detail: 'the core is restarting' }} />,
    });
    expect(visibleText(screen.getByRole('alert'))).toBe(en.t('ui.error.unavailable') + en.t('ui.error.details'));
  });

  it('shows no details line when there is no technical text', () => {
    renderApp({ ui: <RequestFailureBanner failure={{ code: 'connection-lost', detail: '' }} /> });
    expect(screen.getByRole('alert').querySelector('details')).toBeNull();
  });
});
