import type { Language } from '../../../shared/i18n/define-catalog';

/** Local date and time in the user's language; empty for readings that have not run yet. */
export function formatTime(iso: string, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { hour12: false });
}
