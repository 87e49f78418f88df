/** The languages every user-facing string must exist in; Simplified Chinese first. */
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * Declares one area's strings in both languages. The type demands that the English table has
 * exactly the Chinese table's keys, so a missing translation fails the type check, not a user.
 */
export function defineCatalog<const Z extends Record<string, string>>(catalog: {
  'zh-CN': Z;
  en: { [K in keyof Z]: string };
}): { 'zh-CN': Z; en: { [K in keyof Z]: string } } {
  return catalog;
}
