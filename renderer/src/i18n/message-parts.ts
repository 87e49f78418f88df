import type { Language } from '../../../shared/i18n/define-catalog';
import type { Messages } from '../../../shared/i18n/format-message';

/**
 * The window loads each language's strings in two parts: `screen`, everything the first screen and
 * the small views need, and `guides`, the long texts of the guided steps and the error-code
 * lookup, loaded when one of those views opens. Each part of each language is its own chunk
 * (the plugin in vite.config.ts builds them from the catalogs at build time).
 */
export const messageParts = ['screen', 'guides'] as const;
export type MessagePart = (typeof messageParts)[number];

/** Loads one part of one language's strings. */
export type LoadMessages = (language: Language, part: MessagePart) => Promise<Messages>;

const guidesPrefixes = ['guide.', 'code.', 'explain.', 'support.', 'cli.', 'tray.', 'notify.'];

/** The part a key is loaded with. */
export function partOf(key: string): MessagePart {
  return guidesPrefixes.some((p) => key.startsWith(p)) ? 'guides' : 'screen';
}

/** One part of a language's strings. */
export function selectPart(messages: Messages, part: MessagePart): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => partOf(key) === part));
}
