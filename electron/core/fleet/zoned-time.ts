/** The offset of a time zone from UTC at one instant, in milliseconds (Asia/Shanghai: +8 h). */
function offsetMs(atMs: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(atMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: UTC
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 3_600_000 + Number(match[3] ?? 0) * 60_000);
}

/**
 * Pure: the instant a calendar day (`YYYY-MM-DD`) ends in a time zone, i.e. the next day's
 * midnight there, in Unix milliseconds. Asked twice so a day that changes offset lands right.
 */
export function zonedDayEnd(date: string, timeZone: string): number {
  const next = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  const first = next - offsetMs(next, timeZone);
  return next - offsetMs(first, timeZone);
}
