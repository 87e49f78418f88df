import type { Language } from './define-catalog';

/**
 * A moment as people read it: date and time in the PC's own time zone (or `timeZone`), in the
 * user's language, 24-hour. Empty for readings that have not run yet; the text itself when it is
 * not a time.
 */
export function formatTime(iso: string, language: Language, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language, { hour12: false, ...(timeZone ? { timeZone } : {}) });
}
