import { useMemo } from 'react';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';
import { useAppState } from '../store/store-context';

/** The translator for the language the user picked; the same catalogs and rendering as the CLI. */
export function useTranslator(): Translator {
  const language = useAppState((s) => s.language);
  return useMemo(() => createTranslator(language), [language]);
}
