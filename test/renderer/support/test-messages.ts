import type { Language } from '../../../shared/i18n/define-catalog';
import { messageTranslator } from '../../../shared/i18n/message-translator';
import type { Translator } from '../../../shared/i18n/translator';
import { allRendererMessages } from '../../../renderer/src/i18n/all-messages';
import { messageParts, selectPart, type LoadMessages } from '../../../renderer/src/i18n/message-parts';
import type { StoreOptions } from '../../../renderer/src/store/app-store';

/** Loads a part of a language's strings from the catalogs in memory, as the built chunks would. */
export const loadTestMessages: LoadMessages = async (language, part) => selectPart(allRendererMessages(language), part);

/** Store options with every part of the language's strings already loaded (as after a view needed them). */
export function testStoreOptions(language: Language = 'zh-CN'): StoreOptions {
  return {
    language,
    messages: allRendererMessages(language),
    messageParts: messageParts,
    loadMessages: loadTestMessages,
  };
}

/** The translator the window uses, over all of one language's strings. */
export function windowTranslator(language: Language): Translator {
  return messageTranslator(language, allRendererMessages(language));
}
