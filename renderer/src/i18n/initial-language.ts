import { languageFromLocale } from '../../../shared/i18n/language';
import type { Language } from '../../../shared/i18n/define-catalog';

const storageKey = 'invoiceguard.language';

/** The user's earlier choice, else Chinese when the browser or OS locale is Chinese. */
export function initialLanguage(): Language {
  const saved = window.localStorage.getItem(storageKey);
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return languageFromLocale([navigator.language]);
}

export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(storageKey, language);
}
