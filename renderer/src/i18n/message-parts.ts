import type { Language } from '../../../shared/i18n/define-catalog';
import type { Messages } from '../../../shared/i18n/format-message';

/**
 * The window loads each language's strings in three parts: `screen`, what the first screen (the
 * dashboard, its banners and the header) shows; `details`, what it shows only when something is
 * wrong (the faults' explanations, the policy's problems), loaded with the first fault or policy
 * issue; and `views`, everything the other views add (the guided steps, the error-code lookup,
 * readiness, network, settings), loaded when the first of them opens. Each part of each language
 * is its own chunk (the plugin in vite.config.ts builds them from the catalogs at build time).
 */
export const messageParts = ['screen', 'details', 'views'] as const;
export type MessagePart = (typeof messageParts)[number];

/** Loads one part of one language's strings. */
export type LoadMessages = (language: Language, part: MessagePart) => Promise<Messages>;

/** Keys only the views beyond the dashboard show (and the CLI and tray, which the window never does). */
const viewsPrefixes = [
  'guide.',
  'code.',
  'explain.',
  'support.',
  'cli.',
  'tray.',
  'notify.',
  'readiness.',
  'flow.',
  'ui.guide.',
  'ui.explain.',
  'ui.readiness.',
  'ui.network.',
  'ui.backup.',
  'ui.settings.',
  'ui.history.',
  'ui.support.',
  'ui.area.',
  'ui.invoicing.because.',
];

/** Keys the first screen shows only when there is a fault or a policy problem. */
const detailsPrefixes = ['policy.rule.', 'policy.issue.', 'policy.json.', 'policy.fileKind.', 'policy.type.'];
const isDetail = (key: string): boolean =>
  (key.startsWith('fault.') && key.endsWith('.explain')) || detailsPrefixes.some((p) => key.startsWith(p));

/** The part a key is loaded with. */
export function partOf(key: string): MessagePart {
  if (viewsPrefixes.some((p) => key.startsWith(p))) return 'views';
  return isDetail(key) ? 'details' : 'screen';
}

/** One part of a language's strings. */
export function selectPart(messages: Messages, part: MessagePart): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => partOf(key) === part));
}
