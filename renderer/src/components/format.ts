import type { Translator } from '../../../shared/i18n/translator';
import { formatTime } from '../../../shared/i18n/format-time';

/** A time as the user reads it: local time, their language; today's times without the date. */
export function localTime(iso: string, t: Translator, now: Date = new Date()): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  return sameDay ? date.toLocaleTimeString(t.language, { hour12: false }) : formatTime(iso, t.language);
}
