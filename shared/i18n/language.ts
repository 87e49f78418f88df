import { languages, type Language } from './define-catalog';

/**
 * Picks the language from locale hints (LC_ALL, LC_MESSAGES, LANG, then the runtime locale):
 * Chinese when the first hint that is set says Chinese, English otherwise.
 */
export function languageFromLocale(hints: readonly (string | undefined)[]): Language {
  const first = hints.find((h) => h !== undefined && h !== '' && h !== 'C' && h !== 'POSIX');
  return first !== undefined && /^zh/i.test(first) ? 'zh-CN' : 'en';
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
