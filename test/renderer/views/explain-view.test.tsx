import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { windowTranslator as createTranslator } from '../support/test-messages';
import { parseErrorCode } from '../../../shared/codes/parse-error-code';
import { fakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { restarting } from '../support/fixtures';

const zh = createTranslator('zh-CN');
const onExplain = { connection: 'connected', route: { view: 'explain' } } as const;
const main = () => within(screen.getByRole('main'));
const input = () => main().getByRole('textbox', { name: zh.t('ui.explain.label') });
/** The view loads on demand: wait for its box. */
const opened = () => main().findByRole('textbox', { name: zh.t('ui.explain.label') });

/** A core that looks codes up as the real one does. */
function explainingCore() {
  const core = fakeCoreApi();
  core.answer('explainCode', ({ text }) => parseErrorCode(text));
  return core;
}

describe('the error-code lookup', () => {
  it('offers a labelled box for the code and the lookup button', async () => {
    renderApp({ state: onExplain });
    await opened();
    expect(input().getAttribute('placeholder')).toBe(zh.t('ui.explain.placeholder'));
    expect(main().getByRole('button', { name: zh.t('ui.explain.lookup') })).toBeTruthy();
  });

  it('waits with the button disabled while the core looks the code up', async () => {
    const core = fakeCoreApi();
    core.hold('explainCode');
    const { user } = renderApp({ core, state: onExplain });
    await opened();
    await user.type(input(), '248');
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.lookup') }));
    const button = main().getByRole('button', { name: zh.t('ui.explain.lookingUp') });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(core.held('explainCode')[0]?.params).toEqual({ text: '248' });
  });

  it('explains a code pasted with the text around it, and opens its guide', async () => {
    const { store, user } = renderApp({ core: explainingCore(), state: onExplain });
    await opened();
    await user.type(input(), '错误代码：248');
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.lookup') }));
    const answer = await main().findByRole('heading', { name: /248/ });
    expect(answer.textContent).toContain(zh.t('explain.family.aisino'));
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.openGuide') }));
    expect(store.getState().route.view).toBe('guide');
  });

  it('says plainly when there is no code in what was typed', async () => {
    const { user } = renderApp({ core: explainingCore(), state: onExplain });
    await opened();
    await user.type(input(), '打印机不出纸');
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.lookup') }));
    expect(await main().findByText(zh.t('explain.notRecognised.no-code'))).toBeTruthy();
  });

  it('says in Chinese why a lookup failed, the technical text folded away', async () => {
    const core = fakeCoreApi();
    core.fail('explainCode', 'timeout', 'explainCode got no answer within 60000 ms');
    const { user } = renderApp({ core, state: onExplain });
    await opened();
    await user.type(input(), '248');
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.lookup') }));
    const alert = await main().findByRole('alert');
    expect(visibleText(alert)).toContain(zh.t('ui.error.timeout'));
    expect(visibleText(alert)).not.toContain('explainCode');
    expect((main().getByRole('button', { name: zh.t('ui.explain.lookup') }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('while the core restarts says to try again in a moment, and works once it is back', async () => {
    const core = fakeCoreApi();
    core.fail('explainCode', 'unavailable', 'the core is restarting');
    const { user } = renderApp({ core, state: { ...onExplain, coreStatus: restarting } });
    await opened();
    expect(screen.getByText(zh.t('ui.coreRestarting', { restarts: 2 }))).toBeTruthy();
    await user.type(input(), '248');
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.lookup') }));
    expect(visibleText(await main().findByRole('alert'))).toContain(zh.t('ui.error.unavailable'));

    core.answer('explainCode', ({ text }) => parseErrorCode(text));
    await user.click(main().getByRole('button', { name: zh.t('ui.explain.lookup') }));
    expect(await main().findByRole('heading', { name: /248/ })).toBeTruthy();
    expect(main().queryByRole('alert')).toBeNull();
  });
});
