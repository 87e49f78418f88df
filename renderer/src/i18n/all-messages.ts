import { messagesFor } from '../../../shared/i18n/catalog';
import type { Language } from '../../../shared/i18n/define-catalog';
import { rendererMessagesFor } from './renderer-catalogs';

/**
 * Every string the window can show in one language: the shared catalogs and the renderer's own.
 * For the build (vite.config.ts) and tests only; the window itself loads
 * them per language and part (load-bundled-messages.ts), never through this module.
 */
export function allRendererMessages(language: Language): Record<string, string> {
  return { ...messagesFor(language), ...rendererMessagesFor(language) };
}
