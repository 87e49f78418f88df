import { describe, expect, it } from 'vitest';
import { duplicateKeys, languages, messagesFor } from '../../../shared/i18n/catalog';
import { createTranslator, languageFromLocale } from '../../../shared/i18n/translator';

describe('the string catalogs', () => {
  it('define every key once across areas', () => {
    expect(duplicateKeys()).toEqual([]);
  });

  it('have the same keys in Chinese and English, none of them empty', () => {
    const zh = messagesFor('zh-CN');
    const en = messagesFor('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const language of languages) {
      const empty = Object.entries(messagesFor(language)).filter(([, text]) => text.trim() === '');
      expect(empty, language).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const zh = messagesFor('zh-CN');
    const en = messagesFor('en');
    // `namesZh` / `namesEn`: one parameter given once per language (a message's parameters are language-neutral).
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]!.replace(/(Zh|En)$/, '')).sort();
    const mismatched = Object.keys(zh).filter((k) => placeholders(zh[k]!).join() !== placeholders(en[k] ?? '').join());
    expect(mismatched).toEqual([]);
  });

  it('render parameters without HTML escaping (React and the terminal escape for themselves)', () => {
    expect(createTranslator('en').t('check.disk.space.low', { path: 'a < b & "c"', freeGiB: 1 })).toBe(
      'a < b & "c" is low on space: only 1 GB left',
    );
  });
});

describe('choosing the language from the locale', () => {
  it('is Chinese for any zh locale and English otherwise', () => {
    expect(languageFromLocale(['zh_CN.UTF-8'])).toBe('zh-CN');
    expect(languageFromLocale(['zh-TW'])).toBe('zh-CN');
    expect(languageFromLocale(['en_US.UTF-8'])).toBe('en');
    expect(languageFromLocale([undefined, '', 'C', 'zh_CN.UTF-8'])).toBe('zh-CN');
    expect(languageFromLocale([])).toBe('en');
  });
});
