import { useMemo } from 'react';
import type { Translator } from '../../../shared/i18n/translator';
import { messageTranslator } from '../../../shared/i18n/message-translator';
import { useAppState } from '../store/store-context';

/** The translator for the language the user picked, over the strings loaded for it (the CLI's rendering). */
export function useTranslator(): Translator {
  const language = useAppState((s) => s.language);
  const messages = useAppState((s) => s.messages);
  return useMemo(() => messageTranslator(language, messages), [language, messages]);
}
