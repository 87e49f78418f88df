import i18next, { type i18n } from 'i18next';
import type { Message } from '../model/reading';
import { languages, messagesFor, type Language } from './catalog';

/** Renders catalog keys and core messages in one language. */
export interface Translator {
  language: Language;
  t(key: string, params?: Message['params']): string;
  render(message: Message): string;
  has(key: string): boolean;
}

/** A synchronous i18next instance over the bundled catalogs (no loading, no detection side effects). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(languages.map((l) => [l, { translation: messagesFor(l) }])),
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

export function createTranslator(language: Language): Translator {
  const i18n = createI18n(language);
  const t = (key: string, params?: Message['params']): string => i18n.t(key, params ?? {});
  return {
    language,
    t,
    render: (m) => t(m.key, m.params),
    has: (key) => i18n.exists(key),
  };
}

export type { Language };
export { languageFromLocale, isLanguage } from './language';
