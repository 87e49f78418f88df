import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AreaCard } from '../../../renderer/src/components/area-card';
import type { CardModel } from '../../../renderer/src/areas/card-model';
import type { Tone } from '../../../renderer/src/components/tone';
import { windowTranslator } from '../support/test-messages';
import { renderApp, visibleText } from '../support/render-app';

const zh = windowTranslator('zh-CN');
const base: CardModel = {
  id: 'printer',
  titleKey: 'ui.card.printer.title',
  tone: 'ok',
  detail: { key: 'check.printer.queue.ok', params: { printer: 'DASCOM DS-1700', jobs: 0 } },
  faults: [],
  checks: [],
  checking: false,
};
const show = (card: Partial<CardModel>) => {
  const rendered = renderApp({ ui: <AreaCard card={{ ...base, ...card }} /> });
  return { ...rendered, el: screen.getByRole('article') };
};

describe('an area card', () => {
  it.each([
    ['ok', '正常', 'check', 'ok'],
    ['warning', '注意', 'triangle', 'warning'],
    ['fault', '故障', 'cross', 'fault'],
    ['unknown', '无法检查', 'question', 'warning'],
    ['not-checked', '未检查', 'dash', 'neutral'],
    ['not-needed', '不需要', 'dash', 'neutral'],
  ] as [Tone, string, string, string][])(
    'in state %s says "%s" with a %s shape, never colour alone',
    (tone, word, shape, palette) => {
      const { el } = show({ tone });
      expect(within(el).getByText(word)).toBeTruthy();
      expect(el.querySelector(`.icon-${shape}`)).toBeTruthy();
      expect(el.className).toContain(`palette-${palette}`);
      expect(within(el).getByRole('heading', { name: '发票打印机' })).toBeTruthy();
    },
  );

  it('gives the key detail (which printer) and when it was checked', () => {
    const { el } = show({ time: { key: 'ui.card.checkedAt', at: '2026-11-27T08:00:00.000Z' } });
    expect(visibleText(el)).toContain(zh.t('check.printer.queue.ok', { printer: 'DASCOM DS-1700', jobs: 0 }));
    expect(visibleText(el)).toContain('检查于');
  });

  it('says why when nothing is checked, grey', () => {
    const { el } = show({
      id: 'backup',
      titleKey: 'ui.card.backup.title',
      tone: 'not-checked',
      detail: { key: 'ui.card.backup.empty' },
    });
    expect(visibleText(el)).toContain('未配置备份');
    expect(visibleText(el)).not.toContain('正常');
  });

  it('says how many more need attention and how many were not checked', () => {
    const { el } = show({
      tone: 'warning',
      more: { key: 'ui.card.more', params: { count: 2 } },
      skipped: { key: 'ui.card.skipped', params: { count: 1 } },
    });
    expect(visibleText(el)).toContain('另有 2 项需要注意');
    expect(visibleText(el)).toContain('1 项未检查');
  });

  it('shows "checking" while a re-check has not reached it', () => {
    const { el } = show({ checking: true });
    expect(el.getAttribute('aria-busy')).toBe('true');
    expect(visibleText(el)).toContain(zh.t('ui.card.checking'));
  });

  it('opens its page with a button named after the card', async () => {
    const { store, user, el } = show({});
    await user.click(within(el).getByRole('button', { name: '查看详情：发票打印机' }));
    expect(store.getState().route).toEqual({ view: 'area', params: { card: 'printer' } });
  });
});
