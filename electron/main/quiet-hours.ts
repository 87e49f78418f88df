/** Quiet hours in local wall-clock time, "HH:MM"; `from` later than `to` wraps midnight. */
export interface QuietHours {
  from: string;
  to: string;
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Pure: the end of the quiet period that `at` falls in (epoch ms), or undefined when `at` is not in
 * quiet hours. Local time, as the user reads the clock in the taskbar.
 */
export function quietUntil(at: number, quiet: QuietHours | undefined): number | undefined {
  if (!quiet) return undefined;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return undefined;
  const date = new Date(at);
  const minute = date.getHours() * 60 + date.getMinutes();
  const inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  if (!inside) return undefined;
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate(), Math.floor(to / 60), to % 60);
  if (end.getTime() <= at) end.setDate(end.getDate() + 1);
  return end.getTime();
}
