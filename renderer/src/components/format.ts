import type { Translator } from '../../../shared/i18n/translator';
import { formatTime } from '../../../shared/i18n/format-time';

/** A time as the user reads it: local time, their language; today's times without the date. */
export function localTime(iso: string, t: Translator, now: Date = new Date()): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  if (!sameDay) return formatTime(iso, t.language);
  // A scheduled time sits on the minute (12:30, not 12:30:00); a measured one keeps its seconds.
  const onTheMinute = date.getSeconds() === 0 && date.getMilliseconds() === 0;
  return date.toLocaleTimeString(t.language, {
    hour12: false,
    ...(onTheMinute ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

/** One decimal, the precision hours, seconds and sizes are shown with. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
