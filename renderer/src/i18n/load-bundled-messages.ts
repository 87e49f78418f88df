import type { LoadMessages } from './message-parts';

// Each import is its own chunk, fetched only when that language and part is wanted.
const chunks = {
  'zh-CN': {
    screen: () => import('virtual:invoiceguard-messages/zh-CN/screen'),
    details: () => import('virtual:invoiceguard-messages/zh-CN/details'),
    views: () => import('virtual:invoiceguard-messages/zh-CN/views'),
  },
  en: {
    screen: () => import('virtual:invoiceguard-messages/en/screen'),
    details: () => import('virtual:invoiceguard-messages/en/details'),
    views: () => import('virtual:invoiceguard-messages/en/views'),
  },
} as const;

/** The strings as built into the renderer bundle, one chunk per language and part. */
export const loadBundledMessages: LoadMessages = async (language, part) => (await chunks[language][part]()).default;
