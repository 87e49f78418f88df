import type { Language } from './define-catalog';
import { formatMessage, type Messages } from './format-message';
import type { Translator } from './translator';

/**
 * A translator over one language's strings as loaded (the window loads them on demand per
 * language, see renderer/src/i18n/); the same rendering as createTranslator, without i18next.
 */
export function messageTranslator(language: Language, messages: Messages): Translator {
  const t: Translator['t'] = (key, params) => formatMessage(messages, key, params);
  return {
    language,
    t,
    render: (m) => t(m.key, m.params),
    has: (key) => Object.hasOwn(messages, key),
  };
}
